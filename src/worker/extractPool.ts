/**
 * Ingest spread over threads: the files are cut into batches of about `batchBytes` (in order); the corpus worker
 * and its extraction helpers take batches from one queue until it is empty, and the results are put back together
 * in file order, so the documents are the same as from one thread (pipeline.ts says why that holds). Files can also
 * arrive in parts while the first are analysed (`more`: the page reading a dropped folder); the queue then grows.
 *
 * Reading and extraction are most of an ingest (≈ 85 % at 10,000 pages) and need no other document, so they are
 * what is spread; story linking, columns and the first view still run once, in the corpus worker. On two cores the
 * gain is ≈ 1.3×, not 2×: V8 compiles the pipeline again in each thread, on the same cores (bench/RESULTS.md).
 *
 * A helper can fail (its script blocked, a crash, a `file://` page where a worker cannot start another): a batch it
 * fails is done here instead, and it gets no more. A helper that neither answers nor fails is waited for at most
 * `graceMs` once nothing else is left, then its batch is done here too (a late answer is ignored).
 *
 * Pure of worker globals: helpers are passed in (corpus.worker.ts starts real ones; tests use MessageChannels).
 */
import type { CorpusDocument, FileProblem, InputFile, TopicDefinition } from '../corpus/types.ts';
import { analyzeFile, type FileAnalysis } from '../corpus/pipeline.ts';
import { StringPool } from '../corpus/aggregate/compactStrings.ts';
import { decodeAnalyses, type AnalysisWire } from './analysisWire.ts';

/** Something that analyses files elsewhere: an extraction helper (extractApi.ts) seen from the corpus worker. */
export interface ExtractHelper {
  /** One result per file, in order (encoded: analysisWire.ts). Rejects when the helper failed. */
  analyze(files: InputFile[], topics: TopicDefinition[]): Promise<AnalysisWire>;
}

/** Helpers for one load (see extractHelpers.ts): used by its extraction, then handed back. */
export interface HelperLease {
  helpers: readonly ExtractHelper[];
  /** Extraction is done. `dropped`: helpers that failed or fell silent in it (the provider stops them for good). */
  release(dropped: readonly ExtractHelper[]): void;
}

/** Where the corpus worker gets its helpers (createApi's `helpers` option). */
export interface HelperProvider {
  /** Helpers for a load of this many bytes (none when one thread is done before a helper would have started). */
  lease(bytesTotal: number): HelperLease;
  /**
   * Start the helpers ahead of a load and let each analyse `sample` about `bytes` worth (repeated), while nothing
   * else runs: a helper's first batches are otherwise slow (its own script start and JIT warm-up, ≈ 0.9 s of
   * compiler work per thread) exactly when every core is needed. Resolves when they are warm, or once `stopped()`
   * says so (asked before each round: a load has started, and its batches must not queue behind warm-up rounds).
   */
  warmUp?(sample: readonly InputFile[], topics: TopicDefinition[], bytes: number, stopped?: () => boolean): Promise<void>;
}

/**
 * How many times a warm-up analyses its sample to reach about `bytes` (at most 64): the same count in the corpus
 * worker (createApi.ts) and in each helper (extractHelpers.ts). 0 for an empty sample.
 */
export function warmUpRounds(sample: readonly InputFile[], bytes: number): number {
  const sampleBytes = sample.reduce((s, f) => s + f.bytes.byteLength, 0);
  return sampleBytes === 0 ? 0 : Math.min(64, Math.ceil(bytes / sampleBytes));
}

/** What the caller wants after each batch: go on, stop handing out batches (keep what is done), or drop it all. */
export type PoolSignal = 'go' | 'cancel' | 'abandon';

export interface PoolRun {
  files: readonly InputFile[];
  /**
   * More files after `files`, in order: asked for while the batches already there are analysed, so reading the
   * next files (the page reading a dropped folder) and analysing the last ones overlap. Resolves to null when there
   * are no more. A rejection ends the run with that error.
   */
  more?: () => Promise<readonly InputFile[] | null>;
  topics: TopicDefinition[];
  helpers: readonly ExtractHelper[];
  batchBytes: number;
  /** Give the event loop a turn (progress messages, `cancel()`, helpers' answers get through). */
  yieldTurn: () => Promise<void>;
  /** After every finished batch, here or in a helper: files and bytes done so far. */
  onBatch: (filesDone: number, bytesDone: number) => void;
  /** Asked after every batch done here. */
  signal: () => PoolSignal;
  /** How long to wait for helpers' last batches once nothing else is left. Default 5 s. */
  graceMs?: number;
}

