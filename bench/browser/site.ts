/**
 * The folder the browser benchmark serves: a copy of `dist/` plus a blank `bench.html` page (to drive the worker
 * without the app competing for the CPU), the synthetic pages of each size packed into one file (one request
 * instead of ten thousand), and the analysed corpus JSON for `?corpus=`, with and without its search index.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../generate/corpus.ts';
import { analyzeFile, finishCorpus, uniqueIds } from '../../src/corpus/pipeline.ts';
import { CorpusStore } from '../../src/corpus/corpusStore.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';

/** What the benchmark needs to know about one prepared size. */
export interface PreparedSize {
  docs: number;
  mb: number;
  /** Packed pages and their index (`{ names, offsets }`), relative to the site root. */
  pagesBin: string;
  pagesIndex: string;
  /** Analysed corpus JSON without and with the serialised search index. */
  corpusJson: string;
  corpusIndexedJson: string;
  /** The pages as separate files on disk (absolute paths), for picking them in the app as own files. */
  files: string[];
  /** Real names of this corpus, for filter changes. */
  organisations: string[];
  people: string[];
  topics: string[];
}

/** Copy dist/ to `dir` and add bench.html. Returns the worker script's path relative to the site root. */
export function prepareSite(distDir: string, dir: string): { workerPath: string } {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('bench:browser: dist/index.html missing; run `npm run build` first');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(distDir, dir, { recursive: true });
  writeFileSync(join(dir, 'bench.html'), '<!doctype html><html lang="de"><meta charset="utf-8"><link rel="icon" href="data:,"><title>Lagebild bench</title><body></body></html>\n');
  const worker = readdirSync(join(dir, 'assets')).find((f) => /^corpus\.worker.*\.js$/.test(f));
  if (!worker) throw new Error('bench:browser: no assets/corpus.worker-*.js in dist/');
  return { workerPath: `assets/${worker}` };
}

/** Generate size `docs` into the site folder. */
export function prepareSize(dir: string, docs: number, seed: number): PreparedSize {
  const names: string[] = [];
  const offsets: number[] = [0];
  const chunks: Uint8Array[] = [];
  const documents: CorpusDocument[] = [];
  let total = 0;
  for (const f of generateCorpus({ docs, seed })) {
    names.push(f.name);
    chunks.push(f.bytes);
    total += f.bytes.length;
    offsets.push(total);
    for (const d of analyzeFile({ name: f.name, bytes: f.bytes }).documents) documents.push(d);
  }
  const packed = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    packed.set(c, at);
    at += c.length;
  }
  // The same pages as files, for the own-files measurement (the app reads what the user picks, file by file).
  const filesDir = join(dir, `files-${docs}`);
  mkdirSync(filesDir, { recursive: true });
  const files = names.map((name, i) => {
    const path = join(filesDir, name);
    writeFileSync(path, chunks[i]!);
    return path;
  });
  const store = new CorpusStore(finishCorpus(uniqueIds(documents)));
  const names_ = store.names();
  const sized = (s: string) => `${s}-${docs}`;
  writeFileSync(join(dir, `${sized('pages')}.bin`), packed);
  writeFileSync(join(dir, `${sized('pages')}.json`), JSON.stringify({ names, offsets }));
  writeFileSync(join(dir, `${sized('corpus')}.json`), store.exportCorpus(false));
  writeFileSync(join(dir, `${sized('corpus')}-indexed.json`), store.exportCorpus(true));
  // The most mentioned names make filter changes that change every chart.
  const view = store.view({
    filter: { q: '', from: null, to: null, orgs: [], people: [], topics: [] },
    granularity: 'month', includeTeasers: true, topOrgs: 15, topSpeakers: 60, userTopics: [], page: 0,
  });
  return {
    docs,
    mb: total / 1e6,
    pagesBin: `${sized('pages')}.bin`,
    pagesIndex: `${sized('pages')}.json`,
    corpusJson: `${sized('corpus')}.json`,
    corpusIndexedJson: `${sized('corpus')}-indexed.json`,
    files,
    organisations: view.organisations.orgs.map((o) => o.name).slice(0, 8),
    people: view.speakers.nodes.map((n) => n.name).slice(0, 4),
    topics: names_.topics.map((t) => t.id).slice(0, 4),
  };
}
