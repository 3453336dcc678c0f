/**
 * Memory hygiene for documents the store keeps for the whole session.
 *
 * The reader cuts titles, teaser texts, leads, quotes and ids out of the decoded page with `slice`/`substring`. V8
 * represents such a cut as a *sliced string* that points into its parent and keeps the whole parent alive: one
 * teaser title can retain the entire decoded page (several KB, two bytes per character once the page has a „ or –).
 * Concatenations (`cons strings`) likewise keep both halves as separate objects. At 10,000 pages (≈ 42,000
 * documents) that was ≈ 90 MB of page text nobody could reach any more.
 *
 * `compactDocuments` replaces every string of every document *in place* by an equal string that owns its
 * characters, and interns short strings (names, roles, sources, keywords, ids) so that the ≈ 20,000 copies of a
 * frequent speaker's name become one. Strings are immutable values, so no reader of the documents can tell the
 * difference except by the heap.
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

  /** The pooled, flat copy of `s` (short strings), or a flat copy (long ones). */
  get(s: string): string {
    if (s.length > INTERN_MAX) return flatString(s);
    let t = this.table.get(s);
    if (t === undefined) {
      t = flatString(s);
      this.table.set(t, t);
    }
    return t;
  }

  /** Nullable variant for optional fields. */
  opt<T extends string | null | undefined>(s: T): T {
    return (typeof s === 'string' ? this.get(s) : s) as T;
  }

  get size(): number {
    return this.table.size;
  }
}

function strings(pool: StringPool, list: string[]): void {
  for (let k = 0; k < list.length; k++) list[k] = pool.get(list[k]!);
}

function compactPerson(pool: StringPool, p: Person): void {
  p.name = pool.get(p.name);
  if (p.title != null) p.title = pool.get(p.title);
  if (p.role != null) p.role = pool.get(p.role);
  if (p.organisation != null) p.organisation = pool.get(p.organisation);
  if (Array.isArray(p.quotes)) for (let k = 0; k < p.quotes.length; k++) p.quotes[k] = flatString(p.quotes[k]!);
}

/**
 * Flatten and intern the strings of `docs` in place (see the module comment). Returns the pool, which callers may
 * keep to intern strings of documents added later. Tolerates malformed input (non-string fields are left alone).
 */
export function compactDocuments(docs: readonly CorpusDocument[], pool = new StringPool()): StringPool {
  for (const d of docs) {
    if (d === null || typeof d !== 'object' || Object.isFrozen(d)) continue;
    // Unique per document: flattened only (hashing them into the pool would cost time and save nothing).
    if (typeof d.id === 'string') d.id = flatString(d.id);
    if (typeof d.file === 'string') d.file = pool.get(d.file);
    if (typeof d.title === 'string') d.title = flatString(d.title);
    if (typeof d.text === 'string') d.text = flatString(d.text);
    if (typeof d.lead === 'string') {
      // The lead is the text's first paragraph: share the text's characters when it is exactly that prefix.
      d.lead = typeof d.text === 'string' && d.text.startsWith(d.lead) ? d.text.slice(0, d.lead.length) : pool.get(d.lead);
    }
    d.kicker = pool.opt(d.kicker);
    d.date = pool.opt(d.date);
    if (typeof d.dateNote === 'string') d.dateNote = flatString(d.dateNote);
    d.source = pool.opt(d.source);
    d.author = pool.opt(d.author);
    d.parent = pool.opt(d.parent);
    d.story = pool.opt(d.story);
    if (Array.isArray(d.keywords)) strings(pool, d.keywords);
    if (Array.isArray(d.links)) for (let k = 0; k < d.links.length; k++) d.links[k] = flatString(d.links[k]!);
    if (Array.isArray(d.organisations)) strings(pool, d.organisations);
    if (Array.isArray(d.topics)) strings(pool, d.topics);
    if (Array.isArray(d.people)) for (const p of d.people) if (p && typeof p === 'object') compactPerson(pool, p);
    if (Array.isArray(d.mentions)) for (const m of d.mentions) if (m && typeof m.ref === 'string') m.ref = pool.get(m.ref);
  }
  return pool;
}
