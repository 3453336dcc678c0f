/**
 * Per-document data computed once per document set, so that a view is one pass over small typed arrays:
 * month indexes, interned story and source ids, organisation / person / speaker / topic id lists (one buffer per
 * column), a newest-first order, and per corpus topic a membership mask and its documents newest first.
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

/**
 * Small int lists, one per document, packed in one buffer (compressed sparse rows): document i's list is
 * `values[starts[i] … starts[i + 1])`. One typed array per list (or a `subarray` view per list) cost an object per
 * document and column: ≈ 200 bytes each before the first element, and ≈ 50 ms of `buildColumns` at 42,000
 * documents just to create the 170,000 views; the aggregates read the buffer directly.
 */
export interface IdLists {
  /** Length = documents + 1. */
  starts: Int32Array;
  values: Int32Array;
}

/** Document `i`'s list as a view (for tests and rare callers; the aggregates loop over `starts` themselves). */
export function listOf(lists: IdLists, i: number): Int32Array {
  return lists.values.subarray(lists.starts[i]!, lists.starts[i + 1]!);
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
  /** Interned `doc.source`, -1 for none (null or empty); names in `sourceNames`. */
  source: Int32Array;
  sourceNames: string[];
  orgNames: string[];
  orgIndex: ReadonlyMap<string, number>;
  /** Per document: distinct organisation ids. */
  orgIds: IdLists;
  personNames: string[];
  personIndex: ReadonlyMap<string, number>;
  /** Per document: distinct person ids (every person mentioned, as the filter counts them). */
  personIds: IdLists;
  /** Per document: distinct speaker ids; `speakerQuotes` (parallel to `speakerIds.values`) the direct quotes in it. */
  speakerIds: IdLists;
  speakerQuotes: Int32Array;
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
  /** Per topic id (as `topicMasks`): the documents listing it, newest first (the order of `byDateDesc`). */
  topicDocs: Int32Array[];
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

/** An `IdLists` under construction: a growing buffer, one list open at a time. */
class ListBuilder {
  values = new Int32Array(1024);
  length = 0;
  readonly starts: Int32Array;
  private doc = 0;

  constructor(docs: number) {
    this.starts = new Int32Array(docs + 1);
  }

  /** Start document `i`'s list (documents in order). */
  open(i: number): void {
    this.doc = i;
    this.starts[i] = this.length;
  }

  /** Position of `v` in the open list, or -1. Linear: the lists are a handful of ids. */
  find(v: number): number {
    for (let k = this.starts[this.doc]!; k < this.length; k++) if (this.values[k] === v) return k;
    return -1;
  }

  /** Append `v` to the open list; returns its position. */
  push(v: number): number {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = v;
    return this.length++;
  }

  /** Append `v` unless the open list has it already (first occurrence kept). */
  pushUnique(v: number): void {
    if (this.find(v) < 0) this.push(v);
  }

  finish(): IdLists {
    this.starts[this.starts.length - 1] = this.length;
    return { starts: this.starts, values: this.values.slice(0, this.length) };
  }
}

/** Build the columns for a document set. O(total size of the entity lists). */
export function buildColumns(docs: readonly CorpusDocument[]): CorpusColumns {
  const n = docs.length;
  const indexById = new Map<string, number>();
  const isTeaser = new Uint8Array(n);
  const month = new Int32Array(n);
  const story = new Int32Array(n);
  const source = new Int32Array(n);
  const dateKeys = new Float64Array(n);
  const stories = interner();
  const sources = interner();
  const orgs = interner();
  const persons = interner();
  const orgIds = new ListBuilder(n);
  const personIds = new ListBuilder(n);
  const speakerIds = new ListBuilder(n);
  // Parallel to speakerIds.values (same positions); grown alongside.
  let speakerQuotes = new Int32Array(1024);
  const facts = new FactsCollector();
  const topics = interner();
  const topicMasks: Uint8Array[] = [];
  const docTopics = new ListBuilder(n);
  let numericDates = true;
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
    const key = dateKey(d.date);
    if (Number.isNaN(key)) numericDates = false;
    dateKeys[i] = key;
    story[i] = stories.id(d.story ?? d.id);
    source[i] = d.source ? sources.id(d.source) : -1;
    docTopics.open(i);
    for (const t of d.topics) {
      const k = topics.id(t);
      if (k === topicMasks.length) topicMasks.push(new Uint8Array(n));
      topicMasks[k]![i] = 1;
      docTopics.pushUnique(k);
    }
    orgIds.open(i);
    for (const o of d.organisations) orgIds.pushUnique(orgs.id(o));
    personIds.open(i);
    speakerIds.open(i);
    for (const p of d.people) {
      const id = persons.id(p.name);
      personIds.pushUnique(id);
      if (!p.speaker) continue;
      let at = speakerIds.find(id);
      if (at < 0) {
        at = speakerIds.push(id);
        if (at >= speakerQuotes.length) {
          const grown = new Int32Array(speakerIds.values.length);
          grown.set(speakerQuotes);
          speakerQuotes = grown;
        }
        speakerQuotes[at] = 0;
      }
      speakerQuotes[at]! += p.quotes.length;
      facts.add(id, p.role, p.organisation, p.quotes);
    }
  }
  const speakers = speakerIds.finish();
  const byDateDesc = newestFirst(docs, numericDates ? dateKeys : null);
  const topicDocs = topicLists(docTopics.finish(), byDateDesc, topicMasks.length);
  return {
    docs,
    indexById,
    isTeaser,
    month,
    minMonth,
    maxMonth,
    story,
    storyCount: stories.names.length,
    source,
    sourceNames: sources.names,
    orgNames: orgs.names,
    orgIndex: orgs.ids,
    orgIds: orgIds.finish(),
    personNames: persons.names,
    personIndex: persons.ids,
    personIds: personIds.finish(),
    speakerIds: speakers,
    speakerQuotes: speakerQuotes.slice(0, speakers.values.length),
    speakerFacts: facts.finish(persons.names.length),
    byDateDesc,
    topicIndex: topics.ids,
    topicMasks,
    topicDocs,
  };
}

