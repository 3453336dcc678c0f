/**
 * `npm run bench`: the pure corpus layer in Node on synthetic corpora of growing size. Prints one JSON line per
 * corpus size with every measurement; numbers only, no asserts (time limits never go in tests).
 *
 *   npm run bench                              # 1,000, 10,000 and 50,000 articles
 *   npm run bench -- --sizes 1000,10000        # or BENCH_SIZES=1000,10000
 *   npm run bench -- --seed 7
 *
 * Each size runs in its own child process, so one size's garbage cannot inflate the next one's heap figure.
 * Fields (ms = milliseconds, MB = 10^6 bytes):
 *   docs, mb                 input files and their size on disk
 *   documents, teasers       documents the reader made of them (articles + teasers)
 *   ingest_ms, ingest_mb_s   read + extract + topics + finishCorpus (stories) + store + full search index, one thread
 *                            (the worker spreads read + extract + topics over helpers: `npm run bench:browser`)
 *   raw_tokenize_mb_s        the same bytes decoded, regex-tokenised and counted: the floor
 *   first_charts_ms          read + extract + finishCorpus + store + one unfiltered view(), no search index
 *   read_extract_ms          of that: read + extract + topics + string compaction (the part spread over threads)
 *   finish_ms, store_ms      story linking; CorpusStore.setDocuments (columns)
 *   search_p50_ms/_p95_ms    view() with a fresh query (index search + all aggregates), fixed query list
 *   search_only_p95_ms       the index search alone
 *   filter_p95_ms            view() after a filter change (clicks on orgs, speakers, topics, time ranges)
 *   heap_mb                  heap after GC with corpus, columns and index alive
 *   prebuilt_load_ms         JSON.parse of exportCorpus(true) + loadCorpusFile + first view (search ready)
 *   read_mb_s, extract_mb_s, topics_mb_s, stories_mb_s   each stage alone on the first 2,000 files
 *   org_recall, speaker_name_recall, speaker_flag_recall  ground truth of the first 500 pages found again
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate/corpus.ts';
import { rawTokenizeAndCount } from './measure/rawTokenize.ts';
import { stageBreakdown } from './measure/stages.ts';
import { groundTruthRecall } from './measure/groundTruth.ts';
import { heapAfterGc, percentile, round, timed } from './measure/stats.ts';
import { filterChanges, QUERIES, request } from './measure/workload.ts';
import { analyzeFile, finishCorpus, uniqueIds } from '../src/corpus/pipeline.ts';
import { CorpusStore } from '../src/corpus/corpusStore.ts';
import { StringPool } from '../src/corpus/aggregate/compactStrings.ts';
import { DEFAULT_TOPICS } from '../src/corpus/topics.ts';
import type { CorpusDocument, CorpusFile, InputFile } from '../src/corpus/types.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: process.env.BENCH_SIZES ?? '1000,10000,50000' },
    seed: { type: 'string', default: '42' },
    one: { type: 'string' },
  },
});

function measure(docs: number, seed: number): Record<string, unknown> {
  const files: InputFile[] = [];
  let bytes = 0;
  for (const f of generateCorpus({ docs, seed })) {
    files.push({ name: f.name, bytes: f.bytes });
    bytes += f.bytes.length;
  }
  const mb = bytes / 1e6;

  // Best of two passes: the floor should not include the regex engine's warm-up.
  const rawMs = Math.min(timed(() => rawTokenizeAndCount(files))[1], timed(() => rawTokenizeAndCount(files))[1]);

  // Charts path: everything the three charts need, without the search index, as the worker runs it in one thread
  // (strings compacted per file, so the store skips that pass).
  const [analysed, readExtractMs] = timed(() => {
    const documents: CorpusDocument[] = [];
    const pool = new StringPool();
    let problems = 0;
    for (const f of files) {
      const r = analyzeFile(f, DEFAULT_TOPICS, pool);
      for (const d of r.documents) documents.push(d);
      problems += r.problems.length;
    }
    return { documents, problems };
  });
  const [finished, finishMs] = timed(() => finishCorpus(uniqueIds(analysed.documents)));
  const [store, storeMs] = timed(() => {
    const st = new CorpusStore();
    st.setDocuments(finished, { compactStrings: false });
    return st;
  });
  const [firstView, firstViewMs] = timed(() => store.view(request({})));
  const [, indexMs] = timed(() => store.buildIndex());
  const ingestMs = readExtractMs + finishMs + storeMs + indexMs;

  const searchMs: number[] = [];
  const searchOnlyMs: number[] = [];
  for (const q of QUERIES) {
    const [, s] = timed(() => store.search(q));
    // The store caches per query, so the view below pays only the aggregates: the sum is one fresh query.
    const [, v] = timed(() => store.view(request({ q })));
    searchOnlyMs.push(s);
    searchMs.push(s + v);
  }
  const filterMs: number[] = [];
  for (const f of filterChanges(firstView)) filterMs.push(timed(() => store.view(request(f)))[1]);

  const heapMb = heapAfterGc();
  const exported = store.exportCorpus(true);
  const [loaded, prebuiltMs] = timed(() => {
    const file = JSON.parse(exported) as CorpusFile;
    const s = new CorpusStore();
    const r = s.loadCorpusFile(file);
    s.view(request({}));
    return r;
  });

  const documents = finished.length;
  const stages = stageBreakdown(files);
  const truth = groundTruthRecall(Math.min(docs, 500), seed);
  return {
    bench: 'pure-layer',
    docs,
    mb: round(mb, 2),
    documents,
    teasers: finished.filter((d) => d.kind === 'teaser').length,
    problems: analysed.problems,
    ingest_ms: Math.round(ingestMs),
    ingest_mb_s: round(mb / (ingestMs / 1000), 2),
    raw_tokenize_mb_s: round(mb / (rawMs / 1000), 2),
    first_charts_ms: Math.round(readExtractMs + finishMs + storeMs + firstViewMs),
    read_extract_ms: Math.round(readExtractMs),
    finish_ms: Math.round(finishMs),
    store_ms: Math.round(storeMs),
    first_view_ms: round(firstViewMs),
    index_ms: Math.round(indexMs),
    index_mb_s: round(mb / (indexMs / 1000), 2),
    search_p50_ms: round(percentile(searchMs, 50)),
    search_p95_ms: round(percentile(searchMs, 95)),
    search_max_ms: round(Math.max(...searchMs)),
    search_only_p95_ms: round(percentile(searchOnlyMs, 95)),
    filter_p50_ms: round(percentile(filterMs, 50)),
    filter_p95_ms: round(percentile(filterMs, 95)),
    heap_mb: Math.round(heapMb),
    export_mb: round(exported.length / 1e6, 1),
    prebuilt_load_ms: Math.round(prebuiltMs),
    prebuilt_index_loaded: loaded.indexLoaded,
    ...stages,
    ...truth,
    node: process.version,
    cpus: cpus().length,
    // Other processes on the machine skew every number: a load average above the core count means contention.
    loadavg_1m: round(loadavg()[0] ?? 0, 2),
  };
}

if (values.one) {
  console.log(JSON.stringify(measure(Number(values.one), Number(values.seed))));
} else {
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  for (const size of sizes) {
    if (!Number.isInteger(size) || size <= 0) throw new Error(`bench: bad size ${size}`);
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one', String(size), '--seed', values.seed], {
      stdio: 'inherit',
    });
    if (r.status !== 0) console.log(JSON.stringify({ bench: 'pure-layer', docs: size, error: `child exited with ${r.status ?? r.signal}` }));
  }
}
