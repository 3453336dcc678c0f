/**
 * read → extract → topics → stories: the whole analysis of a set of input files, pure and synchronous per file,
 * so the worker can interleave it with progress reports (and spread files over several threads) and the CLI can
 * call it directly.
 *
 * Everything that depends on one document only (reading, extraction, topic assignment, string compaction) runs
 * per file, so any thread can do it for any batch of files and the results concatenate in file order; only
 * `finishCorpus` (story linking) needs the whole corpus. Sequential and parallel ingest therefore produce the
 * same documents.
 */
import type { CorpusDocument, FileProblem, InputFile, TopicDefinition } from './types.ts';
import { readFile } from './read/readFile.ts';
import { extractDocument } from './extract/extractDocument.ts';
import { assignTopics, DEFAULT_TOPICS } from './topics.ts';
import { linkStories } from './stories.ts';
import { compactDocuments, StringPool } from './aggregate/compactStrings.ts';

export interface FileAnalysis {
  documents: CorpusDocument[];
  problems: FileProblem[];
}

/**
 * Read one file, extract entities from every document in it and assign the topics. With a `pool`, the documents'
 * strings are also flattened and interned (aggregate/compactStrings.ts): done here, in whichever thread analysed
 * the file, rather than over the whole corpus in the store.
 */
export function analyzeFile(file: InputFile, topics: TopicDefinition[] = DEFAULT_TOPICS, pool?: StringPool): FileAnalysis {
  const { documents, problems } = readFile(file);
  // Documents from a corpus JSON file arrive analysed already; re-extracting would discard hand corrections.
  // A loop, not `map`: optimised `map` makes a holey array where the interpreter makes a packed one, and the
  // readers downstream would meet both kinds (a deopt and a recompile each, in the middle of a large load).
  const analysed: CorpusDocument[] = [];
  for (let k = 0; k < documents.length; k++) {
    const d = documents[k]!;
    analysed.push(isAnalysed(d) ? assignTopics(d, topics) : extractDocument(d, topics));
  }
  if (pool) compactDocuments(analysed, pool);
  return { documents: analysed, problems };
}

/** Corpus-wide step, run once all files are analysed (topics assigned): story linking. */
export function finishCorpus(documents: CorpusDocument[]): CorpusDocument[] {
  return linkStories(documents);
}

/** The whole pipeline in one thread (CLI, tests, benchmarks); the worker does the same spread over threads. */
export function analyzeFiles(files: InputFile[], topics: TopicDefinition[] = DEFAULT_TOPICS): FileAnalysis {
  const documents: CorpusDocument[] = [];
  const problems: FileProblem[] = [];
  const pool = new StringPool();
  for (const f of files) {
    const r = analyzeFile(f, topics, pool);
    documents.push(...r.documents);
    problems.push(...r.problems);
  }
  return { documents: finishCorpus(uniqueIds(documents)), problems };
}

/**
 * Documents from an exported corpus carry `mentions` (extraction ran); re-extracting would discard hand
 * corrections. A hand-written corpus file without them is extracted like any page.
 */
function isAnalysed(d: CorpusDocument): boolean {
  return d.mentions !== undefined || d.organisations.length > 0 || d.people.length > 0;
}

/**
 * Two input files may share a base name (folders from different places), so their ids collide: later ones get a
 * `-2`, `-3` … suffix. A page's teasers follow its article, so the renaming of the article is carried over to the
 * `parent` of the teasers after it; otherwise they would point to the first file's article.
 */
export function uniqueIds(documents: CorpusDocument[]): CorpusDocument[] {
  const taken = new Set<string>();
  let renamed = new Map<string, string>();
  return documents.map((d) => {
    if (d.kind === 'article' || !d.parent) renamed = new Map();
    let id = d.id;
    if (taken.has(id)) {
      let n = 2;
      while (taken.has(`${d.id}-${n}`)) n++;
      id = `${d.id}-${n}`;
      renamed.set(d.id, id);
    }
    taken.add(id);
    const parent = d.parent ? (renamed.get(d.parent) ?? d.parent) : d.parent;
    return id === d.id && parent === d.parent ? d : { ...d, id, parent };
  });
}
