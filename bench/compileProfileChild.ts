/**
 * The child of compileProfile.ts, run under `--trace-opt --trace-deopt --allow-natives-syntax`: warms the pipeline
 * up as the app's idle warm-up does, prints a marker, then analyses the measured corpus. The parent reads V8's trace.
 *
 *   node --trace-opt --trace-deopt --allow-natives-syntax --import tsx bench/compileProfileChild.ts \
 *     --dir /tmp/gen10000 --warm-dir /tmp/jit/gen2000s7 --warm-files 300
 *
 * The marker is itself a V8 trace line (a function forced through Turbofan), not a `console.log`: V8 writes its
 * trace through C stdio, buffered separately from Node's writes, so a marker printed by Node could land anywhere in
 * the trace when stdout is a pipe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../src/corpus/pipeline.ts';
import { StringPool } from '../src/corpus/aggregate/compactStrings.ts';
import { decodeAnalyses, encodeAnalyses } from '../src/worker/analysisWire.ts';
import { DEFAULT_TOPICS } from '../src/corpus/topics.ts';
import type { InputFile } from '../src/corpus/types.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

/** The pages of a folder as the app would take them: pages and corpus files, not the generator's manifest. */
function files(dir: string, limit = Infinity): InputFile[] {
  const names = readdirSync(dir)
    .filter((n) => /\.(txt|html?|json)$/i.test(n) && n !== 'manifest.json' && !n.endsWith('.expected.json'))
    .sort()
    .slice(0, limit);
  return names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

const dir = opt('dir') ?? '/tmp/gen10000';
const warmDir = opt('warm-dir');
const warmFiles = Number(opt('warm-files') ?? 300);
const seedDir = join(import.meta.dirname, '..', 'seeds');
const warm = [...files(seedDir), ...(warmDir ? files(warmDir, warmFiles) : [])];
const measured = files(dir);

// Both threads' paths in one: batches alternate between the corpus worker's (analyse, compact into its pool) and
// a helper's (analyse, encode; structured clone; decode into the corpus worker's pool), as in the worker.
const BATCH_FILES = 70;
function ingest(list: readonly InputFile[], pool: StringPool): number {
  let documents = 0;
  for (let b = 0; b * BATCH_FILES < list.length; b++) {
    const batch = list.slice(b * BATCH_FILES, (b + 1) * BATCH_FILES);
    if (b % 2 === 0) for (const f of batch) documents += analyzeFile(f, DEFAULT_TOPICS, pool).documents.length;
    else for (const r of decodeAnalyses(structuredClone(encodeAnalyses(batch.map((f) => analyzeFile(f, DEFAULT_TOPICS)))), pool)) documents += r.documents.length;
  }
  return documents;
}

// (1) Warm-up: what the corpus worker and a helper run while idle.
ingest(warm, new StringPool());

// The marker: `[manually marking … compileProfileMarker …]` and its compile in the trace.
function compileProfileMarker(): number {
  return 1;
}
const markNext = new Function('f', '%PrepareFunctionForOptimization(f); f(); %OptimizeFunctionOnNextCall(f);') as (f: () => number) => void;
markNext(compileProfileMarker);
compileProfileMarker();

// (2) The measured load: one pool, as a load into the worker.
const t0 = process.cpuUsage();
const documents = ingest(measured, new StringPool());
const d = process.cpuUsage(t0);
// Written after all trace output that matters; the parent takes this line apart from the trace.
process.stderr.write(`${JSON.stringify({ warm_files: warm.length, files: measured.length, documents, load_cpu_ms: Math.round((d.user + d.system) / 1000) })}\n`);
