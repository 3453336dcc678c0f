/**
 * CLI: write a seeded synthetic corpus to a folder.
 *   npm run generate -- --docs 10000 --seed 42 --out bench/out/corpus-10000
 * Also writes `manifest.json` (per file: layout, encoding, date, title, ground-truth organisations and speakers)
 * next to the pages, so tests and benchmarks can compare what the reader finds with what was written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate/corpus.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string' },
    manifest: { type: 'boolean', default: true },
  },
});
const docs = Number(values.docs);
const seed = Number(values.seed);
if (!Number.isInteger(docs) || docs <= 0) throw new Error(`generate: --docs must be a positive integer, got ${values.docs}`);
if (!Number.isInteger(seed)) throw new Error(`generate: --seed must be an integer, got ${values.seed}`);
const out = values.out ?? `bench/out/corpus-${docs}`;
mkdirSync(out, { recursive: true });

const started = performance.now();
let bytes = 0;
const manifest: unknown[] = [];
for (const f of generateCorpus({ docs, seed })) {
  writeFileSync(join(out, f.name), f.bytes);
  bytes += f.bytes.length;
  const { bytes: _omit, ...meta } = f;
  manifest.push(meta);
}
if (values.manifest) writeFileSync(join(out, 'manifest.json'), JSON.stringify({ seed, docs, files: manifest }, null, 1));
console.error(
  `generate: ${docs} files, ${(bytes / 1e6).toFixed(1)} MB (${(bytes / docs / 1024).toFixed(2)} KiB avg) in ${Math.round(performance.now() - started)} ms → ${out}`,
);
