/**
 * The corpus in memory and every question the dashboard asks of it. Pure: no DOM, no timers, no workers, so the
 * same class serves the worker, Node (CLI, tests, benchmarks) and any later backend.
 *
 * Per-document data is computed once per document set (aggregate/columns.ts); a view is one filter pass
 * (aggregate/filterMask.ts) plus one pass per aggregate over typed arrays, plus the search (cached per query).
 *
 * The search index is built separately (`buildIndex`, or `indexChunk` in slices) so the charts can be drawn before
 * it exists. A query that arrives before the index is complete builds the rest synchronously: a slow first query
 * beats a wrong answer (a partial index would silently drop matching documents from every chart).
 */
import type MiniSearch from 'minisearch';
import type { CorpusDocument, CorpusFile, TopicDefinition } from './types.ts';
import type { DashboardView, DocumentDetail, ViewRequest } from '../worker/api.ts';
import { DEFAULT_TOPICS, topicMatcher } from './topics.ts';
import { buildColumns, type CorpusColumns } from './aggregate/columns.ts';
import { compactDocuments } from './aggregate/compactStrings.ts';
import { MentionStore } from './aggregate/mentionStore.ts';
import { computeFails } from './aggregate/filterMask.ts';
import { topicSeries, type TopicMask } from './aggregate/topicSeries.ts';
import { coMentions } from './aggregate/coMentions.ts';
import { speakerGraph } from './aggregate/speakerGraph.ts';
import { createLayoutCache } from './aggregate/speakerLayout.ts';
import { documentList } from './aggregate/documentList.ts';
import { summary } from './aggregate/summary.ts';
import { buildDetailIndex, documentDetail, type DetailIndex } from './aggregate/documentDetail.ts';
import { createSearchIndex, loadSearchIndex, queryTerms, searchCorpus } from './search/searchIndex.ts';
import { documentPositions, prepareLeanSearch } from './search/leanQuery.ts';
import { makeSnippet } from './search/snippet.ts';
import { queryPhrases, type QueryPhrase } from './search/phrases.ts';

/** A query's answer as the aggregates use it. */
export interface QueryHits {
  /** 1 for each matching document (by document position). */
  mask: Uint8Array;
  /** Matching ids, best first. */
  ids: string[];
  /** Folded index terms that matched (for snippets). */
  terms: Set<string>;
  mode: 'all' | 'any';
}

/** Snippets made when warming the query path (enough for V8 to optimise the word scan, a fraction of a page). */
const WARM_SNIPPETS = 12;
/** Queries remembered (typing produces many; a handful of recent ones covers back/forward and retyping). */
const QUERY_CACHE_SIZE = 32;
/** User topic masks remembered (one per topic query; editing a query makes a new one). Corpus topics are always kept. */
const USER_MASK_CACHE_SIZE = 64;

export class CorpusStore {
  private docs: CorpusDocument[] = [];
  private cols: CorpusColumns = buildColumns([]);
  private topicDefs: TopicDefinition[] = DEFAULT_TOPICS;
  /** User topic masks, by topic id and query. */
  private masks = new Map<string, Uint8Array>();
  /** The mask of a topic no document lists (shared; never written). */
  private noTopic: Uint8Array | null = null;
  private detail: DetailIndex | null = null;
  private index: MiniSearch<CorpusDocument> | null = null;
  private indexed = new Set<string>();
  private pending: CorpusDocument[] = [];
  private queries = new Map<string, QueryHits>();
  private fails = new Uint8Array(0);
  private userTopics: TopicDefinition[] = [];
  private layout = createLayoutCache();
  /** Mention spans, packed; `doc.mentions` is cleared once they are here (see aggregate/mentionStore.ts). */
  private mentions = new MentionStore();
  private userMaskKeys: string[] = [];

  /** Start with `documents` (already analysed: see pipeline.ts) and the topic definitions they refer to. */
  constructor(documents: CorpusDocument[] = [], topics: TopicDefinition[] = DEFAULT_TOPICS) {
    this.setDocuments(documents, { topics });
  }

  /** The documents, in load order. Do not mutate. */
  get documents(): readonly CorpusDocument[] {
    return this.docs;
  }

  /** Topic definitions the documents' `topics` refer to. */
  get topics(): readonly TopicDefinition[] {
    return this.topicDefs;
  }

  /** True when every document is in the search index. */
  get indexReady(): boolean {
    return this.pending.length === 0 && this.index !== null;
  }

  /** Documents not yet in the search index. */
  get pendingIndexCount(): number {
    return this.index === null ? this.docs.length : this.pending.length;
  }

