/**
 * Email authentication checks, one folder per protocol (spf now; dmarc, dkim, mx… follow the same
 * shape: parse.ts pure, evaluate.ts over an injected resolver, checks as data), and the domain report.
 */
export * from './report';
export * from './spf';
