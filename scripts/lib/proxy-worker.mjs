// Worker entry for the fault proxy: registers tsx in this thread (worker threads do not take
// --import in execArgv everywhere, and vitest's own loader does not reach workers), then loads
// the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./proxy-worker.ts');
