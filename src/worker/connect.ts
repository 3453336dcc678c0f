/**
 * Page-side connection to the corpus worker. Imports the API with `import type` only, so MiniSearch and the corpus
 * layer stay in the worker bundle.
 *
 * Callbacks cross the boundary only as proxies: pass progress as `Comlink.proxy((p) => …)`.
 *
 * A worker whose script cannot load (404, blocked by a Content Security Policy, a syntax error) never answers:
 * Comlink would just wait. The worker's `error` event reports that at once through `onFailure`, so the page can
 * show an error instead of waiting for DashboardState's watchdog.
 */
import { wrap, releaseProxy, type Remote } from 'comlink';
import type { LagebildApi } from './api.ts';
import { CORPUS_WORKER_NAME, EMBEDDED_WORKER_NAME } from './workerNames.ts';

export interface WorkerConnection {
  api: Remote<LagebildApi>;
  /** Release the proxy and stop the worker (e.g. when the dashboard is torn down). */
  terminate(): void;
}

/** Called with a readable message when the worker fails to start or throws outside any API call. */
export type WorkerFailure = (message: string) => void;

/** Start the corpus worker and wrap its API. `embedded`: see workerNames.ts. */
export function connectWorker(onFailure?: WorkerFailure, opts: { embedded?: boolean } = {}): WorkerConnection {
  const name = opts.embedded ? EMBEDDED_WORKER_NAME : CORPUS_WORKER_NAME;
  const worker = new Worker(new URL('./corpus.worker.ts', import.meta.url), { type: 'module', name });
  if (onFailure) {
    worker.addEventListener('error', (e: ErrorEvent) => {
      onFailure(`Lagebild: the corpus worker failed${e.message ? `: ${e.message}` : ' to start'}`);
    });
    worker.addEventListener('messageerror', () => onFailure('Lagebild: a message from the corpus worker could not be read'));
  }
  const api = wrap<LagebildApi>(worker);
  return {
    api,
    terminate() {
      api[releaseProxy]();
      worker.terminate();
    },
  };
}
