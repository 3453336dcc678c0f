/**
 * Starting extraction helpers from inside the corpus worker: more instances of the same worker script (Vite turns
 * the self-reference below into `self.location.href`), each exposing the ExtractApi (see corpus.worker.ts).
 *
 * Started for a load large enough to pay for them (a helper costs a script evaluation and its own JIT warm-up,
 * ≈ 0.1 s, on its own core) and stopped when the load's extraction is done, so their memos and heaps do not stay
 * in the tab for the session. One fewer than the cores the browser reports, at most three: the corpus worker
 * extracts too, and the page's own thread stays free for drawing progress.
 */
import { transfer, wrap } from 'comlink';
import type { ExtractApi } from './extractApi.ts';
import { EXTRACT_HELPER_NAME } from './extractApi.ts';
import { packFiles, type ExtractHelper } from './extractPool.ts';

/** Below this many bytes one thread is done before a helper would have started (≈ 0.1 s of extraction). */
export const HELPER_MIN_BYTES = 1_000_000;
const MAX_HELPERS = 3;

/** Helpers for one load: used by its extraction, then released (stopped). */
export interface HelperLease {
  helpers: readonly ExtractHelper[];
  release(): void;
}

/** A provider for createApi's `helpers` option. */
export function extractHelpers(bytesTotal: number): HelperLease {
  if (bytesTotal < HELPER_MIN_BYTES) return { helpers: [], release() {} };
  const started = startHelpers(helperCount());
  return {
    helpers: started.map((s) => s.helper),
    release() {
      for (const s of started) s.stop();
    },
  };
}

function helperCount(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 2;
  return Math.max(0, Math.min(MAX_HELPERS, cores - 1));
}

function startHelpers(n: number): { helper: ExtractHelper; stop(): void }[] {
  const out: { helper: ExtractHelper; stop(): void }[] = [];
  for (let k = 0; k < n; k++) {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./corpus.worker.ts', import.meta.url), { type: 'module', name: EXTRACT_HELPER_NAME });
    } catch {
      // No nested workers here (an old browser, a sandbox): the corpus worker extracts alone.
      break;
    }
    let fail: (e: Error) => void = () => {};
    // A helper whose script cannot start (a revoked blob: URL in the single-file build, a blocked script) reports
    // it only through `error`; Comlink would wait for its answer forever.
    const died = new Promise<never>((_, reject) => (fail = reject));
    died.catch(() => {});
    const onFailure = () => {
      fail(new Error('extraction helper failed'));
      worker.terminate();
    };
    worker.addEventListener('error', onFailure);
    worker.addEventListener('messageerror', onFailure);
    const remote = wrap<ExtractApi>(worker);
    out.push({
      helper: {
        analyze(files, topics) {
          // A copy of the batch's bytes, moved (not cloned again) to the helper; the originals stay here in case the
          // helper fails and the batch is done here after all.
          const packed = packFiles(files);
          return Promise.race([remote.analyze(transfer(packed.files, [packed.buffer]), topics), died]);
        },
      },
      stop: () => worker.terminate(),
    });
  }
  return out;
}
