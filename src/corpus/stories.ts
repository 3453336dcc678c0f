/**
 * Stories: documents that report the same event share a `story` id, so charts can count stories rather than
 * copies. Two rules:
 * - the same teaser listed on two pages (or a teaser and its article): same folded title and same date;
 * - two reports of one event: they share people and quotes (or several people and most organisations), with
 *   compatible dates. Candidates come from an inverted index on people names and quote openings, with very
 *   common keys skipped, so the work grows with the number of real overlaps, not with all pairs.
 * Every document's `story` is the id of the group's representative (the earliest dated member, else the first);
 * an undated member borrows the representative's date with `dateSource: 'inferred'` and a `dateNote`.
 */
import type { CorpusDocument } from './types.ts';
import { foldGerman } from './text/fold.ts';

/** Keys shared by more documents than this are not evidence of one event (a minister quoted everywhere). */
const MAX_POSTINGS = 40;
/** Two dated reports of one event are at most this many days apart. */
const MAX_DAYS_APART = 21;

const quoteKey = (q: string): string => foldGerman(q).replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim().slice(0, 30);

function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 15) / 86_400_000;
}

class UnionFind {
  private parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** What {@link sameEvent} compares, folded once per document (not once per candidate pair). */
interface Features {
  day: number | null;
  /** Folded names, one per person entry (repeats kept: each counts). */
  people: string[];
  peopleSet: Set<string>;
  /** Quote keys long enough to be evidence. */
  quotes: string[];
  quoteSet: Set<string>;
  orgs: string[];
  orgSet: Set<string>;
}

function features(d: CorpusDocument, fold: (s: string) => string, key: (q: string) => string): Features {
  const people = d.people.map((p) => fold(p.name));
  const quotes = d.people.flatMap((p) => p.quotes.map(key)).filter((k) => k.length >= 15);
  return {
    day: dayNumber(d.date), people, peopleSet: new Set(people), quotes, quoteSet: new Set(quotes),
    orgs: d.organisations, orgSet: new Set(d.organisations),
  };
}

/** `f` with its results kept per argument (strings that recur across a corpus). */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined && !seen.has(s)) { v = f(s); seen.set(s, v); }
    return v as T;
  };
}

/** Evidence that two documents report the same event. */
function sameEvent(a: Features, b: Features): boolean {
  if (a.day !== null && b.day !== null && Math.abs(a.day - b.day) > MAX_DAYS_APART) return false;
  let sharedPeople = 0;
  for (const p of b.people) if (a.peopleSet.has(p)) sharedPeople++;
  let sharedQuotes = 0;
  for (const k of b.quotes) if (a.quoteSet.has(k)) sharedQuotes++;
  let sharedOrgs = 0;
  for (const o of b.orgs) if (a.orgSet.has(o)) sharedOrgs++;
  const orgOverlap = sharedOrgs / Math.max(1, Math.min(a.orgs.length, b.orgs.length));
  return sharedPeople >= 3 || (sharedQuotes >= 1 && sharedPeople >= 1) || (sharedPeople >= 2 && orgOverlap >= 0.6);
}

/** Link documents into stories; see the module comment. Returns new document objects, input order kept. */
export function linkStories(docs: CorpusDocument[]): CorpusDocument[] {
  const n = docs.length;
  const uf = new UnionFind(n);
  // Names, titles and quotes recur across a corpus (a teaser's title on every page listing it): each distinct
  // string is folded and keyed once, and the key strings are built once, not per document (at 40,000 documents the
  // per-document folding, concatenating and hashing of fresh key strings was most of this function).
  const fold = memo(foldGerman);
  const key = memo(quoteKey);
  const titleKey = memo((t: string) => fold(t).replace(/\s+/g, ' ').trim());
  const personKey = memo((name: string) => `p:${fold(name)}`);
  const quotePosting = memo((q: string) => { const k = key(q); return k.length >= 15 ? `q:${k}` : null; });
  // Rule 1: same title and same date (teaser twins, teaser ↔ article).
  const byTitleDate = new Map<string, Map<string, number>>();
  docs.forEach((d, i) => {
    if (!d.title || !d.date) return;
    const t = titleKey(d.title);
    let byDate = byTitleDate.get(t);
    if (!byDate) byTitleDate.set(t, (byDate = new Map()));
    const j = byDate.get(d.date);
    if (j === undefined) byDate.set(d.date, i);
    else uf.union(i, j);
  });
  // Rule 2: candidates from shared people and quote openings (articles only: a teaser has too little text).
  const postings = new Map<string, number[]>();
  const keys = new Set<string>();
  docs.forEach((d, i) => {
    if (d.kind !== 'article') return;
    keys.clear();
    for (const p of d.people) {
      keys.add(personKey(p.name));
      for (const q of p.quotes) { const k = quotePosting(q); if (k !== null) keys.add(k); }
    }
    for (const k of keys) {
      const list = postings.get(k);
      if (list) list.push(i); else postings.set(k, [i]);
    }
  });
  // Features only for documents that meet another one under a shared key; pairs as numbers, not strings.
  const feats = new Map<number, Features>();
  const feat = (i: number): Features => {
    let f = feats.get(i);
    if (!f) { f = features(docs[i]!, fold, key); feats.set(i, f); }
    return f;
  };
  const tried = new Set<number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const key = a * n + b;
        if (tried.has(key)) continue;
        tried.add(key);
        if (uf.find(a) !== uf.find(b) && sameEvent(feat(a), feat(b))) uf.union(a, b);
      }
    }
  }
  // Representative per group: earliest dated member (ties: first in input), else the first member. Day numbers
  // once per document (a regex and a date computation each), not once per comparison.
  const day = memo((date: string) => dayNumber(date));
  const days = docs.map((d) => (d.date ? day(d.date) : null));
  const rep = new Map<number, number>();
  docs.forEach((_, i) => {
    const root = uf.find(i);
    const cur = rep.get(root);
    if (cur === undefined) { rep.set(root, i); return; }
    const dc = days[cur] ?? null;
    const di = days[i] ?? null;
    if (di !== null && (dc === null || di < dc)) rep.set(root, i);
  });
  return docs.map((d, i) => {
    const r = docs[rep.get(uf.find(i))!]!;
    const out: CorpusDocument = { ...d, story: r.id };
    if (!d.date && r !== d && r.date) {
      out.date = r.date;
      out.dateSource = 'inferred';
      out.dateNote = `Datum des Parallelberichts ${r.file}${r.title ? ` („${r.title}“)` : ''}`;
    }
    return out;
  });
}

/** Number of distinct stories in `docs` (after {@link linkStories}); documents without a story count alone. */
export function countStories(docs: CorpusDocument[]): number {
  return new Set(docs.map((d) => d.story ?? d.id)).size;
}