export interface PoolResult {
  documents: CorpusDocument[];
  problems: FileProblem[];
  /**
   * True when a cancel stopped the run: the documents are those of the first batches, up to the first one not
   * finished (batches finished after that one are dropped).
   */
  cancelled: boolean;
  /** How many files (the first ones, in order) the documents and problems are from, and their bytes. */
  files: number;
  bytes: number;
  /** Threads that delivered at least one batch: this one plus the helpers that did (1 when alone). */
  threads: number;
  /** Helpers that failed, or did not answer within the grace period: not to be used again. */
  dropped: ExtractHelper[];
}

interface Batch {
  files: InputFile[];
  bytes: number;
}

/**
 * The last `TAIL_BATCHES` batches' worth of bytes is cut into batches a quarter the size. At the end of a run one
 * thread waits for the others' last batches: 10–55 ms with full batches at 10,000 pages on two threads (a debug
 * build, 4 loads); smaller last batches shorten that wait.
 */
const TAIL_BATCHES = 4;

/**
 * Contiguous batches of about `batchBytes` (at least one file each), in file order. With `last` (these are the
 * last files of the run), the last few batches are of about a quarter of that (see `TAIL_BATCHES`).
 */
export function cutBatches(files: readonly InputFile[], batchBytes: number, last = false): Batch[] {
  const batches: Batch[] = [];
  // Bytes from the current batch's start to the end of the run (unknown without `last`).
  let left = Number.POSITIVE_INFINITY;
  if (last) {
    left = 0;
    for (const f of files) left += f.bytes.byteLength;
  }
  let current: Batch = { files: [], bytes: 0 };
  for (const f of files) {
    current.files.push(f);
    current.bytes += f.bytes.byteLength;
    if (current.bytes >= (left > TAIL_BATCHES * batchBytes ? batchBytes : batchBytes / 4)) {
      batches.push(current);
      left -= current.bytes;
      current = { files: [], bytes: 0 };
    }
  }
  if (current.files.length > 0) batches.push(current);
  return batches;
}

