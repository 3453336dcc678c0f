/**
 * The German-aware full-text index (MiniSearch) over the corpus.
 *
 * - Folding: every term goes through `foldGerman`, in documents and queries alike, so `Souveränität`,
 *   `Souveraenitaet` and `Souveranitat` are one term, and so are `Straße` and `Strasse`.
 * - Stop words are dropped on both sides (stopWords.ts); one-letter terms too.
 * - Boosts: title 3, keywords 2, organisation and person names 2, kicker 1.5, text 1.
 * - Prefix matching only for the last word of the query (the one being typed; all terms of a compound such as
 *   `Schul-IT`) and only for terms of ≥ 3 characters; the words before it were typed in full and match exactly or
 *   fuzzily. Fuzzy matching only for terms of ≥ 5 characters, at most one edit up to 8 characters and two above.
 *   Shorter terms, prefixes of finished words and wide edit distances match so many index terms that one keystroke
 *   could cost the better part of a second at 10,000 documents (GUIDE §4), and they mostly add noise.
 * - Terms are combined with AND: a user who types two words expects both. When AND finds nothing for a query of
 *   several terms, `searchCorpus` falls back to OR (ranked by how many terms match) and says so in `mode`,
 *   so the UI can tell "no document has all words; showing documents with any". A silent empty dashboard after a
 *   typo in the second word is the worse failure.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { CorpusDocument } from '../types.ts';
import { foldGerman } from '../text/fold.ts';
import { isStopWord } from './stopWords.ts';
import { tokenize, wordSpans } from './tokenize.ts';
import { leanSearch, type LeanTermSpec } from './leanQuery.ts';

/** The fields indexed, in the shape MiniSearch reads them. */
export const SEARCH_FIELDS = ['title', 'kicker', 'keywords', 'organisations', 'people', 'text'] as const;

/** Field boosts (meaning: relative weight of a match in that field; text = 1). */
export const FIELD_BOOSTS: Record<string, number> = {
  title: 3,
  kicker: 1.5,
  keywords: 2,
  organisations: 2,
  people: 2,
  text: 1,
};

/** Fold a raw token; null drops it (stop words, single characters). */
export function processTerm(term: string): string | null {
  const t = foldGerman(term);
  if (t.length < 2 || isStopWord(t)) return null;
  return t;
}

function extractField(doc: CorpusDocument, field: string): string {
  switch (field) {
    case 'id':
      return doc.id;
    case 'keywords':
      return doc.keywords.join('\n');
    case 'organisations':
      return doc.organisations.join('\n');
    case 'people':
      return doc.people.map((p) => p.name).join('\n');
    case 'kicker':
      return doc.kicker ?? '';
    default: {
      const v = (doc as unknown as Record<string, unknown>)[field];
      return typeof v === 'string' ? v : '';
    }
  }
}

/** Shortest term matched by prefix. */
export const MIN_PREFIX_LENGTH = 3;
/** Shortest term matched fuzzily. */
export const MIN_FUZZY_LENGTH = 5;

/** Edit distance allowed for a (folded) query term: none below 5 characters, 1 up to 8, 2 above. */
export function fuzzyDistance(term: string): number | false {
  if (term.length < MIN_FUZZY_LENGTH) return false;
  return term.length <= 8 ? 1 : 2;
}

/**
 * Default search options (see the module comment for why). The prefix rule here cannot see the query's words, so
 * it allows prefixes for every term; `searchCorpus` narrows it to the last word.
 */
export const SEARCH_OPTIONS: SearchOptions = {
  boost: FIELD_BOOSTS,
  prefix: (term: string) => term.length >= MIN_PREFIX_LENGTH,
  fuzzy: (term: string) => fuzzyDistance(term),
  maxFuzzy: 2,
  combineWith: 'AND',
};

/** MiniSearch options; the same object must be used to build and to load a serialised index. */
export const INDEX_OPTIONS: Options<CorpusDocument> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  extractField: extractField as Options<CorpusDocument>['extractField'],
  tokenize,
  processTerm,
  searchOptions: SEARCH_OPTIONS,
};

/** A new, empty index. */
export function createSearchIndex(): MiniSearch<CorpusDocument> {
  return new MiniSearch<CorpusDocument>(INDEX_OPTIONS);
}

