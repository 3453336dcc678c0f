/**
 * What bench/instructionCount.ts bundles and runs under valgrind: `node child.mjs <folder>
 * analyze|first-charts|startup`. Copied into the worktree of an older revision, so it calls only functions that
 * revision has too. `startup` loads the same modules and reads the same files, and stops there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile, finishCorpus, uniqueIds } from '../src/corpus/pipeline.ts';
import { StringPool } from '../src/corpus/aggregate/compactStrings.ts';
import { CorpusStore } from '../src/corpus/corpusStore.ts';
import { DEFAULT_TOPICS } from '../src/corpus/topics.ts';
import { viewRequest } from '../src/worker/viewRequest.ts';
import type { CorpusDocument } from '../src/corpus/types.ts';

const [dir, what] = process.argv.slice(2);
const names = readdirSync(dir!).filter((n) => /\.(txt|html?)$/i.test(n)).sort();
const files = names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir!, name))) }));
if (what !== 'startup') {
  const pool = new StringPool();
  const docs: CorpusDocument[] = [];
  for (const f of files) for (const d of analyzeFile(f, DEFAULT_TOPICS, pool).documents) docs.push(d);
  if (what === 'first-charts') {
    const store = new CorpusStore();
    store.setDocuments(finishCorpus(uniqueIds(docs)), { topics: DEFAULT_TOPICS, compactStrings: false });
    store.view(viewRequest({}));
  }
}
