// STUB: replaced by the reading work (issue 2). Contract: never throws; a file that cannot be read yields a problem.
import type { CorpusDocument, FileProblem, InputFile } from '../types.ts';
export function readFile(file: InputFile): { documents: CorpusDocument[]; problems: FileProblem[] } {
  const text = new TextDecoder().decode(file.bytes);
  const stem = file.name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const title = text.split('\n').find((l) => l.trim())?.trim() ?? file.name;
  return {
    documents: [{ id: stem, file: file.name.replace(/^.*[\\/]/, ''), kind: 'article', title, date: null, dateSource: null, source: null, keywords: [], text, organisations: [], people: [], topics: [] }],
    problems: [],
  };
}
