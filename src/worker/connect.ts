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
import { wrap, releaseProxy, type Endpoint, type Remote } from 'comlink';
import type { LagebildApi } from './api.ts';
import { CORPUS_WORKER_NAME, EMBEDDED_WORKER_NAME } from './workerNames.ts';

export interface WorkerConnection {
  api: Remote<LagebildApi>;
  /** Release the proxy and stop the worker (e.g. when the dashboard is torn down). */
  terminate(): void;
}

/** Called with a readable message when the worker fails to start or throws outside any API call. */
export type WorkerFailure = (message: string) => void;

/**
 * Start the corpus worker and wrap its API. `embedded`: see workerNames.ts.
 *
 * The worker is created in the task after this call, not during it: the page connects while it mounts, and a
 * worker created then loads and compiles its script on the second core while the mount runs, which on a 2-core
 * machine stretched the mount (≈ 20 ms of CPU) past 50 ms of wall time in most loads of the seeds (issue 4).
 * Started one task later, the longest task of the seeds' load fell from a median of 57 to 48 ms (18 alternating
 * loads each), with the first chart as early as before. Calls made before then wait in `endpoint` and are sent,
 * in order, when the worker exists.
 */
export function connectWorker(onFailure?: WorkerFailure, opts: { embedded?: boolean } = {}): WorkerConnection {
  const name = opts.embedded ? EMBEDDED_WORKER_NAME : CORPUS_WORKER_NAME;
  let worker: Worker | null = null;
  let terminated = false;
  const waiting: [unknown, Transferable[]][] = [];
  const listeners: [string, EventListenerOrEventListenerObject][] = [];
  const endpoint: Endpoint = {
    postMessage(message: unknown, transfer: Transferable[] = []) {
      if (worker) worker.postMessage(message, transfer);
      else waiting.push([message, transfer]);
    },
    addEventListener(type: string, listener: EventListenerOrEventListenerObject) {
      listeners.push([type, listener]);
      worker?.addEventListener(type, listener);
    },
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject) {
      const i = listeners.findIndex(([t, l]) => t === type && l === listener);
      if (i >= 0) listeners.splice(i, 1);
      worker?.removeEventListener(type, listener);
    },
  };
  setTimeout(() => {
    if (terminated) return;
    const w = new Worker(new URL('./corpus.worker.ts', import.meta.url), { type: 'module', name });
    if (onFailure) {
      w.addEventListener('error', (e: ErrorEvent) => {
        onFailure(`Lagebild: the corpus worker failed${e.message ? `: ${e.message}` : ' to start'}`);
      });
      w.addEventListener('messageerror', () => onFailure('Lagebild: a message from the corpus worker could not be read'));
    }
    for (const [type, listener] of listeners) w.addEventListener(type, listener);
    for (const [message, transfer] of waiting.splice(0)) w.postMessage(message, transfer);
    worker = w;
  }, 0);
  const api = wrap<LagebildApi>(endpoint);
  return {
    api,
    terminate() {
      terminated = true;
      api[releaseProxy]();
      worker?.terminate();
    },
  };
}
