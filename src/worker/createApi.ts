/**
 * The worker's API object, built over a CorpusStore and the pipeline. Pure of any worker global, so the same
 * object is exposed in the Web Worker, over a MessageChannel in tests, and called directly in Node.
 *
 * Loading: files are analysed in batches of about `batchBytes`, yielding between batches so progress messages and
 * `cancel()` get through. Once extraction is done the corpus is finished (topics, stories), `load` resolves (the
 * charts can be drawn) and the search index is built in the background in slices (at most `indexChunk` documents
 * or `indexSliceMs`),
 * reported as phase `indexing`, then `done`. A query arriving before that builds the rest of the index at once
 * (see CorpusStore). `cancel()` stops extraction (documents read so far are kept); it does not stop indexing,
 * which search needs. Once indexed, the worker is idle: it warms up (see `warmUpBytes`) for the next large load.
 */
import type { CorpusDocument, CorpusFile, FileProblem, InputFile, TopicDefinition } from '../corpus/types.ts';
import type { Filter } from '../corpus/filter.ts';
import type { FileSource, LagebildApi, LoadProgress, LoadSummary } from './api.ts';
import { CorpusStore } from '../corpus/corpusStore.ts';
import { analyzeFile, finishCorpus, uniqueIds } from '../corpus/pipeline.ts';
import { extractInParallel, warmUpRounds, type HelperProvider } from './extractPool.ts';
import { DEFAULT_TOPICS } from '../corpus/topics.ts';
import { createYieldTurn } from './yieldTurn.ts';
import { StringPool } from '../corpus/aggregate/compactStrings.ts';
import { decodeText } from '../corpus/read/decode.ts';
import { viewRequest } from './viewRequest.ts';

export interface ApiOptions {
  /** Give the event loop a turn. Default: a message to oneself (yieldTurn.ts says why not `setTimeout(0)`). */
  yieldTurn?: () => Promise<void>;
  /** Input bytes analysed between yields. Default 256 KB (≈ 70 articles, well under a frame budget of work). */
  batchBytes?: number;
  /** Most documents indexed between yields. Default 100. */
  indexChunk?: number;
  /**
   * Time budget of one indexing slice, ms. Default 30. A slice indexes in steps of up to 20 documents and stops at
   * `indexChunk` documents or when the budget is spent, so a `view()` arriving during indexing waits at most about
   * that long however long the articles are (measured at 10,000 pages: 100 documents took 20 ms CPU at the median,
   * up to 78 ms with long articles and a collection).
   */
  indexSliceMs?: number;
  /**
   * After a `view()`, background indexing (and the warm-up after it) waits this long (ms) before its next slice, so
   * the page draws the view with a core to itself. Default 150. At 10,000 pages, filter changes made while the index was built took
   * 120–290 ms to draw in the app (the page's own work ≈ 85 ms of CPU, stretched by the indexing worker on the
   * other core and the browser's threads), against 60–110 ms once it was built.
   */
  indexPauseAfterViewMs?: number;
  /**
   * Extraction helpers (extractPool.ts): leased per load, handed back when its extraction is done; none by default.
   * The worker script has real ones (corpus.worker.ts, extractHelpers.ts).
   */
  helpers?: HelperProvider;
  /**
   * Warm-up once a load is indexed and nothing else runs: this thread (unless it has analysed that much already)
   * and the helpers analyse a sample of the load's pages until about this many bytes, so the code of the pipeline
   * is compiled before the next large load needs every core. Default 0: none (the worker script sets it).
   */
  warmUpBytes?: number;
  /** Wait this long after indexing before warming up, so the page draws its charts first. Default 0. */
  warmUpDelayMs?: number;
  /** How long to wait for a helper's last batch before doing it in this thread. Default 5 s. */
  helperGraceMs?: number;
}

/** LagebildApi plus a hook for tests and benchmarks: resolves when the background indexing has finished. */
export type CorpusApi = LagebildApi & { whenIndexed(): Promise<void>; whenIdle(): Promise<void> };

/**
 * Rounds of views on a store of the warm-up's documents (each round a few views, a few ms). The first view of a
 * large load otherwise ran the aggregates' code cold, over 42,000 documents: 63–73 ms in the worker benchmark.
 */
const VIEW_WARM_UP_ROUNDS = 40;

/**
 * Views of a throw-away store of `docs` under a few filters, so that their code is compiled before it is needed.
 * Leaves `docs` as they were (the store takes the mentions out of the documents it is given: it gets copies).
 * Exported for a test.
 */
