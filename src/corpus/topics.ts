// STUB: replaced by the extraction work (issue 3).
import type { CorpusDocument, TopicDefinition } from './types.ts';
export const DEFAULT_TOPICS: TopicDefinition[] = [
  { id: 'souveraenitaet', label: 'Digitale Souveränität', query: 'Digitale Souveränität, souverän*' },
];
/** A predicate that tells whether a document matches the topic's query (title, keywords, text). */
export function topicMatcher(_def: TopicDefinition): (doc: CorpusDocument) => boolean {
  return () => false;
}
export function assignTopics(doc: CorpusDocument, _topics: TopicDefinition[]): CorpusDocument {
  return doc;
}