/** `p`, or after `ms` whichever comes first (the timer is cleared, so it keeps nothing alive). */
async function atMost(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([p, new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/**
 * Batches sent to a helper and not answered yet. This thread reads a helper's answer only between its own batches,
 * and sends the next batch then: with one the helper sat idle for part of each of this thread's batches, and with
 * two still for 7-28 ms in every 200 ms (≈ 8 % of its time; Chromium CPU profile of the 10,000-page load, the
 * helper's idle samples), whenever this thread's batch, the decoding of an answer and a collection took longer than
 * the helper's next batch. With three: 0-2 ms in every 200 ms. The last batches are a quarter the size
 * (`TAIL_BATCHES`), so what a helper holds at the end is short.
 */
export const BATCHES_IN_FLIGHT = 3;

/** Run the batches over this thread and the helpers. Null when the run was abandoned (a newer load started). */
export async function extractInParallel(run: PoolRun): Promise<PoolResult | null> {
  const batches = cutBatches(run.files, run.batchBytes, !run.more);
  const results: (FileAnalysis[] | undefined)[] = [];
  const pool = new StringPool();
  const retry: number[] = [];
  let next = 0;
  let handingOut = true;
  let filesDone = 0;
  let bytesDone = 0;

  const take = (): number => {
    if (!handingOut) return -1;
    if (retry.length > 0) return retry.pop()!;
    return next < batches.length ? next++ : -1;
  };

  // The files still to come (`run.more`): asked for one part at a time, early enough that every thread finds a
  // batch waiting.
  let ended = !run.more;
  let pullError: unknown = null;
  let pulling: Promise<void> | null = null;
  const pull = (): Promise<void> => {
    if (ended) return Promise.resolve();
    return (pulling ??= run.more!().then(
      (files) => {
        pulling = null;
        if (files === null) ended = true;
        else for (const b of cutBatches(files, run.batchBytes)) batches.push(b);
      },
      (e: unknown) => {
        pulling = null;
        ended = true;
        pullError = e ?? new Error('extractPool: reading the next files failed');
      },
    ));
  };
  const lookAhead = 2 + 2 * run.helpers.length;
  const keepAhead = () => {
    if (!ended && batches.length - next < lookAhead) void pull();
  };
  /** The next batch, waiting for more files when none is left but more are coming; -1 when done. */
  const takeOrWait = async (): Promise<number> => {
    for (;;) {
      keepAhead();
      const i = take();
      if (i >= 0 || !handingOut || ended) return i;
      await pull();
    }
  };
  let closed = false; // the run has returned (see the `finally` below): a helper's late answer changes nothing
  const finish = (i: number, r: FileAnalysis[]) => {
    if (closed) return;
    results[i] = r;
    filesDone += batches[i]!.files.length;
    bytesDone += batches[i]!.bytes;
    run.onBatch(filesDone, bytesDone);
  };
  const here = (i: number) => finish(i, batches[i]!.files.map((f) => analyzeFile(f, run.topics, pool)));

  const delivered = new Set<ExtractHelper>();
  const failed = new Set<ExtractHelper>();
  const waiting = new Map<ExtractHelper, number>(); // batches sent to a helper and not answered yet
  const helperLoop = async (h: ExtractHelper) => {
    while (!failed.has(h)) {
      const i = await takeOrWait();
      if (i < 0) return;
      let r: AnalysisWire;
      waiting.set(h, (waiting.get(h) ?? 0) + 1);
      try {
        r = await h.analyze(batches[i]!.files, run.topics);
        waiting.set(h, waiting.get(h)! - 1);
      } catch {
        waiting.set(h, waiting.get(h)! - 1);
        // Failed helper: its batch goes back to the queue (or is done below), and it gets no more.
        failed.add(h);
        if (results[i] === undefined) retry.push(i);
        return;
      }
      if (results[i] !== undefined) return; // done here already after the grace period (dropped below)
      // Strings arrive flat (structured clone); the short ones go into this thread's pool as they are rebuilt.
      delivered.add(h);
      finish(i, decodeAnalyses(r, pool));
    }
  };
  const helpersDone = Promise.all(run.helpers.flatMap((h) => Array.from({ length: BATCHES_IN_FLIGHT }, () => helperLoop(h))));

  try {
    let cancelled = false;
    for (let i = await takeOrWait(); i >= 0; i = await takeOrWait()) {
      here(i);
      if (ended && next >= batches.length && retry.length === 0) break; // the last batch: nothing to interleave any more
      await run.yieldTurn();
      const s = run.signal();
      if (s === 'abandon') {
        handingOut = false;
        return null;
      }
      if (s === 'cancel') {
        handingOut = false;
        cancelled = true;
      }
    }
    // Nothing left to hand out: wait for the helpers' last batches, then do here whatever they did not deliver
    // (unless cancelled: then what is done is what is kept).
    await atMost(helpersDone, run.graceMs ?? 5000);
    handingOut = false;
    // Still working after the grace period: silent (its batch is done here); not trusted with another load.
    const dropped = run.helpers.filter((h) => failed.has(h) || (waiting.get(h) ?? 0) > 0);
    if (run.signal() === 'abandon') return null;
    if (pullError !== null) throw pullError;
    if (!cancelled) {
      for (let i = 0; i < batches.length; i++) {
        if (results[i] !== undefined) continue;
        here(i);
        await run.yieldTurn();
        if (run.signal() === 'abandon') return null;
      }
    }
    // Up to the first batch not done (only a cancel leaves one): what is kept is always the first files, whichever
    // thread finished which batch, so the page can tell which files a cancelled load kept by their count.
    const documents: CorpusDocument[] = [];
    const problems: FileProblem[] = [];
    let files = 0;
    let bytes = 0;
    for (let i = 0; i < batches.length && results[i] !== undefined; i++) {
      files += batches[i]!.files.length;
      bytes += batches[i]!.bytes;
      for (const a of results[i]!) {
        for (const d of a.documents) documents.push(d);
        for (const p of a.problems) problems.push(p);
      }
    }
    return { documents, problems, files, bytes, cancelled, threads: 1 + delivered.size, dropped };
  } finally {
    closed = true;
  }
}
