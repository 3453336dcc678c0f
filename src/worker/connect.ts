/**
 * Page-side connection to the corpus worker. Imports the API with `import type` only, so MiniSearch and the corpus
 * layer stay in the worker bundle.
 *
 * Callbacks cross the boundary only as proxies: pass progress as `Comlink.proxy((p) => …)`.
 */
import { wrap, releaseProxy, type Remote } from 'comlink';
import type { LagebildApi } from './api.ts';

export interface WorkerConnection {
  api: Remote<LagebildApi>;
  /** Release the proxy and stop the worker (e.g. when the dashboard is torn down). */
  terminate(): void;
}

/** Start the corpus worker and wrap its API. */
export function connectWorker(): WorkerConnection {
  const worker = new Worker(new URL('./corpus.worker.ts', import.meta.url), { type: 'module' });
  const api = wrap<LagebildApi>(worker);
  return {
    api,
    terminate() {
      api[releaseProxy]();
      worker.terminate();
    },
  };
}
