// STUB: replaced by the extraction work (issue 3). Contract: pure, never throws, fills organisations/people/mentions.
import type { CorpusDocument } from '../types.ts';
export function extractDocument(doc: CorpusDocument): CorpusDocument {
  return { ...doc, organisations: [], people: [], mentions: [] };
}