  /**
   * Replace the document set. `keepIndex`: keep index entries of ids still present (their text must be unchanged,
   * as when `add` re-links stories over old and new documents); otherwise the index starts over.
   */
  setDocuments(
    documents: CorpusDocument[],
    opts: { topics?: TopicDefinition[]; keepIndex?: boolean; compactStrings?: boolean } = {},
  ): void {
    // Strings cut from pages would keep whole pages alive for the session: flatten and intern them (in place).
    // Documents fresh from JSON.parse own their strings already (`compactStrings: false` skips the pass).
    if (opts.compactStrings !== false) compactDocuments(documents);
    if (!opts.keepIndex) this.mentions.clear();
    for (const d of documents) {
      // Set to undefined rather than deleted: deleting a property turns the object into a slow dictionary.
      if (Array.isArray(d.mentions) && !Object.isFrozen(d) && this.mentions.set(d.id, d.mentions)) d.mentions = undefined;
    }
    this.docs = documents;
    if (opts.topics) this.topicDefs = opts.topics;
    this.cols = buildColumns(documents);
    this.fails = new Uint8Array(documents.length);
    this.masks.clear();
    this.noTopic = null;
    this.userMaskKeys = [];
    // Without keepIndex the mention store was cleared above and holds only these documents' spans already.
    if (opts.keepIndex) this.mentions.retain(this.cols.indexById);
    this.queries.clear();
    this.detail = null;
    if (opts.keepIndex && this.index) {
      const ids = this.cols.indexById;
      for (const id of [...this.indexed]) {
        if (!ids.has(id)) {
          this.index.discard(id);
          this.indexed.delete(id);
        }
      }
      this.pending = documents.filter((d) => !this.indexed.has(d.id));
    } else {
      this.index = null;
      this.indexed.clear();
      this.pending = documents.slice();
    }
  }

  /** Append documents (ids made unique against the corpus), keeping the index and queuing the new ones. */
  addDocuments(documents: CorpusDocument[]): void {
    const taken = new Set(this.cols.indexById.keys());
    const fresh = documents.map((d) => {
      let id = d.id;
      for (let k = 2; taken.has(id); k++) id = `${d.id}-${k}`;
      taken.add(id);
      return id === d.id ? d : { ...d, id };
    });
    this.setDocuments([...this.docs, ...fresh], { keepIndex: true });
  }

  /**
   * Load a corpus file; its prebuilt `searchIndex` is used when it covers exactly these documents. The file is
   * expected fresh from `JSON.parse`, whose strings own their characters: the string compaction of `setDocuments`
   * is skipped (at 10,000 pages it saved 4 MB and cost ≈ 0.5 s of the load); pass `compactStrings: true` otherwise.
   */
  loadCorpusFile(file: CorpusFile, opts: { compactStrings?: boolean } = {}): { indexLoaded: boolean } {
    this.setDocuments(file.documents, { topics: file.topicDefinitions ?? DEFAULT_TOPICS, compactStrings: opts.compactStrings ?? false });
    if (file.searchIndex == null) return { indexLoaded: false };
    try {
      const index = loadSearchIndex(file.searchIndex);
      if (index.documentCount !== this.docs.length || !this.docs.every((d) => index.has(d.id))) {
        return { indexLoaded: false };
      }
      this.index = index;
      for (const d of this.docs) this.indexed.add(d.id);
      this.pending = [];
      prepareLeanSearch(index);
      return { indexLoaded: true };
    } catch {
      // A stale or foreign index is not an error worth failing the load for: it is rebuilt.
      return { indexLoaded: false };
    }
  }

  /** Index up to `maxDocs` pending documents; returns how many remain. For building in slices between yields. */
  indexChunk(maxDocs: number): number {
    return this.indexSlice(maxDocs, true);
  }

  /** `indexChunk`; `warm`: run the query path once when this slice completes the index (see `warmQueryPath`). */
  private indexSlice(maxDocs: number, warm: boolean): number {
    this.index ??= createSearchIndex();
    const slice = this.pending.splice(0, Math.max(1, maxDocs));
    this.index.addAll(slice);
    for (const d of slice) this.indexed.add(d.id);
    if (slice.length > 0) this.queries.clear();
    // The index is complete: prepare the search's columns now, not in the first query, and run the query path once.
    if (slice.length > 0 && this.pending.length === 0) {
      prepareLeanSearch(this.index);
      documentPositions(this.index, this.cols.indexById);
      if (warm) this.warmQueryPath();
    }
    return this.pending.length;
  }

  /** Index every pending document now. */
  buildIndex(): void {
    // No warm-up: a query is waiting for this, and it runs the same path itself.
    while (this.indexSlice(Number.MAX_SAFE_INTEGER, false) > 0);
  }

