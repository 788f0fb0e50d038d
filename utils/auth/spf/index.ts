export * from './parse';
export * from './macro';
export * from './evaluate';
export * from './providers';
export * from './posture';
export * from './checks';
export * from './suggest';
