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

function isAnalysed(d: CorpusDocument): boolean {
  return d.organisations.length > 0 || d.people.length > 0;
}

/** Two input files may share a base name (folders from different places): suffix later ids so ids stay unique. */
export function uniqueIds(documents: CorpusDocument[]): CorpusDocument[] {
  const seen = new Map<string, number>();
  return documents.map((d) => {
    const n = seen.get(d.id) ?? 0;
    seen.set(d.id, n + 1);
    if (n === 0) return d;
    const id = `${d.id}-${n + 1}`;
    return { ...d, id };
  });
}