/** Load an index serialised with `index.toJSON()` (the plain object, as stored in `CorpusFile.searchIndex`). */
export function loadSearchIndex(serialised: unknown): MiniSearch<CorpusDocument> {
  const js = typeof serialised === 'string' ? JSON.parse(serialised) : serialised;
  return MiniSearch.loadJS<CorpusDocument>(js as Parameters<typeof MiniSearch.loadJS>[0], INDEX_OPTIONS);
}

/** The answer to one query: matching ids, best first, and the folded index terms that matched. */
export interface SearchOutcome {
  /** Document ids, best first. */
  ids: string[];
  /** Folded index terms that matched in any hit (for snippet highlighting). */
  terms: Set<string>;
  /** `all`: every query term matched (AND). `any`: AND found nothing, these are OR results. */
  mode: 'all' | 'any';
  /** The hits as the index's internal document numbers, when the lean executor answered (see leanQuery.ts). */
  docs?: Int32Array;
}

/**
 * The options for one query: prefix matching only for the terms of its last word (`lastWordStart` = index of the
 * first of them among the query's terms, as `queryTerms` lists them).
 */
function queryOptions(lastWordStart: number, combineWith: 'AND' | 'OR'): SearchOptions {
  return {
    prefix: (term: string, i: number) => i >= lastWordStart && term.length >= MIN_PREFIX_LENGTH,
    combineWith,
  };
}

/**
 * Run a query with AND and the OR fallback. An empty or stop-word-only query yields no ids. Runs on the lean
 * executor (leanQuery.ts: same expansion and scores, no result object per hit); `search()` if it cannot.
 */
export function searchCorpus(index: MiniSearch<CorpusDocument>, q: string): SearchOutcome {
  const { terms: qTerms, lastWordStart } = queryTermsByWord(q);
  if (qTerms.length === 0) return { ids: [], terms: new Set(), mode: 'all' };
  const specs: LeanTermSpec[] = qTerms.map((term, i) => ({
    term,
    prefix: i >= lastWordStart && term.length >= MIN_PREFIX_LENGTH,
    fuzzy: fuzzyDistance(term) || 0,
  }));
  let lean = leanSearch(index, specs, FIELD_BOOSTS, true);
  if (lean) {
    if (lean.ids.length > 0 || qTerms.length === 1) return { ...lean, mode: 'all' };
    lean = leanSearch(index, specs, FIELD_BOOSTS, false)!;
    return { ...lean, mode: 'any' };
  }
  return searchWithMiniSearch(index, q, lastWordStart, qTerms.length);
}

/** `searchCorpus` through `MiniSearch.search` (the reference the lean executor must agree with). */
export function searchWithMiniSearch(
  index: MiniSearch<CorpusDocument>,
  q: string,
  lastWordStart = queryTermsByWord(q).lastWordStart,
  termCount = queryTerms(q).length,
): SearchOutcome {
  let results = index.search(q, queryOptions(lastWordStart, 'AND'));
  let mode: SearchOutcome['mode'] = 'all';
  if (results.length === 0 && termCount > 1) {
    results = index.search(q, queryOptions(lastWordStart, 'OR'));
    mode = 'any';
  }
  const terms = new Set<string>();
  const ids: string[] = new Array(results.length);
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    ids[i] = r.id as string;
    for (const t of r.terms) terms.add(t);
  }
  return { ids, terms, mode };
}

/** The folded, stop-word-free terms of a query, as the index sees them. */
export function queryTerms(q: string): string[] {
  const out: string[] = [];
  for (const tok of tokenize(q)) {
    const t = processTerm(tok);
    if (t) out.push(t);
  }
  return out;
}

/**
 * `queryTerms`, and where the terms of the query's last word begin (a compound's parts belong to its word). The
 * order is MiniSearch's: `tokenize` then `processTerm`, so `lastWordStart` indexes the terms its callbacks see.
 */
export function queryTermsByWord(q: string): { terms: string[]; lastWordStart: number } {
  const terms: string[] = [];
  let lastWordStart = 0;
  let wordEnd = -1;
  for (const w of wordSpans(q)) {
    // Parts of a compound lie inside the compound's span, which came first.
    if (w.start >= wordEnd) {
      lastWordStart = terms.length;
      wordEnd = w.end;
    }
    const t = processTerm(w.word);
    if (t) terms.push(t);
  }
  return { terms, lastWordStart };
}
