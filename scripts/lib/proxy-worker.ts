/** Worker thread running the fault proxy (see startFaultProxy in harness.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { normalizeName } from '../../utils/dns/names';
import type { ProxyCommand, ProxyOptions } from './unbound';
import { serveFaultProxy } from './unbound';

const port = parentPort;
if (!port) throw new Error('proxy-worker.ts runs as a worker thread');
const proxy = await serveFaultProxy(workerData as ProxyOptions);
port.on('message', async ({ id, cmd }: { id: number; cmd: ProxyCommand }) => {
  let value: unknown;
  switch (cmd.op) {
    case 'queries':
      value = proxy.queries;
      break;
    case 'setFault':
      if (cmd.fault) proxy.faults.set(normalizeName(cmd.name), cmd.fault);
      else proxy.faults.delete(normalizeName(cmd.name));
      break;
    case 'reset':
      proxy.queries.splice(0);
      break;
    case 'close':
      await proxy.close();
      break;
  }
  port.postMessage({ id, value });
});
port.postMessage({ ready: proxy.url });