  /** Forget cached query results (for benchmarks measuring cold searches; views stay correct without it). */
  clearQueryCache(): void {
    this.queries.clear();
  }

  /** Search the corpus (builds the index first if incomplete). Cached per query string. */
  search(q: string): QueryHits {
    const key = q.trim();
    const cached = this.queries.get(key);
    if (cached) {
      // Re-insert: the Map's order doubles as the LRU order.
      this.queries.delete(key);
      this.queries.set(key, cached);
      return cached;
    }
    if (!this.indexReady) this.buildIndex();
    const out = searchCorpus(this.index!, key);
    const mask = new Uint8Array(this.docs.length);
    // By the index's document numbers when the lean executor gave them (no string lookup per hit).
    const positions = out.docs && documentPositions(this.index!, this.cols.indexById);
    if (out.docs && positions) {
      for (let k = 0; k < out.docs.length; k++) {
        const i = positions[out.docs[k]!] ?? -1;
        if (i >= 0) mask[i] = 1;
      }
    } else {
      for (const id of out.ids) {
        const i = this.cols.indexById.get(id);
        if (i !== undefined) mask[i] = 1;
      }
    }
    const phrases = queryPhrases(key);
    const ids = phrases.length > 0 ? this.keepPhrases(mask, out.ids, phrases) : out.ids;
    const hits: QueryHits = { mask, ids, terms: out.terms, mode: out.mode };
    this.queries.set(key, hits);
    if (this.queries.size > QUERY_CACHE_SIZE) this.queries.delete(this.queries.keys().next().value!);
    return hits;
  }

  /**
   * Narrow the index's hits to documents that have every quoted phrase (search/phrases.ts), in place for the mask.
   * Runs only over the hits, which have all the phrase's words already.
   */
  private keepPhrases(mask: Uint8Array, ids: string[], phrases: QueryPhrase[]): string[] {
    const matchers = phrases.map((p) => topicMatcher({ id: '', label: '', query: p.open ? `${p.text}*` : p.text }));
    for (let i = 0; i < mask.length; i++) {
      if (mask[i] === 1 && !matchers.every((m) => m(this.docs[i]!))) mask[i] = 0;
    }
    return ids.filter((id) => mask[this.cols.indexById.get(id) ?? -1] === 1);
  }

  /** Every aggregate for one filter. See the aggregate modules for which dimension each chart ignores. */
  view(req: ViewRequest): DashboardView {
    const t0 = performance.now();
    const { filter } = req;
    this.userTopics = req.userTopics ?? [];
    const q = filter.q.trim();
    // A query of stop words only (`die`) selects nothing to search for: treat it as no query, not as no hits.
    const hits = q && queryTerms(q).length > 0 ? this.search(q) : null;
    const topics = this.topicMasks(this.userTopics);
    const byId = new Map(topics.map((t) => [t.topic.id, t.mask]));
    const fails = computeFails(this.cols, filter, hits?.mask ?? null, (id) => byId.get(id) ?? this.corpusTopicMask(id), this.fails);
    const counted = summary(this.cols, fails);
    const documents = documentList(this.cols, fails, req.page ?? 0, hits?.terms ?? null, counted);
    if (hits) documents.queryMode = hits.mode;
    const view: DashboardView = {
      summary: counted,
      topics: topicSeries(this.cols, fails, topics, req.granularity ?? 'month', req.includeTeasers ?? true),
      organisations: coMentions(this.cols, fails, req.topOrgs ?? 15, filter.orgs),
      speakers: speakerGraph(this.cols, fails, req.topSpeakers ?? 60, filter.people, this.layout),
      documents,
      computeMs: 0,
    };
    view.computeMs = performance.now() - t0;
    return view;
  }

  /** The reader's view of one document, or null for an unknown id. */
  document(id: string): DocumentDetail | null {
    const i = this.cols.indexById.get(id);
    if (i === undefined) return null;
    const doc = this.docs[i]!;
    this.detail ??= buildDetailIndex(this.docs);
    const userIds = this.topicMasks(this.userTopics)
      .filter((t) => this.userTopics.includes(t.topic) && t.mask[i])
      .map((t) => t.topic.id);
    const lookup = (x: string) => {
      const k = this.cols.indexById.get(x);
      return k === undefined ? undefined : this.docs[k];
    };
    // Mentions live packed in the store; only the opened document gets them back as objects.
    const withMentions = doc.mentions === undefined && this.mentions.has(id) ? { ...doc, mentions: this.mentions.get(id) } : doc;
    return documentDetail(withMentions, this.detail, lookup, [...this.topicDefs, ...this.userTopics], userIds);
  }

