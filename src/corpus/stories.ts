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

/** Evidence that two documents report the same event. */
function sameEvent(a: CorpusDocument, b: CorpusDocument): boolean {
  const da = dayNumber(a.date);
  const db = dayNumber(b.date);
  if (da !== null && db !== null && Math.abs(da - db) > MAX_DAYS_APART) return false;
  const pa = new Set(a.people.map((p) => foldGerman(p.name)));
  const sharedPeople = b.people.filter((p) => pa.has(foldGerman(p.name))).length;
  const qa = new Set(a.people.flatMap((p) => p.quotes.map(quoteKey)).filter((k) => k.length >= 15));
  const sharedQuotes = b.people.flatMap((p) => p.quotes.map(quoteKey)).filter((k) => qa.has(k)).length;
  const oa = new Set(a.organisations);
  const sharedOrgs = b.organisations.filter((o) => oa.has(o)).length;
  const orgOverlap = sharedOrgs / Math.max(1, Math.min(a.organisations.length, b.organisations.length));
  return sharedPeople >= 3 || (sharedQuotes >= 1 && sharedPeople >= 1) || (sharedPeople >= 2 && orgOverlap >= 0.6);
}

/** Link documents into stories; see the module comment. Returns new document objects, input order kept. */
export function linkStories(docs: CorpusDocument[]): CorpusDocument[] {
  const n = docs.length;
  const uf = new UnionFind(n);
  // Rule 1: same title and same date (teaser twins, teaser ↔ article).
  const byTitleDate = new Map<string, number>();
  docs.forEach((d, i) => {
    if (!d.title || !d.date) return;
    const key = `${foldGerman(d.title).replace(/\s+/g, ' ').trim()}|${d.date}`;
    const j = byTitleDate.get(key);
    if (j === undefined) byTitleDate.set(key, i);
    else uf.union(i, j);
  });
  // Rule 2: candidates from shared people and quote openings (articles only: a teaser has too little text).
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (d.kind !== 'article') return;
    const keys = new Set<string>();
    for (const p of d.people) {
      keys.add(`p:${foldGerman(p.name)}`);
      for (const q of p.quotes) { const k = quoteKey(q); if (k.length >= 15) keys.add(`q:${k}`); }
    }
    for (const k of keys) {
      const list = postings.get(k);
      if (list) list.push(i); else postings.set(k, [i]);
    }
  });
  const tried = new Set<string>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const key = `${a},${b}`;
        if (tried.has(key)) continue;
        tried.add(key);
        if (uf.find(a) !== uf.find(b) && sameEvent(docs[a]!, docs[b]!)) uf.union(a, b);
      }
    }
  }
  // Representative per group: earliest dated member (ties: first in input), else the first member.
  const rep = new Map<number, number>();
  docs.forEach((d, i) => {
    const root = uf.find(i);
    const cur = rep.get(root);
    if (cur === undefined) { rep.set(root, i); return; }
    const dc = dayNumber(docs[cur]!.date);
    const di = dayNumber(d.date);
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
