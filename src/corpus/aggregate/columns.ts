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
   * Per topic id: 1 for each document whose `topics` lists it. Built here, from the documents' topic lists: a
   * mask per topic built on first use (`Uint8Array.from(docs, d => d.topics.includes(id))`) cost ≈ 20 ms per
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

/** `a` with room for at least `size` elements (doubled, contents kept). */
function grownTo<T extends Int32Array | Uint8Array | Float64Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  const grown = new (a.constructor as new (n: number) => T)(Math.max(size, 2 * a.length));
  grown.set(a);
  return grown;
}

/** An `IdLists` under construction: growing buffers, one list open at a time, documents in order. */
class ListBuilder {
  values = new Int32Array(1024);
  length = 0;
  private starts = new Int32Array(1024);
  private doc = 0;

  /** Start the next document's list (`i`: its position, one more than the last). */
  open(i: number): void {
    this.doc = i;
    // Assigned only when grown: a field store of an object costs a write barrier every time.
    if (i + 2 > this.starts.length) this.starts = grownTo(this.starts, i + 2);
    this.starts[i] = this.length;
  }

  /** Position of `v` in the open list, or -1. Linear: the lists are a handful of ids. */
  find(v: number): number {
    for (let k = this.starts[this.doc]!; k < this.length; k++) if (this.values[k] === v) return k;
    return -1;
  }

  /** Append `v` to the open list; returns its position. */
  push(v: number): number {
    if (this.length === this.values.length) this.values = grownTo(this.values, this.length + 1);
    this.values[this.length] = v;
    return this.length++;
  }

  /** Append `v` unless the open list has it already (first occurrence kept). */
  pushUnique(v: number): void {
    if (this.find(v) < 0) this.push(v);
  }

  /** The lists of documents 0 … docs - 1 (every one of them opened). */
  finish(docs: number): IdLists {
    const starts = this.starts.slice(0, docs + 1);
    starts[docs] = this.length;
    return { starts, values: this.values.slice(0, this.length) };
  }
}

/** Build the columns for a document set. O(total size of the entity lists). */
export function buildColumns(docs: readonly CorpusDocument[]): CorpusColumns {
  const builder = new ColumnsBuilder();
  for (let i = 0; i < docs.length; i++) builder.add(docs[i]!);
  return builder.finish(docs);
}

/**
 * The columns built one document at a time, as documents arrive (a large load's batches, while other batches are
 * still being analysed), and finished once the document set is complete. Everything but the story ids can be
 * built before story linking (stories.ts), which needs all documents: `finish` takes the linked documents, which
 * differ from those added only in `story` and, for an undated one, the date linking inferred.
 */
export class ColumnsBuilder {
  private n = 0;
  private indexById = new Map<string, number>();
  private isTeaser = new Uint8Array(1024);
  private month = new Int32Array(1024);
  private source = new Int32Array(1024);
  private dateKeys = new Float64Array(1024);
  /** Each document's date as added (to notice the ones linking gave a date). */
  private dates: (string | null)[] = [];
  private sources = interner();
  private orgs = interner();
  private persons = interner();
  private orgIds = new ListBuilder();
  private personIds = new ListBuilder();
  private speakerIds = new ListBuilder();
  /** Parallel to speakerIds.values (same positions); grown alongside. */
  private speakerQuotes = new Int32Array(1024);
  private facts = new FactsCollector();
  private topics = interner();
  private docTopics = new ListBuilder();
  private numericDates = true;
  private minMonth = -1;
  private maxMonth = -1;

  /** Documents added so far. */
  get size(): number {
    return this.n;
  }

  /** Add the next document (in corpus order). */
  add(d: CorpusDocument): void {
    const i = this.n++;
    if (i >= this.month.length) {
      this.isTeaser = grownTo(this.isTeaser, i + 1);
      this.month = grownTo(this.month, i + 1);
      this.source = grownTo(this.source, i + 1);
      this.dateKeys = grownTo(this.dateKeys, i + 1);
    }
    this.indexById.set(d.id, i);
    this.isTeaser[i] = d.kind === 'teaser' ? 1 : 0;
    this.dates.push(d.date);
    this.setDate(i, d.date);
    this.source[i] = d.source ? this.sources.id(d.source) : -1;
    const docTopics = this.docTopics;
    docTopics.open(i);
    for (const t of d.topics) docTopics.pushUnique(this.topics.id(t));
    const orgIds = this.orgIds;
    orgIds.open(i);
    for (const o of d.organisations) orgIds.pushUnique(this.orgs.id(o));
    const personIds = this.personIds;
    const speakerIds = this.speakerIds;
    personIds.open(i);
    speakerIds.open(i);
    for (const p of d.people) {
      const id = this.persons.id(p.name);
      personIds.pushUnique(id);
      if (!p.speaker) continue;
      let at = speakerIds.find(id);
      if (at < 0) {
        at = speakerIds.push(id);
        if (at >= this.speakerQuotes.length) this.speakerQuotes = grownTo(this.speakerQuotes, at + 1);
        this.speakerQuotes[at] = 0;
      }
      this.speakerQuotes[at]! += p.quotes.length;
      this.facts.add(id, p.role, p.organisation, p.quotes);
    }
  }

