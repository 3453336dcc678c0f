/**
 * Extraction helpers, started from inside the corpus worker: more instances of the same worker script (Vite turns
 * the self-reference below into `self.location.href`), each exposing the ExtractApi (see corpus.worker.ts).
 *
 * One fewer than the cores the browser reports, at most three: the corpus worker extracts too, and the page's own
 * thread stays free for drawing progress. They are started when first needed (corpus.worker.ts says when), kept
 * for the session, and warmed up while the dashboard is idle (createApi.ts): a helper started for a load spends its first
 * ≈ 0.5 s starting its script and compiling the pipeline, and on two cores that compiler work takes the core the
 * other thread needs. A warm helper answers its first batch in ≈ 0.1 s. An idle helper holds no corpus, only its
 * code and word memos.
 */
import { transfer, wrap } from 'comlink';
import type { InputFile, TopicDefinition } from '../corpus/types.ts';
import type { ExtractApi } from './extractApi.ts';
import { EXTRACT_HELPER_NAME } from './extractApi.ts';
import { warmUpRounds, type ExtractHelper, type HelperProvider } from './extractPool.ts';
import { packFiles } from './packFiles.ts';
import { decodeAnalyses } from './analysisWire.ts';
import { StringPool } from '../corpus/aggregate/compactStrings.ts';

/** Below this many bytes one thread is done before a helper would have started (≈ 0.1 s of extraction). */
export const HELPER_MIN_BYTES = 1_000_000;
const MAX_HELPERS = 3;

interface Started {
  helper: ExtractHelper;
  stop(): void;
}

/** The corpus worker's helpers (see the module comment): started when first leased or warmed up, kept until they fail. */
export function createHelperPool(): HelperProvider {
  let started: Started[] | null = null;
  const warmed = new WeakSet<ExtractHelper>();
  const ensure = (): Started[] => (started ??= startHelpers(helperCount(), (s) => drop([s.helper])));
  const drop = (helpers: readonly ExtractHelper[]) => {
    if (!started) return;
    for (const s of started) if (helpers.includes(s.helper)) s.stop();
    started = started.filter((s) => !helpers.includes(s.helper));
  };
  return {
    lease(bytesTotal) {
      if (bytesTotal < HELPER_MIN_BYTES) return { helpers: [], release() {} };
      const helpers = ensure().map((s) => s.helper);
      for (const h of helpers) warmed.add(h); // a megabyte of real work warms them as well as any warm-up
      return { helpers, release: drop };
    },
    async warmUp(sample, topics, bytes, stopped = () => false) {
      const rounds = warmUpRounds(sample, bytes);
      if (rounds === 0) return;
      await Promise.all(
        ensure().map(async ({ helper }) => {
          if (warmed.has(helper)) return;
          warmed.add(helper);
          try {
            // The answers are decoded as a load's are, so this thread's side of the trip is compiled too.
            const pool = new StringPool();
            for (let r = 0; r < rounds && !stopped(); r++) decodeAnalyses(await helper.analyze([...sample], topics), pool);
          } catch {
            drop([helper]); // could not even start (a blocked script): the next load extracts without it
          }
        }),
      );
    },
  };
}

function helperCount(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 2;
  return Math.max(0, Math.min(MAX_HELPERS, cores - 1));
}

function startHelpers(n: number, onFailure: (s: Started) => void): Started[] {
  const out: Started[] = [];
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
    const remote = wrap<ExtractApi>(worker);
    const s: Started = {
      helper: {
        analyze(files: InputFile[], topics: TopicDefinition[]) {
          // A copy of the batch's bytes, moved (not cloned again) to the helper; the originals stay here in case the
          // helper fails and the batch is done here after all.
          const packed = packFiles(files);
          return Promise.race([remote.analyze(transfer(packed.files, [packed.buffer]), topics), died]);
        },
      },
      stop: () => worker.terminate(),
    };
    const failed = () => {
      fail(new Error('extraction helper failed'));
      onFailure(s);
    };
    worker.addEventListener('error', failed);
    worker.addEventListener('messageerror', failed);
    out.push(s);
  }
  return out;
}
