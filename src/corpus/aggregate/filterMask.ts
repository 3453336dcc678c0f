/**
 * The filter of filter.ts evaluated for every document at once, as a bit mask of the dimensions a document fails.
 * A chart that ignores its own dimension D keeps the documents with `(fails & ~D) === 0`; the document list keeps
 * `fails === 0`. Same semantics as `matchesFilter` (a property test holds them equal), computed on the columns in
 * one pass instead of string searches per document and chart.
 */
import type { Filter, FilterDimension } from '../filter.ts';
import type { CorpusColumns, IdLists } from './columns.ts';
import { monthIndex } from './months.ts';

export const FAIL_Q = 1;
export const FAIL_TIME = 2;
export const FAIL_ORGS = 4;
export const FAIL_PEOPLE = 8;
export const FAIL_TOPICS = 16;

/** The bit of a filter dimension. */
export function dimensionBit(d: FilterDimension): number {
  switch (d) {
    case 'q':
      return FAIL_Q;
    case 'time':
      return FAIL_TIME;
    case 'orgs':
      return FAIL_ORGS;
    case 'people':
      return FAIL_PEOPLE;
    case 'topics':
      return FAIL_TOPICS;
  }
}

/**
 * Fill `out` (length = number of documents) with the failed-dimension bits of each document.
 * `queryMask`: 1 for documents the search matched, or null when there is no query.
 * `topicMask(id)`: 1 for documents in topic `id` (null for an unknown topic: no document passes it).
 */
export function computeFails(
  cols: CorpusColumns,
  filter: Filter,
  queryMask: Uint8Array | null,
  topicMask: (topicId: string) => Uint8Array | null,
  out: Uint8Array,
): Uint8Array {
  const n = cols.docs.length;
  const timed = Boolean(filter.from || filter.to);
  const from = filter.from ? monthIndex(filter.from) : -Infinity;
  const to = filter.to ? monthIndex(filter.to) : Infinity;
  const orgIds = idsOf(filter.orgs, cols.orgIndex);
  const personIds = idsOf(filter.people, cols.personIndex);
  const topics = filter.topics.map(topicMask);
  for (let i = 0; i < n; i++) {
    let f = 0;
    if (queryMask && !queryMask[i]) f |= FAIL_Q;
    if (timed) {
      const m = cols.month[i]!;
      if (m < 0 || m < from || m > to) f |= FAIL_TIME;
    }
    if (orgIds && !containsAll(cols.orgIds, i, orgIds)) f |= FAIL_ORGS;
    if (personIds && !containsAll(cols.personIds, i, personIds)) f |= FAIL_PEOPLE;
    for (const t of topics) {
      if (!t || !t[i]) {
        f |= FAIL_TOPICS;
        break;
      }
    }
    out[i] = f;
  }
  return out;
}

/** Ids of the names; -1 for a name no document has (then nothing passes). Null when the list is empty. */
function idsOf(names: string[], index: ReadonlyMap<string, number>): Int32Array | null {
  if (names.length === 0) return null;
  return Int32Array.from(names, (n) => index.get(n) ?? -1);
}

/** True when document `i`'s list has every id of `want`. */
function containsAll(lists: IdLists, i: number, want: Int32Array): boolean {
  const { starts, values } = lists;
  const from = starts[i]!;
  const to = starts[i + 1]!;
  for (let k = 0; k < want.length; k++) {
    let j = from;
    while (j < to && values[j] !== want[k]) j++;
    if (j === to) return false;
  }
  return true;
}
