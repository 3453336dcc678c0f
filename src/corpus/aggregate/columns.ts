/**
 * Per-document data computed once per document set, so that a view is one pass over small typed arrays:
 * month indexes, interned story ids, organisation / person / speaker ids as small int arrays, a newest-first order.
 * Nothing here depends on a filter.
 */
import type { CorpusDocument } from '../types.ts';
import { monthIndex } from './months.ts';

/** Speaker facts over the whole corpus (filter-independent). */
export interface SpeakerFacts {
  /** Most frequent non-null role / organisation given for the person (first seen wins ties). */
  role: string | null;
  organisation: string | null;
  /** A short representative direct quote, or null. */
  sampleQuote: string | null;
}

export interface CorpusColumns {
  docs: readonly CorpusDocument[];
  indexById: ReadonlyMap<string, number>;
  isTeaser: Uint8Array;
  /** Month index (months.ts) or -1 when undated. */
  month: Int32Array;
  /** Smallest and largest month over all dated documents; -1 when none is dated. */
  minMonth: number;
  maxMonth: number;
  /** Interned story id (`doc.story ?? doc.id`). */
  story: Int32Array;
  storyCount: number;
  orgNames: string[];
  orgIndex: ReadonlyMap<string, number>;
  /** Per document: distinct organisation ids. */
  orgIds: Int32Array[];
  personNames: string[];
  personIndex: ReadonlyMap<string, number>;
  /** Per document: distinct person ids (every person mentioned, as the filter counts them). */
  personIds: Int32Array[];
  /** Per document: distinct speaker ids, and parallel to it the number of direct quotes in that document. */
  speakerIds: Int32Array[];
  speakerQuotes: Int32Array[];
  /** Per person id: facts when the person speaks anywhere, else undefined. */
  speakerFacts: (SpeakerFacts | undefined)[];
  /** Document indexes, newest first, undated last (ties: id order, for stable output). */
  byDateDesc: Int32Array;
  /** Topic id → index into `topicMasks`, for every id some document's `topics` lists. */
  topicIndex: ReadonlyMap<string, number>;
  /**
   * Per topic id: 1 for each document whose `topics` lists it. Built here in the one pass over the documents:
   * a mask per topic built on first use (`Uint8Array.from(docs, d => d.topics.includes(id))`) cost ≈ 20 ms per
   * topic at 42,000 documents, ≈ 200 ms of the first view.
   */
  topicMasks: Uint8Array[];
}

function interner(): { ids: Map<string, number>; names: string[]; id(name: string): number } {
  const ids = new Map<string, number>();
  const names: string[] = [];
  return {
    ids,
    names,
    id(name) {
      let i = ids.get(name);
      if (i === undefined) {
        i = names.length;
        ids.set(name, i);
        names.push(name);
      }
      return i;
    },
  };
}

/**
 * Small per-document int lists, packed: every list is a `subarray` view of one shared buffer per column, and all
 * empty lists are one shared empty array. A separate `Int32Array` per list costs a typed array, an ArrayBuffer and a
 * backing store (≈ 200 bytes before the first element); at 42,000 documents × 4 columns, mostly empty (teasers),
 * that was ≈ 30 MB.
 */
const EMPTY = new Int32Array(0);

class PackedLists {
  private values: number[] = [];
  private starts: number[] = [];

  /** Append the next document's list (`unique`: drop repeats, first occurrence kept). */
  push(values: Iterable<number>, unique: boolean): void {
    this.starts.push(this.values.length);
    if (unique) {
      const seen = new Set<number>();
      for (const v of values) if (!seen.has(v)) (seen.add(v), this.values.push(v));
    } else for (const v of values) this.values.push(v);
  }

  finish(): Int32Array[] {
    const buffer = Int32Array.from(this.values);
    const n = this.starts.length;
    const out: Int32Array[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const from = this.starts[i]!;
      const to = i + 1 < n ? this.starts[i + 1]! : buffer.length;
      out[i] = from === to ? EMPTY : buffer.subarray(from, to);
    }
    return out;
  }
}