/** Per topic number: its documents (`lists`: each document's topic numbers) in `order`. Two passes, no strings. */
function topicLists(lists: IdLists, order: Int32Array, topics: number): Int32Array[] {
  const { starts, values } = lists;
  const sizes = new Int32Array(topics);
  for (let k = 0; k < values.length; k++) sizes[values[k]!]!++;
  const out = Array.from(sizes, (size) => new Int32Array(size));
  const fill = new Int32Array(topics);
  for (let r = 0; r < order.length; r++) {
    const i = order[r]!;
    for (let k = starts[i]!, end = starts[i + 1]!; k < end; k++) {
      const t = values[k]!;
      out[t]![fill[t]!++] = i;
    }
  }
  return out;
}

/**
 * `YYYY-MM-DD` → y·10⁴ + m·10² + d, `YYYY-MM` → y·10⁴ + m·10² (before any day of its month, as the string sorts),
 * null or empty → -1 (before everything); NaN for anything else. On these shapes the number orders as the string.
 */
function dateKey(date: string | null): number {
  if (!date) return -1;
  const len = date.length;
  if ((len !== 7 && len !== 10) || date.charCodeAt(4) !== 45 || (len === 10 && date.charCodeAt(7) !== 45)) return NaN;
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  // Day 00 would key like its month (`YYYY-MM`), which sorts before it as a string.
  const d = len === 10 ? digits(date, 8, 10) : 0;
  return y < 0 || m < 0 || d < 0 || (len === 10 && d === 0) ? NaN : y * 10_000 + m * 100 + d;
}

/** The decimal number in `s[from … to)`, or -1 unless every character is a digit. */
function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Document indexes by date descending (as strings compare; undated last), ties by id. With `keys` (every date in
 * a shape `dateKey` reads) the order comes from a numeric sort of `(date, index)` packed into one number (no
 * comparator), and ids are compared only within runs of equal dates, and there only when a run is not in id order
 * already. Comparing dates and ids of two documents per comparison read two scattered document objects each time:
 * ≈ 100 ms of buildColumns at 42,000 documents fresh from extraction.
 */
function newestFirst(docs: readonly CorpusDocument[], keys: Float64Array | null): Int32Array {
  const n = docs.length;
  const order = new Int32Array(n);
  const byId = (a: number, b: number) => {
    const ia = docs[a]!.id;
    const ib = docs[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
  if (!keys || n >= INDEX_SPAN) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => {
      const da = docs[a]!.date ?? '';
      const db = docs[b]!.date ?? '';
      if (da !== db) return da < db ? 1 : -1;
      return byId(a, b);
    });
  }
  // Newest first = smallest (MAX_KEY - key); undated (key -1) last. Index in the low bits keeps ties in load order.
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (MAX_KEY - keys[i]!) * INDEX_SPAN + i;
  packed.sort();
  for (let r = 0; r < n; r++) order[r] = packed[r]! % INDEX_SPAN;
  // Runs of equal dates: put each in id order unless it is already.
  for (let from = 0; from < n; ) {
    const key = keys[order[from]!]!;
    let to = from + 1;
    while (to < n && keys[order[to]!] === key) to++;
    if (to - from > 1) {
      let sorted = true;
      for (let r = from + 1; r < to && sorted; r++) if (byId(order[r - 1]!, order[r]!) > 0) sorted = false;
      if (!sorted) order.subarray(from, to).sort(byId);
    }
    from = to;
  }
  return order;
}

/** Above every `dateKey` (9999-99-99 → 99,999,999), so `MAX_KEY - key` is positive. */
const MAX_KEY = 100_000_000;
/** Documents per date key in the packed sort (2²⁶): key · span + index stays below 2⁵³. */
const INDEX_SPAN = 67_108_864;

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
