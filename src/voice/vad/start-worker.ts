// Starting a worker thread from a TypeScript module. The main thread runs the sources through tsx's register(),
// which a new thread does not inherit, so the worker first registers tsx, then loads its module. Compiled
// (.js) modules start directly.
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startModuleWorker(moduleUrl: URL, options: WorkerOptions = {}): Worker {
  if (!moduleUrl.pathname.endsWith('.ts')) return new Worker(moduleUrl, options);
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `const api = await import(${JSON.stringify(tsxApi)}); api.register(); await import(${JSON.stringify(moduleUrl.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), options);
}
