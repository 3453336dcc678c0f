/**
 * Worker connection for the single-file build (`npm run build:single`), swapped in for connect.ts by
 * vite.single.config.ts. A page opened from `file://` has an opaque origin: it may not start a worker from a file
 * URL, and module scripts are blocked. So the worker is inlined into the page as a classic (iife) script and
 * started from a blob: URL (Vite's `?worker&inline`, which falls back to a data: URL). Same interface as
 * connect.ts, so nothing else changes.
 */
import { wrap, releaseProxy } from 'comlink';
import type { LagebildApi } from './api.ts';
import type { WorkerConnection, WorkerFailure } from './connect.ts';
import { CORPUS_WORKER_NAME, EMBEDDED_WORKER_NAME } from './workerNames.ts';
import CorpusWorker from './corpus.worker.ts?worker&inline';

/** Start the inlined corpus worker and wrap its API (the arguments of connect.ts's, see there). */
export function connectWorker(_onFailure?: WorkerFailure, opts: { embedded?: boolean } = {}): WorkerConnection {
  const worker = new CorpusWorker({ name: opts.embedded ? EMBEDDED_WORKER_NAME : CORPUS_WORKER_NAME });
  const api = wrap<LagebildApi>(worker);
  return {
    api,
    terminate() {
      api[releaseProxy]();
      worker.terminate();
    },
  };
}
