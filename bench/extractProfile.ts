/**
 * Throughput of the analysis stages (read, extract, topics, stories) in MB/s of input bytes, measured as CPU time
 * of this process (`process.cpuUsage`): the machine is shared, so wall-clock numbers move with the neighbours.
 *
 *   node --import tsx bench/extractProfile.ts [--dir /tmp/gen2000] [--seeds 400] [--rounds 3] [--dump out.json]
 *
 * `--dir` reads every file of a folder (a generated corpus); `--seeds N` reads the five seed pages N times each.
 * Each round runs every stage once over the whole set; the best round is printed, and the first one alone (JIT
 * warm-up and empty memos, as in a real ingest). `--dump` writes what extraction produced, so a refactoring can be checked to change nothing.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFile } from '../src/corpus/read/readFile.ts';
import { extractDocument } from '../src/corpus/extract/extractDocument.ts';
import { assignTopics, DEFAULT_TOPICS } from '../src/corpus/topics.ts';
import { linkStories } from '../src/corpus/stories.ts';
import type { CorpusDocument, InputFile } from '../src/corpus/types.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

function inputs(): { label: string; files: InputFile[] } {
  const dir = opt('dir');
  if (dir) {
    const names = readdirSync(dir).filter((f) => /\.(txt|html?)$/u.test(f)).sort();
    return { label: dir, files: names.map((name) => ({ name, bytes: readFileSync(join(dir, name)) })) };
  }
  const times = Number(opt('seeds') ?? 400);
  const root = join(import.meta.dirname, '..', 'seeds');
  const seeds = readdirSync(root).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, bytes: readFileSync(join(root, name)) }));
  const files: InputFile[] = [];
  for (let n = 0; n < times; n++) for (const s of seeds) files.push({ name: `${n}_${s.name}`, bytes: s.bytes });
  return { label: `seeds ×${times}`, files };
}

/** CPU milliseconds (user + system) spent in `fn`. */
function cpu<T>(fn: () => T): [T, number] {
  const t0 = process.cpuUsage();
  const out = fn();
  const d = process.cpuUsage(t0);
  return [out, (d.user + d.system) / 1000];
}

const { label, files } = inputs();
const mb = files.reduce((s, f) => s + f.bytes.length, 0) / 1e6;
const rounds = Number(opt('rounds') ?? 3);
const best: Record<string, number> = { read: Infinity, extract: Infinity, topics: Infinity, stories: Infinity, ingestExtract: Infinity };
let first: Record<string, number> | null = null;
let last: CorpusDocument[] = [];
for (let r = 0; r < rounds; r++) {
  const [read, readMs] = cpu(() => files.flatMap((f) => readFile(f).documents));
  const [extracted, extractMs] = cpu(() => read.map((d) => extractDocument(d)));
  const [withTopics, topicsMs] = cpu(() => extracted.map((d) => assignTopics(d, DEFAULT_TOPICS)));
  const [linked, storiesMs] = cpu(() => linkStories(withTopics));
  // As ingest runs them: the topics from the tokens extraction makes (topics.ts); `topics` above is the regex.
  const [, ingestExtractMs] = cpu(() => read.map((d) => extractDocument(d, DEFAULT_TOPICS)));
  const ms: Record<string, number> = { read: readMs, extract: extractMs, topics: topicsMs, stories: storiesMs, ingestExtract: ingestExtractMs };
  for (const k of Object.keys(best)) best[k] = Math.min(best[k]!, ms[k]!);
  first ??= ms;
  last = linked;
}
const rate = (ms: number): string => (mb / (ms / 1000)).toFixed(1);
console.log(`${label}: ${files.length} files, ${last.length} documents, ${mb.toFixed(2)} MB, best of ${rounds} rounds (CPU time)`);
for (const k of ['read', 'extract', 'topics', 'stories']) console.log(`  ${k.padEnd(16)} ${rate(best[k]!).padStart(7)} MB/s  ${best[k]!.toFixed(0).padStart(6)} ms`);
console.log(`  ${'extract+topics'.padEnd(16)} ${rate(best.extract! + best.topics!).padStart(7)} MB/s  (topics by the regex, as a user topic)`);
console.log(`  ${'extract+topics'.padEnd(16)} ${rate(best.ingestExtract!).padStart(7)} MB/s  ${best.ingestExtract!.toFixed(0).padStart(6)} ms  (as ingest: topics from the tokens)`);
console.log(`  ${'all four'.padEnd(16)} ${rate(best.read! + best.ingestExtract! + best.stories!).padStart(7)} MB/s  (as ingest)`);
// The first round alone: memos (word facts, headings) start empty, as in a real ingest.
if (first) console.log(`  first round: extract ${rate(first.extract!)} MB/s, topics ${rate(first.topics!)} MB/s, extract+topics ${rate(first.extract! + first.topics!)} MB/s`);

const dump = opt('dump');
if (dump) {
  const view = last.map((d) => ({ id: d.id, organisations: d.organisations, people: d.people, mentions: d.mentions, topics: d.topics, story: d.story, date: d.date }));
  writeFileSync(dump, JSON.stringify(view));
  console.log(`  wrote ${dump}`);
}
