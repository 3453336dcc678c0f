/** The reader's view of one document: full text with marks, its topics, related teasers and the same story. */
import type { DocumentDetail } from '../../worker/api.ts';
import type { CorpusDocument, TopicDefinition } from '../types.ts';

/** Documents grouped for the reader: teasers by the page (parent id) they were found on, documents by story. */
export interface DetailIndex {
  teasersByParent: Map<string, CorpusDocument[]>;
  byStory: Map<string, CorpusDocument[]>;
}

export function buildDetailIndex(docs: readonly CorpusDocument[]): DetailIndex {
  const teasersByParent = new Map<string, CorpusDocument[]>();
  const byStory = new Map<string, CorpusDocument[]>();
  for (const d of docs) {
    if (d.kind === 'teaser' && d.parent) push(teasersByParent, d.parent, d);
    push(byStory, d.story ?? d.id, d);
  }
  return { teasersByParent, byStory };
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * Detail of `doc`. `topics`: the definitions to resolve `doc.topics` against, plus user topics that match
 * (`userTopicIds`). `byId` resolves a teaser's parent.
 */
export function documentDetail(
  doc: CorpusDocument,
  index: DetailIndex,
  byId: (id: string) => CorpusDocument | undefined,
  topics: readonly TopicDefinition[],
  userTopicIds: readonly string[],
): DocumentDetail {
  const defs = new Map(topics.map((t) => [t.id, t]));
  const topicIds = [...new Set([...doc.topics, ...userTopicIds])];
  let related: CorpusDocument[] = [];
  if (doc.kind === 'article') related = index.teasersByParent.get(doc.id) ?? [];
  else if (doc.parent) {
    const parent = byId(doc.parent);
    if (parent) related = [parent];
  }
  const sameStory = (index.byStory.get(doc.story ?? doc.id) ?? []).filter((d) => d.id !== doc.id);
  return {
    id: doc.id,
    kind: doc.kind,
    file: doc.file,
    title: doc.title,
    kicker: doc.kicker ?? null,
    date: doc.date,
    dateSource: doc.dateSource,
    dateNote: doc.dateNote ?? null,
    source: doc.source,
    author: doc.author ?? null,
    keywords: doc.keywords,
    topics: topicIds.map((id) => defs.get(id) ?? { id, label: id, query: '' }),
    organisations: doc.organisations,
    people: doc.people,
    text: doc.text,
    mentions: doc.mentions ?? [],
    links: doc.links ?? [],
    related: related.map((d) => ({ id: d.id, kind: d.kind, title: d.title, date: d.date })),
    sameStory: sameStory.map((d) => ({ id: d.id, title: d.title, source: d.source, date: d.date })),
  };
}
