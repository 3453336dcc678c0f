// STUB: replaced by the extraction work (issue 3).
import type { CorpusDocument } from './types.ts';
export function linkStories(docs: CorpusDocument[]): CorpusDocument[] {
  return docs.map((d) => ({ ...d, story: d.story ?? d.id }));
}
