/**
 * The one filter definition shared by every view. Charts never filter on their own: they ask for the documents
 * that pass `matchesFilter`, optionally ignoring their own dimension (cross-filter convention: a chart shows the
 * whole of its own dimension and highlights the selection, while every *other* view is narrowed by it).
 */
import type { CorpusDocument } from './types.ts';

export interface Filter {
  /** Free-text search query; empty string = no query. */
  q: string;
  /** Inclusive start month `YYYY-MM`, or null. */
  from: string | null;
  /** Inclusive end month `YYYY-MM`, or null. */
  to: string | null;
  /** Canonical organisation names; a document must mention all of them. */
  orgs: string[];
  /** Person names; a document must mention all of them. */
  people: string[];
  /** Topic ids; a document must match all of them. */
  topics: string[];
}

export type FilterDimension = 'q' | 'time' | 'orgs' | 'people' | 'topics';

export const EMPTY_FILTER: Filter = Object.freeze({
  q: '',
  from: null,
  to: null,
  orgs: [],
  people: [],
  topics: [],
}) as Filter;

export function isEmptyFilter(f: Filter): boolean {
  return !f.q.trim() && !f.from && !f.to && f.orgs.length === 0 && f.people.length === 0 && f.topics.length === 0;
}

/** Month (`YYYY-MM`) of a document date, or null for undated documents. */
export function monthOf(date: string | null): string | null {
  return date ? date.slice(0, 7) : null;
}

/**
 * Whether a document passes every dimension of the filter except `q` (text search is answered by the index,
 * which hands the set of matching ids in as `queryHits`) and except the dimension named in `ignore`.
 * A time range excludes undated documents: they cannot be shown to fall inside it.
 */
export function matchesFilter(
  doc: CorpusDocument,
  filter: Filter,
  queryHits: ReadonlySet<string> | null,
  ignore?: FilterDimension,
): boolean {
  if (ignore !== 'q' && queryHits && !queryHits.has(doc.id)) return false;
  if (ignore !== 'time' && (filter.from || filter.to)) {
    const m = monthOf(doc.date);
    if (!m) return false;
    if (filter.from && m < filter.from) return false;
    if (filter.to && m > filter.to) return false;
  }
  if (ignore !== 'orgs') {
    for (const o of filter.orgs) if (!doc.organisations.includes(o)) return false;
  }
  if (ignore !== 'people') {
    for (const p of filter.people) if (!doc.people.some((x) => x.name === p)) return false;
  }
  if (ignore !== 'topics') {
    for (const t of filter.topics) if (!doc.topics.includes(t)) return false;
  }
  return true;
}
