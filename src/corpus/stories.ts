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
  const linker = new StoryLinker();
  for (let i = 0; i < docs.length; i++) linker.add(docs[i]!);
  return linker.link();
}

/**
 * Story linking one document at a time, as documents arrive (a large load's batches, while others are still
 * being analysed): the keys of both rules are posted, the candidates compared and the output copies made in `add`;
 * `link` only joins the groups and writes the stories once every document is there. The result is `linkStories`
 * of the documents in the order added.
 */
export class StoryLinker {
  /** The documents added, as the new objects `link` returns (`story` written there). */
  private docs: CorpusDocument[] = [];
  /** Day numbers of the documents' dates as added. */
  private days: (number | null)[] = [];
  // Names, titles and quotes recur across a corpus (a teaser's title on every page listing it): each distinct
  // string is folded and keyed once, and the key strings are built once, not per document (at 40,000 documents the
  // per-document folding, concatenating and hashing of fresh key strings was most of the linking).
  private fold = memo(foldGerman);
  private key = memo(quoteKey);
  private titleKey = memo((t: string) => this.fold(t).replace(/\s+/g, ' ').trim());
  private personKey = memo((name: string) => `p:${this.fold(name)}`);
  private quotePosting = memo((q: string) => { const k = this.key(q); return k.length >= 15 ? `q:${k}` : null; });
  private day = memo((date: string) => dayNumber(date));
  /** Rule 1: folded title → date → the first document with both. */
  private byTitleDate = new Map<string, Map<string, number>>();
  /** Rule 1's pairs, as (document, the first one with its title and date), flat. */
  private twins: number[] = [];
  /** Rule 2: person and quote keys → the articles having them, in order. */
  private postings = new Map<string, number[]>();
  private keys = new Set<string>();
  private representatives: Int32Array | null = null;

  /** Add the next document. */
  add(d: CorpusDocument): void {
    const i = this.docs.length;
    this.docs.push({ ...d, story: d.id });
    this.days.push(d.date ? this.day(d.date) : null);
    // Rule 1: same title and same date (teaser twins, teaser ↔ article).
    if (d.title && d.date) {
      const t = this.titleKey(d.title);
      let byDate = this.byTitleDate.get(t);
      if (!byDate) this.byTitleDate.set(t, (byDate = new Map()));
      const j = byDate.get(d.date);
      if (j === undefined) byDate.set(d.date, i);
      else this.twins.push(i, j);
    }
    // Rule 2: candidates from shared people and quote openings (articles only: a teaser has too little text).
    if (d.kind !== 'article') return;
    const keys = this.keys;
    keys.clear();
    for (const p of d.people) {
      keys.add(this.personKey(p.name));
      for (const q of p.quotes) { const k = this.quotePosting(q); if (k !== null) keys.add(k); }
    }
    for (const k of keys) {
      const list = this.postings.get(k);
      if (list) list.push(i); else this.postings.set(k, [i]);
    }
  }

  /** The documents added, in that order, as new objects with their stories (see the module comment). */
  link(): CorpusDocument[] {
    const docs = this.docs;
    const n = docs.length;
    const uf = new UnionFind(n);
    for (let k = 0; k < this.twins.length; k += 2) uf.union(this.twins[k]!, this.twins[k + 1]!);
    // Compared here, not as documents arrive: which keys stay under MAX_POSTINGS is known only now, and comparing
    // under every key as it filled up (and pairs already joined) was 2.5 times the work of the whole `add`.
    // Features only for documents that meet another one under a shared key; pairs as numbers, not strings.
    const feats = new Map<number, Features>();
    const feat = (i: number): Features => {
      let f = feats.get(i);
      if (!f) { f = features(docs[i]!, this.fold, this.key); feats.set(i, f); }
      return f;
    };
    const tried = new Set<number>();
    for (const list of this.postings.values()) {
      if (list.length < 2 || list.length > MAX_POSTINGS) continue;
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const a = list[x]!;
          const b = list[y]!;
          const pair = a * n + b;
          if (tried.has(pair)) continue;
          tried.add(pair);
          if (uf.find(a) !== uf.find(b) && sameEvent(feat(a), feat(b))) uf.union(a, b);
        }
      }
    }
    // Representative per group: earliest dated member (ties: first in input), else the first member.
    const days = this.days;
    const repOfRoot = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const root = uf.find(i);
      const cur = repOfRoot[root]!;
      if (cur < 0) { repOfRoot[root] = i; continue; }
      const dc = days[cur] ?? null;
      const di = days[i] ?? null;
      if (di !== null && (dc === null || di < dc)) repOfRoot[root] = i;
    }
    // The copies are this linker's own (made in `add`): written in place. A representative is dated or gives no
    // date, so none is changed before a member reads it.
    const reps = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const ri = repOfRoot[uf.find(i)]!;
      reps[i] = ri;
      const d = docs[i]!;
      const r = docs[ri]!;
      d.story = r.id;
      if (!d.date && r !== d && r.date) {
        d.date = r.date;
        d.dateSource = 'inferred';
        d.dateNote = `Datum des Parallelberichts ${r.file}${r.title ? ` („${r.title}“)` : ''}`;
      }
    }
    this.representatives = reps;
    return docs;
  }

  /**
   * After `link`: per document, the position of its story's representative (the document whose id is its
   * `story`), for numbering stories without looking their ids up.
   */
  get storyRepresentatives(): Int32Array {
    if (this.representatives === null) throw new Error('StoryLinker: link() first');
    return this.representatives;
  }
}

/** Number of distinct stories in `docs` (after {@link linkStories}); documents without a story count alone. */
export function countStories(docs: CorpusDocument[]): number {
  return new Set(docs.map((d) => d.story ?? d.id)).size;
}
