/**
 * Memory hygiene for documents the store keeps for the whole session.
 *
 * The reader cuts titles, teaser texts, leads, quotes and ids out of the decoded page with `slice`/`substring`. V8
 * represents such a cut as a *sliced string* that points into its parent and keeps the whole parent alive: one
 * teaser title can retain the entire decoded page (several KB, two bytes per character once the page has a „ or –).
 * Concatenations (`cons strings`) likewise keep both halves as separate objects. At 10,000 pages (≈ 42,000
 * documents) that was ≈ 90 MB of page text nobody could reach any more.
 *
 * `compactDocuments` replaces every string of every document *in place* (lists of strings by new lists) by an equal
 * string that owns its characters, and interns short strings (names, roles, sources, keywords, ids) so that the
 * ≈ 20,000 copies of a frequent speaker's name become one. Strings are immutable values, so no reader of the
 * documents can tell the difference except by the heap.
 */
import type { CorpusDocument, Person } from '../types.ts';

/** Strings up to this length are interned (looked up in a table) as well as flattened. */
const INTERN_MAX = 96;

/**
 * A copy of `s` that holds its own characters. `(' ' + s)` builds a cons string, `.slice(1)` flattens it into a new
 * sequential string and cuts the space off again: the result refers at most to that fresh string, never to the
 * page `s` was cut from. (Strings shorter than 13 characters are copied outright by `slice`.)
 */
export function flatString(s: string): string {
  return s.length === 0 ? '' : (' ' + s).slice(1);
}

/** A string table: one instance per distinct short string. */
export class StringPool {
  private table = new Map<string, string>();

  /**
   * The pooled copy of `s` (short strings), or `s` copied by `own` (long ones). `own` makes a string that holds its
   * own characters; the default copies, which input that is flat already (see `internDocuments`) does not need.
   */
  get(s: string, own: (s: string) => string = flatString): string {
    if (s.length > INTERN_MAX) return own(s);
    let t = this.table.get(s);
    if (t === undefined) {
      t = own(s);
      this.table.set(t, t);
    }
    return t;
  }

  /** Nullable variant for optional fields. */
  opt<T extends string | null | undefined>(s: T, own: (s: string) => string = flatString): T {
    return (typeof s === 'string' ? this.get(s, own) : s) as T;
  }

  get size(): number {
    return this.table.size;
  }
}

type Own = (s: string) => string;
const asIs: Own = (s) => s;

// The lists are rebuilt rather than written in place. Lists arrive in two elements kinds: packed (built by `push`
// in this thread) and holey (`structuredClone` makes every array holey, and so does `map` in optimised code). An
// optimised store that has seen both turns every packed array it writes to holey, the allocation sites of those
// arrays learn it, and from then on every reader of them in the pipeline meets a new map and deopts. A list built
// by `push` is packed whatever came in. Empty lists stay: there is nothing to write.

/** `list` with its strings pooled, as a new packed array. */
function strings(pool: StringPool, list: string[], own: Own): string[] {
  if (list.length === 0) return list;
  const out: string[] = [];
  for (let k = 0; k < list.length; k++) out.push(pool.get(list[k]!, own));
  return out;
}

/** `list` with its strings copied by `own` (long, unique strings: quotes, links), as a new packed array. */
function owned(list: string[], own: Own): string[] {
  if (list.length === 0) return list;
  const out: string[] = [];
  for (let k = 0; k < list.length; k++) out.push(own(list[k]!));
  return out;
}

function compactPerson(pool: StringPool, p: Person, own: Own): void {
  p.name = pool.get(p.name, own);
  if (p.title != null) p.title = pool.get(p.title, own);
  if (p.role != null) p.role = pool.get(p.role, own);
  if (p.organisation != null) p.organisation = pool.get(p.organisation, own);
  if (Array.isArray(p.quotes)) p.quotes = owned(p.quotes, own);
}

/**
 * Flatten and intern the strings of `docs` in place (see the module comment). Returns the pool, which callers may
 * keep to intern strings of documents added later. Tolerates malformed input (non-string fields are left alone).
 */
export function compactDocuments(docs: readonly CorpusDocument[], pool = new StringPool()): StringPool {
  return compact(docs, pool, flatString);
}

/**
 * Intern only: for documents whose strings own their characters already, because they were just rebuilt by
 * structured clone (from an extraction helper) or `JSON.parse`. Such strings are flat but each occurrence is its
 * own copy, so the frequent short ones (names, sources, topic ids) are still worth sharing; copying the long ones
 * again would cost time and save nothing.
 */
export function internDocuments(docs: readonly CorpusDocument[], pool = new StringPool()): StringPool {
  return compact(docs, pool, asIs);
}

function compact(docs: readonly CorpusDocument[], pool: StringPool, own: Own): StringPool {
  for (const d of docs) {
    if (d === null || typeof d !== 'object' || Object.isFrozen(d)) continue;
    // Unique per document: flattened only (hashing them into the pool would cost time and save nothing).
    if (typeof d.id === 'string') d.id = own(d.id);
    if (typeof d.file === 'string') d.file = pool.get(d.file, own);
    if (typeof d.title === 'string') d.title = own(d.title);
    const text = d.text;
    if (typeof text === 'string') d.text = own(text);
    if (typeof d.lead === 'string') {
      // The lead is the text's first paragraph: share the text's characters when it is exactly that prefix (a
      // teaser's lead is its whole text, often the very same string: then no comparison of the characters).
      d.lead = d.lead === text ? d.text : typeof d.text === 'string' && d.text.startsWith(d.lead) ? d.text.slice(0, d.lead.length) : pool.get(d.lead, own);
    }
    // Optional fields are written only when they hold a string: assigning `undefined` to a field a document lacks
    // (a `story` before linking; any field of a document from a corpus JSON file) would add a property, and adding
    // properties was the largest part of this loop.
    if (typeof d.kicker === 'string') d.kicker = pool.get(d.kicker, own);
    if (typeof d.date === 'string') d.date = pool.get(d.date, own);
    if (typeof d.dateNote === 'string') d.dateNote = own(d.dateNote);
    if (typeof d.source === 'string') d.source = pool.get(d.source, own);
    if (typeof d.author === 'string') d.author = pool.get(d.author, own);
    if (typeof d.parent === 'string') d.parent = pool.get(d.parent, own);
    if (typeof d.story === 'string') d.story = pool.get(d.story, own);
    if (Array.isArray(d.keywords)) d.keywords = strings(pool, d.keywords, own);
    if (Array.isArray(d.links)) d.links = owned(d.links, own);
    if (Array.isArray(d.organisations)) d.organisations = strings(pool, d.organisations, own);
    if (Array.isArray(d.topics)) d.topics = strings(pool, d.topics, own);
    if (Array.isArray(d.people)) for (const p of d.people) if (p && typeof p === 'object') compactPerson(pool, p, own);
    if (Array.isArray(d.mentions)) for (const m of d.mentions) if (m && typeof m.ref === 'string') m.ref = pool.get(m.ref, own);
  }
  return pool;
}