  /**
   * The columns of `docs`: the documents added, in the order added, as story linking returned them (same ids;
   * `story` set, an undated one perhaps dated). `representatives` (StoryLinker.storyRepresentatives), when given:
   * per document, the position of the document whose id is its `story`, so stories are numbered without a lookup
   * of their ids (ids are unique: the same numbers). The builder is spent afterwards.
   */
  finish(docs: readonly CorpusDocument[], representatives?: Int32Array): CorpusColumns {
    const n = this.n;
    if (docs.length !== n) throw new Error(`ColumnsBuilder: ${docs.length} documents to finish, ${n} added`);
    const story = new Int32Array(n);
    let storyCount = 0;
    if (representatives) {
      // Numbered in order of first appearance, as the interner numbers the ids.
      const numberOf = new Int32Array(n).fill(-1);
      for (let i = 0; i < n; i++) {
        const r = representatives[i]!;
        if (numberOf[r]! < 0) numberOf[r] = storyCount++;
        story[i] = numberOf[r]!;
      }
    } else {
      const stories = interner();
      for (let i = 0; i < n; i++) story[i] = stories.id(docs[i]!.story ?? docs[i]!.id);
      storyCount = stories.names.length;
    }
    for (let i = 0; i < n; i++) if (docs[i]!.date !== this.dates[i]) this.setDate(i, docs[i]!.date);
    const dateKeys = this.dateKeys.subarray(0, n);
    const byDateDesc = newestFirst(docs, this.numericDates ? dateKeys : null);
    const docTopics = this.docTopics.finish(n);
    const topicMasks = topicMembership(docTopics, this.topics.names.length);
    const topicDocs = topicLists(docTopics, byDateDesc, topicMasks.length);
    const speakers = this.speakerIds.finish(n);
    return {
      docs,
      indexById: this.indexById,
      isTeaser: this.isTeaser.slice(0, n),
      month: this.month.slice(0, n),
      minMonth: this.minMonth,
      maxMonth: this.maxMonth,
      story,
      storyCount,
      source: this.source.slice(0, n),
      sourceNames: this.sources.names,
      orgNames: this.orgs.names,
      orgIndex: this.orgs.ids,
      orgIds: this.orgIds.finish(n),
      personNames: this.persons.names,
      personIndex: this.persons.ids,
      personIds: this.personIds.finish(n),
      speakerIds: speakers,
      speakerQuotes: this.speakerQuotes.slice(0, speakers.values.length),
      speakerFacts: this.facts.finish(this.persons.names.length),
      byDateDesc,
      topicIndex: this.topics.ids,
      topicMasks,
      topicDocs,
    };
  }

  /** Month and sort key of document `i` from its date. */
  private setDate(i: number, date: string | null): void {
    const m = monthIndex(date);
    this.month[i] = m;
    if (m >= 0) {
      if (this.minMonth < 0 || m < this.minMonth) this.minMonth = m;
      if (m > this.maxMonth) this.maxMonth = m;
    }
    const key = dateKey(date);
    if (Number.isNaN(key)) this.numericDates = false;
    this.dateKeys[i] = key;
  }
}

/** Per topic number: 1 for each document whose list (`lists`) has it. */
function topicMembership(lists: IdLists, topics: number): Uint8Array[] {
  const { starts, values } = lists;
  const docs = starts.length - 1;
  const masks: Uint8Array[] = [];
  for (let t = 0; t < topics; t++) masks.push(new Uint8Array(docs));
  for (let i = 0; i < docs; i++) for (let k = starts[i]!, end = starts[i + 1]!; k < end; k++) masks[values[k]!]![i] = 1;
  return masks;
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
