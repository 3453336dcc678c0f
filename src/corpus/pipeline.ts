/**
 * read → extract → topics → stories: the whole analysis of a set of input files, pure and synchronous per file,
 * so the worker can interleave it with progress reports and the CLI can call it directly.
 */
import type { CorpusDocument, FileProblem, InputFile, TopicDefinition } from './types.ts';
import { readFile } from './read/readFile.ts';
import { extractDocument } from './extract/extractDocument.ts';
import { assignTopics, DEFAULT_TOPICS } from './topics.ts';
import { linkStories } from './stories.ts';

export interface FileAnalysis {
  documents: CorpusDocument[];
  problems: FileProblem[];
}

/** Read one file and extract entities from every document in it (topics and stories need the whole corpus). */
export function analyzeFile(file: InputFile): FileAnalysis {
  const { documents, problems } = readFile(file);
  // Documents from a corpus JSON file arrive analysed already; re-extracting would discard hand corrections.
  return { documents: documents.map((d) => (isAnalysed(d) ? d : extractDocument(d))), problems };
}

/** Corpus-wide steps, run once all files are read: topic assignment and story linking. */
export function finishCorpus(documents: CorpusDocument[], topics: TopicDefinition[] = DEFAULT_TOPICS): CorpusDocument[] {
  return linkStories(documents.map((d) => assignTopics(d, topics)));
}

export function analyzeFiles(files: InputFile[], topics: TopicDefinition[] = DEFAULT_TOPICS): FileAnalysis {
  const documents: CorpusDocument[] = [];
  const problems: FileProblem[] = [];
  for (const f of files) {
    const r = analyzeFile(f);
    documents.push(...r.documents);
    problems.push(...r.problems);
  }
  return { documents: finishCorpus(uniqueIds(documents), topics), problems };
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