export function warmViews(docs: CorpusDocument[], topics: TopicDefinition[]): void {
  const store = new CorpusStore();
  store.setDocuments(finishCorpus(uniqueIds(docs)), { topics, compactStrings: false });
  const filters: Partial<Filter>[] = [{}];
  const withOrg = docs.find((d) => d.organisations.length > 0);
  if (withOrg) filters.push({ orgs: [withOrg.organisations[0]!] });
  const withPerson = docs.find((d) => d.people.length > 0);
  if (withPerson) filters.push({ people: [withPerson.people[0]!.name] });
  const withTopic = docs.find((d) => d.topics.length > 0);
  if (withTopic) filters.push({ topics: [withTopic.topics[0]!] });
  const dated = docs.find((d) => typeof d.date === 'string' && d.date.length >= 7);
  if (dated) filters.push({ from: dated.date!.slice(0, 7), to: dated.date!.slice(0, 7) });
  for (const f of filters) store.view(viewRequest(f));
}

/** A warm-up sample: the first pages of a load, up to this many bytes (copied: they may be views into one buffer). */
const SAMPLE_BYTES = 64 * 1024;

export function createApi(store: CorpusStore = new CorpusStore(), options: ApiOptions = {}): CorpusApi {
  const yieldTurn = options.yieldTurn ?? createYieldTurn();
  const batchBytes = options.batchBytes ?? 256 * 1024;
  const indexChunk = Math.max(1, options.indexChunk ?? 100);
  const indexSliceMs = options.indexSliceMs ?? 30;
  const indexPauseAfterViewMs = options.indexPauseAfterViewMs ?? 150;
  /** When the last view was answered (see `indexPauseAfterViewMs`). */
  let lastViewAt = Number.NEGATIVE_INFINITY;
  const helpers: HelperProvider = options.helpers ?? { lease: () => ({ helpers: [], release() {} }) };
  const warmUpBytes = options.warmUpBytes ?? 0;
  let generation = 0;
  let cancelRequested = false;
  let indexing: Promise<void> = Promise.resolve();
  let idle: Promise<void> = Promise.resolve();
  let sample: InputFile[] = [];
  let warmHere = false;
  let sampleTopics = DEFAULT_TOPICS;

  /** A load's files: all of them, or (`addStream`) the page's source and how many it will send. */
  type Input = { files: InputFile[] } | { source: FileSource; expectedFiles: number };

  async function ingest(input: Input, onProgress: ((p: LoadProgress) => void) | undefined, add: boolean) {
    const gen = ++generation;
    cancelRequested = false;
    const t0 = performance.now();
    const stream = 'source' in input ? input : null;
    const files: InputFile[] = 'files' in input ? input.files : [];
    let filesTotal = stream ? stream.expectedFiles : files.length;
    let bytesTotal = files.reduce((s, f) => s + f.bytes.byteLength, 0);
    let filesDone = 0;
    let bytesDone = 0;
    // A stream's byte total: what arrived, plus the files still to come at the average size so far.
    let received = 0;
    let estimated = stream !== null;
    const more = stream
      ? async (): Promise<InputFile[] | null> => {
          const part = await stream.source.next();
          if (part === null) {
            // The page expected more when some of its files could not be read (it lists those itself): the total
            // is what arrived, so the count ends at "n of n".
            filesTotal = files.length;
            bytesTotal = received;
            estimated = false;
            return null;
          }
          for (const f of part) {
            files.push(f);
            received += f.bytes.byteLength;
          }
          bytesTotal = received + Math.max(0, filesTotal - files.length) * (received / Math.max(1, files.length));
          return part;
        }
      : undefined;
    const report = (phase: LoadProgress['phase']) => {
      try {
        const total = { filesTotal: Math.max(filesTotal, files.length), bytesTotal, ...(estimated ? { bytesTotalEstimated: true } : {}) };
        onProgress?.({ phase, filesDone, ...total, bytesDone, elapsedMs: performance.now() - t0 });
      } catch {
        // A page that went away must not break the load.
      }
    };
    report('reading');
    const prebuilt = !add && files.length === 1 ? prebuiltCorpus(files[0]!) : null;
    let problems: FileProblem[] = [];
    let cancelled = false;
    let threads = 1;
    const stagesMs = { extracted: 0, linked: 0, stored: 0 };
    if (prebuilt) {
      store.loadCorpusFile(prebuilt);
      filesDone = 1;
      bytesDone = bytesTotal;
    } else {
      const topics = add ? [...store.topics] : DEFAULT_TOPICS;
      // A stream's size is not known yet: it exists because the page has many files, so it gets the helpers.
      const lease = helpers.lease(stream ? Number.POSITIVE_INFINITY : bytesTotal);
      sampleTopics = topics;
      let run: Awaited<ReturnType<typeof extractInParallel>> = null;
      try {
        run = await extractInParallel({
          files,
          more,
          topics,
          helpers: lease.helpers,
          batchBytes,
          yieldTurn,
          graceMs: options.helperGraceMs,
          onBatch(f, b) {
            filesDone = f;
            bytesDone = b;
            report('extracting');
          },
          signal: () => (gen !== generation ? 'abandon' : cancelRequested ? 'cancel' : 'go'),
        });
      } finally {
        lease.release(run?.dropped ?? []);
      }
      if (run === null) return superseded(store);
      // A cancel keeps the first files only (extractPool.ts): the counts say which, and the last progress agrees.
      filesDone = run.files;
      bytesDone = run.bytes;
      // For the warm-up: a load this large compiled the pipeline here anyway; the first pages of the first load.
      if (bytesTotal >= warmUpBytes) warmHere = true;
      if (sample.length === 0) sample = takeSample(files);
      problems = run.problems;
      cancelled = run.cancelled;
      threads = run.threads;
      const all = add ? [...store.documents, ...run.documents] : run.documents;
      stagesMs.extracted = performance.now() - t0;
      const linked = finishCorpus(uniqueIds(all));
      stagesMs.linked = performance.now() - t0;
      // Strings were compacted per batch (pipeline.ts, extractPool.ts); the store need not do it again.
      store.setDocuments(linked, { topics, keepIndex: add, compactStrings: false });
    }
    stagesMs.stored = performance.now() - t0;
    report(cancelled ? 'cancelled' : 'extracting');
    indexing = indexInBackground(gen, report);
    idle = indexing.then(() => warmUp(gen));
    return { ...counts(store), problems, indexReady: store.indexReady, extractThreads: threads, stagesMs, filesDone, cancelled };
  }

  /** Resolves once no view was answered for `indexPauseAfterViewMs` (at once when none was). */
  async function afterViewPause(): Promise<void> {
    for (let wait = lastViewAt + indexPauseAfterViewMs - performance.now(); wait > 0; wait = lastViewAt + indexPauseAfterViewMs - performance.now()) {
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  async function indexInBackground(gen: number, report: (phase: LoadProgress['phase']) => void): Promise<void> {
    // Let the resolved `load` reach the page before the first slice of indexing occupies the worker.
    await yieldTurn();
    while (gen === generation && store.pendingIndexCount > 0) {
      await afterViewPause();
      if (gen !== generation) break;
      report('indexing');
      const t0 = performance.now();
      let done = 0;
      while (done < indexChunk && store.pendingIndexCount > 0) {
        const step = Math.min(20, indexChunk - done);
        store.indexChunk(step);
        done += step;
        if (performance.now() - t0 >= indexSliceMs) break;
      }
      await yieldTurn();
    }
    if (gen === generation) report('done');
  }

  /** See `warmUpBytes`. Stops as soon as another load starts; a failure here is nobody's concern. */
  async function warmUp(gen: number, delay = true): Promise<void> {
    if (warmUpBytes <= 0 || sample.length === 0 || gen !== generation) return;
    if (delay && options.warmUpDelayMs) await new Promise((r) => setTimeout(r, options.warmUpDelayMs));
    if (gen !== generation) return;
    const helpersWarm = helpers.warmUp?.(sample, sampleTopics, warmUpBytes, () => gen !== generation).catch(() => {});
    if (!warmHere) {
      warmHere = true;
      const rounds = warmUpRounds(sample, warmUpBytes);
      // Strings compacted into a pool, as this thread does with its own batches in a load (extractPool.ts).
      const pool = new StringPool();
      try {
        let docs: CorpusDocument[] = [];
        for (let r = 0; r < rounds && gen === generation; r++) {
          docs = [];
          await afterViewPause(); // the page is drawing a view: the warm-up can wait
          for (const f of sample) for (const d of analyzeFile(f, sampleTopics, pool).documents) docs.push(d);
          await yieldTurn(); // a few ms per round: a view waits at most that
        }
        for (let r = 0; r < VIEW_WARM_UP_ROUNDS && gen === generation; r++) {
          warmViews(docs, sampleTopics);
          await yieldTurn();
        }
      } catch {
        // Only a warm-up.
      }
    }
    await helpersWarm;
  }

  return {
    load: (files, onProgress) => ingest({ files }, onProgress, false),
    add: (files, onProgress) => ingest({ files }, onProgress, true),
    addStream: (source, expectedFiles, onProgress) => ingest({ source, expectedFiles }, onProgress, true),
    async prepare(files) {
      if (sample.length === 0) sample = takeSample(files);
      // Whatever runs (a load, its indexing, an earlier warm-up) goes first; a load started meanwhile stops this.
      const gen = generation;
      idle = Promise.all([idle, indexing]).then(() => warmUp(gen, false));
      await idle;
    },
    async cancel() {
      cancelRequested = true;
    },
    async view(request) {
      try {
        return store.view(request);
      } finally {
        lastViewAt = performance.now();
      }
    },
    async document(id) {
      return store.document(id);
    },
    async names() {
      return store.names();
    },
    async exportCorpus(includeIndex) {
      // A Blob per part, so each part's string can be collected as soon as it is copied.
      const parts: Blob[] = [];
      for (const part of store.exportCorpusParts(includeIndex)) parts.push(new Blob([part]));
      return new Blob(parts, { type: 'application/json' });
    },
    whenIndexed: () => indexing,
    whenIdle: () => idle,
  };
}

/**
 * The first pages of a raw load (corpus JSON files carry analysed documents: nothing to warm up on), copied, each
 * with a Latin-1 twin when it has characters beyond Latin-1 (`„`, `–`).
 *
 * V8 keeps a text with only Latin-1 characters as a one-byte string and any other as a two-byte string, and the
 * optimised code of a function that has seen only one kind is thrown away when the other arrives. The seeds all
 * have typographic quotes, while many pages of a large load have none: without the twins, the tokenizer and a
 * dozen more functions were deoptimised and compiled again early in every large load after the warm-up (Chromium
 * trace of the 10,000-page load with `--trace-deopt`: 215 deopts, 39 with the twins, the tokenizer's 176 among
 * them). The twins are only analysed here, never kept.
 */
function takeSample(files: readonly InputFile[]): InputFile[] {
  const out: InputFile[] = [];
  let bytes = 0;
  for (const f of files) {
    if (bytes >= SAMPLE_BYTES) break;
    if (/\.json$/i.test(f.name) || f.bytes.byteLength > SAMPLE_BYTES) continue;
    out.push({ name: f.name, bytes: f.bytes.slice() });
    bytes += f.bytes.byteLength;
    const twin = latin1Twin(f.bytes);
    if (twin !== null) out.push({ name: f.name, bytes: twin });
  }
  return out;
}

const TO_ASCII: Record<string, string> = { '„': '"', '“': '"', '”': '"', '‚': "'", '‘': "'", '’': "'", '–': '-', '—': '-', '…': '...' };

/**
 * The page decoded as the reader decodes it, with every character beyond Latin-1 replaced (punctuation by its ASCII
 * form), as UTF-8; null when it has none (or is no text).
 */
function latin1Twin(bytes: Uint8Array): Uint8Array | null {
  const decoded = decodeText(bytes);
  if (!decoded.ok || !/[^\u0000-\u00ff]/u.test(decoded.text)) return null;
  return new TextEncoder().encode(decoded.text.replace(/[^\u0000-\u00ff]/gu, (c) => TO_ASCII[c] ?? '?'));
}

function counts(store: CorpusStore): Pick<LoadSummary, 'documents' | 'articles' | 'teasers'> {
  let teasers = 0;
  for (const d of store.documents) if (d.kind === 'teaser') teasers++;
  return { documents: store.documents.length, articles: store.documents.length - teasers, teasers };
}

/** A load that a newer load replaced: report the store as the newer load leaves it. */
function superseded(store: CorpusStore): LoadSummary {
  return { ...counts(store), problems: [], indexReady: store.indexReady, extractThreads: 1, stagesMs: { extracted: 0, linked: 0, stored: 0 }, filesDone: 0, cancelled: false };
}

/**
 * A corpus JSON file that carries a serialised search index: loaded as is (documents already analysed, index
 * reused), skipping re-analysis. Anything else, including a corpus file without index, goes through the reader.
 */
function prebuiltCorpus(file: InputFile): CorpusFile | null {
  if (!/\.json$/i.test(file.name)) return null;
  try {
    const text = new TextDecoder().decode(file.bytes);
    if (!text.includes('"searchIndex"')) return null;
    const parsed = JSON.parse(text) as Partial<CorpusFile>;
    if (!Array.isArray(parsed.documents) || parsed.searchIndex == null) return null;
    return parsed as CorpusFile;
  } catch {
    return null;
  }
}