  /** Organisation and person names (German collation) and the corpus topics, for chips and URL validation. */
  names(): { organisations: string[]; people: string[]; topics: TopicDefinition[] } {
    const collator = new Intl.Collator('de');
    return {
      organisations: [...this.cols.orgNames].sort(collator.compare),
      people: [...this.cols.personNames].sort(collator.compare),
      topics: [...this.topicDefs],
    };
  }

  /** The corpus as JSON text (the `npm run analyze` format); with `includeIndex`, the serialised index too. */
  exportCorpus(includeIndex: boolean): string {
    return [...this.exportCorpusParts(includeIndex)].join('');
  }

  /**
   * The same JSON text in consecutive parts (a few hundred documents each), so a large corpus can be written to a
   * Blob part by part: one string of the whole corpus would pass V8's maximum string length (≈ 512 M characters,
   * reached at about 65,000 pages) long before memory runs out.
   */
  *exportCorpusParts(includeIndex: boolean, documentsPerPart = 500): Generator<string> {
    yield `{"version":1,"topicDefinitions":${JSON.stringify(this.topicDefs)},"documents":[`;
    for (let a = 0; a < this.docs.length; a += documentsPerPart) {
      const slice = this.docs.slice(a, a + documentsPerPart).map((d) => JSON.stringify(this.withMentions(d)));
      yield (a > 0 ? ',' : '') + slice.join(',');
    }
    yield ']';
    if (includeIndex) {
      this.buildIndex();
      yield `,"searchIndex":${JSON.stringify(this.index!.toJSON())}`;
    }
    yield '}';
  }

  /** The document with its mention spans put back (the store keeps them packed apart, see aggregate/mentionStore.ts). */
  private withMentions(d: CorpusDocument): CorpusDocument {
    return d.mentions === undefined && this.mentions.has(d.id) ? { ...d, mentions: this.mentions.get(d.id) } : d;
  }

  /**
   * Run the path of a first query once, on a word of the newest document's title, and throw the answers away:
   * the search and the snippets of its first page of hits. That code runs unoptimised the first time (≈ 80 ms of
   * the first query's view at 10,000 pages, two thirds of it word scanning for snippets, against ≈ 30 ms for the
   * second); here it runs in the background slice that completes the index rather than after the user's first
   * keystroke. Nothing is cached: answers do not depend on it.
   */
  private warmQueryPath(): void {
    const newest = this.cols.byDateDesc[0];
    if (newest === undefined || !this.index) return;
    const word = this.docs[newest]!.title.split(/\s+/).find((w) => queryTerms(w).length > 0);
    if (!word) return;
    const out = searchCorpus(this.index, word);
    for (const id of out.ids.slice(0, WARM_SNIPPETS)) {
      const i = this.cols.indexById.get(id);
      if (i !== undefined) makeSnippet(this.docs[i]!.text, out.terms);
    }
  }

  /** Corpus topics (membership from `doc.topics`, as `matchesFilter` reads it) followed by user topics. */
  private topicMasks(user: readonly TopicDefinition[]): TopicMask[] {
    const out: TopicMask[] = this.topicDefs.map((topic) => {
      const k = this.cols.topicIndex.get(topic.id);
      return k === undefined ? { topic, mask: this.corpusTopicMask(topic.id) } : { topic, mask: this.cols.topicMasks[k]!, docs: this.cols.topicDocs[k]! };
    });
    const corpusIds = new Set(this.topicDefs.map((t) => t.id));
    for (const topic of user) if (!corpusIds.has(topic.id)) out.push({ topic, mask: this.userTopicMask(topic) });
    return out;
  }

  /** Membership in corpus topic `id` (from `doc.topics`, see columns.ts); no document for an id none lists. */
  private corpusTopicMask(id: string): Uint8Array {
    const k = this.cols.topicIndex.get(id);
    if (k !== undefined) return this.cols.topicMasks[k]!;
    return (this.noTopic ??= new Uint8Array(this.docs.length));
  }

  private userTopicMask(def: TopicDefinition): Uint8Array {
    const key = `u\u0000${def.id}\u0000${def.query}`;
    let mask = this.masks.get(key);
    if (!mask) {
      const match = topicMatcher(def);
      // A plain loop: `Uint8Array.from(array, fn)` takes V8's slow iterator path (≈ 20 ms at 42,000 documents).
      mask = new Uint8Array(this.docs.length);
      for (let i = 0; i < this.docs.length; i++) if (match(this.docs[i]!)) mask[i] = 1;
      this.masks.set(key, mask);
      this.userMaskKeys.push(key);
      if (this.userMaskKeys.length > USER_MASK_CACHE_SIZE) this.masks.delete(this.userMaskKeys.shift()!);
    }
    return mask;
  }
}
