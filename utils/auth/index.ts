/**
 * Email authentication checks, one folder per protocol (parse.ts pure, evaluate over an injected
 * resolver, checks/ one file per check on defineCheck), the grade and the domain report.
 */
export * from './contract';
export * from './check';
export * from './grade';
export * from './report';
export * from './recipients';
export * from './spf';
export * from './dmarc';
export * from './dkim';
export * from './mx';
export * from './mta-sts';
export * from './tls-rpt';
export * from './bimi';
