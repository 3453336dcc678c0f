/**
 * The German-aware full-text index (MiniSearch) over the corpus.
 *
 * - Folding: every term goes through `foldGerman`, in documents and queries alike, so `Souveränität`,
 *   `Souveraenitaet` and `Souveranitat` are one term, and so are `Straße` and `Strasse`.
 * - Stop words are dropped on both sides (stopWords.ts); one-letter terms too.
 * - Boosts: title 3, keywords 2, organisation and person names 2, kicker 1.5, text 1.
 * - Prefix matching only for terms of ≥ 3 characters, fuzzy (0.2) only for ≥ 5: shorter terms match so many
 *   index terms that one keystroke could cost the better part of a second at 10,000 documents (GUIDE §4).
 * - Terms are combined with AND: a user who types two words expects both. When AND finds nothing for a query of
 *   several terms, `searchCorpus` falls back to OR (ranked by how many terms match) and says so in `mode`,
 *   so the UI can tell "no document has all words; showing documents with any". A silent empty dashboard after a
 *   typo in the second word is the worse failure.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { CorpusDocument } from '../types.ts';
import { foldGerman } from '../text/fold.ts';
import { isStopWord } from './stopWords.ts';
import { tokenize } from './tokenize.ts';

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

/** Default search options (see the module comment for why). */
export const SEARCH_OPTIONS: SearchOptions = {
  boost: FIELD_BOOSTS,
  prefix: (term: string) => term.length >= 3,
  fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
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
}

/** Run a query with AND and the OR fallback. An empty or stop-word-only query yields no ids. */
export function searchCorpus(index: MiniSearch<CorpusDocument>, q: string): SearchOutcome {
  let results = index.search(q);
  let mode: SearchOutcome['mode'] = 'all';
  if (results.length === 0 && queryTerms(q).length > 1) {
    results = index.search(q, { combineWith: 'OR' });
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
