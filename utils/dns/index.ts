/**
 * DNS for Preflight: the resolver contract and everything behind it that the extension may bundle.
 * Node-only code (undici) is in ./node and must be imported from there explicitly.
 */
export * from './types';
export * from './names';
export * from './ip';
export * from './wire';
export * from './doh';
export * from './cache';
export * from './resolver';
export * from './resolvers';
export * from './zone';
export * from './limits';
