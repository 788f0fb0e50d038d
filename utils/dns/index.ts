/**
 * DNS for Preflight: the resolver contract and everything behind it that the extension may bundle.
 * Node-only code (undici) is in scripts/lib/dns-node.ts; the zone resolver for tests in tests/helpers/dns-zone.ts.
 */
export * from './types';
export * from './names';
export * from './ip';
export * from './wire';
export * from './doh';
export * from './cache';
export * from './resolver';
export * from './resolvers';
export * from './limits';
export * from './budget';