/** Build the columns for a document set. O(total size of the entity lists). */
export function buildColumns(docs: readonly CorpusDocument[]): CorpusColumns {
  const n = docs.length;
  const indexById = new Map<string, number>();
  const isTeaser = new Uint8Array(n);
  const month = new Int32Array(n);
  const story = new Int32Array(n);
  const stories = interner();
  const orgs = interner();
  const persons = interner();
  const orgIds = new PackedLists();
  const personIds = new PackedLists();
  const speakerIds = new PackedLists();
  const speakerQuotes = new PackedLists();
  const facts = new FactsCollector();
  const topics = interner();
  const topicMasks: Uint8Array[] = [];
  let minMonth = -1;
  let maxMonth = -1;
  for (let i = 0; i < n; i++) {
    const d = docs[i]!;
    indexById.set(d.id, i);
    isTeaser[i] = d.kind === 'teaser' ? 1 : 0;
    const m = monthIndex(d.date);
    month[i] = m;
    if (m >= 0) {
      if (minMonth < 0 || m < minMonth) minMonth = m;
      if (m > maxMonth) maxMonth = m;
    }
    story[i] = stories.id(d.story ?? d.id);
    for (const t of d.topics) {
      const k = topics.id(t);
      if (k === topicMasks.length) topicMasks.push(new Uint8Array(n));
      topicMasks[k]![i] = 1;
    }
    orgIds.push(d.organisations.map((o) => orgs.id(o)), true);
    personIds.push(d.people.map((p) => persons.id(p.name)), true);
    const quotesBySpeaker = new Map<number, number>();
    for (const p of d.people) {
      if (!p.speaker) continue;
      const id = persons.id(p.name);
      quotesBySpeaker.set(id, (quotesBySpeaker.get(id) ?? 0) + p.quotes.length);
      facts.add(id, p.role, p.organisation, p.quotes);
    }
    speakerIds.push(quotesBySpeaker.keys(), false);
    speakerQuotes.push(quotesBySpeaker.values(), false);
  }
  const byDateDesc = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const da = docs[a]!.date ?? '';
    const db = docs[b]!.date ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return docs[a]!.id < docs[b]!.id ? -1 : docs[a]!.id > docs[b]!.id ? 1 : 0;
  });
  return {
    docs,
    indexById,
    isTeaser,
    month,
    minMonth,
    maxMonth,
    story,
    storyCount: stories.names.length,
    orgNames: orgs.names,
    orgIndex: orgs.ids,
    orgIds: orgIds.finish(),
    personNames: persons.names,
    personIndex: persons.ids,
    personIds: personIds.finish(),
    speakerIds: speakerIds.finish(),
    speakerQuotes: speakerQuotes.finish(),
    speakerFacts: facts.finish(persons.names.length),
    byDateDesc,
    topicIndex: topics.ids,
    topicMasks,
  };
}

/** Quotes between these lengths read well in a tooltip; the one nearest IDEAL wins. */
const QUOTE_MIN = 30;
const QUOTE_MAX = 240;
const QUOTE_IDEAL = 120;

class FactsCollector {
  private roles = new Map<number, Map<string, number>>();
  private orgs = new Map<number, Map<string, number>>();
  private quote = new Map<number, string>();
  private speakers = new Set<number>();

  add(id: number, role: string | null, org: string | null, quotes: string[]): void {
    this.speakers.add(id);
    if (role) bump(this.roles, id, role);
    if (org) bump(this.orgs, id, org);
    for (const q of quotes) {
      const cur = this.quote.get(id);
      if (cur === undefined || quoteScore(q) < quoteScore(cur)) this.quote.set(id, q);
    }
  }

  finish(size: number): (SpeakerFacts | undefined)[] {
    const out: (SpeakerFacts | undefined)[] = new Array(size).fill(undefined);
    for (const id of this.speakers) {
      const q = this.quote.get(id);
      out[id] = {
        role: mostFrequent(this.roles.get(id)),
        organisation: mostFrequent(this.orgs.get(id)),
        sampleQuote: q === undefined ? null : q.length > QUOTE_MAX ? `${q.slice(0, QUOTE_MAX - 1).trimEnd()}…` : q,
      };
    }
    return out;
  }
}

function quoteScore(q: string): number {
  const len = q.trim().length;
  const outside = len < QUOTE_MIN || len > QUOTE_MAX ? 10_000 : 0;
  return outside + Math.abs(len - QUOTE_IDEAL);
}

function bump(m: Map<number, Map<string, number>>, id: number, key: string): void {
  let inner = m.get(id);
  if (!inner) m.set(id, (inner = new Map()));
  inner.set(key, (inner.get(key) ?? 0) + 1);
}

function mostFrequent(m: Map<string, number> | undefined): string | null {
  if (!m) return null;
  let best: string | null = null;
  let bestN = 0;
  for (const [k, v] of m) if (v > bestN) [best, bestN] = [k, v];
  return best;
}
