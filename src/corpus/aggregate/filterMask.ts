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
  // One tight pass per active dimension, each a function of its own, rather than one pass testing every dimension
  // per document: each loop stays monomorphic and is optimised whole after its first use, so even the first views
  // of a new filter shape run it quickly (a single mixed loop cost 5–16 ms on the first filters of each kind at
  // 42,000 documents; these ≈ 0.1–1 ms each).
  out.fill(0, 0, n);
  if (queryMask) failMask(queryMask, FAIL_Q, n, out);
  if (filter.from || filter.to) {
    // Open ends as small integers, not ±Infinity: a double here deoptimised the loop for the next time filter.
    const from = filter.from ? monthIndex(filter.from) : -1;
    const to = filter.to ? monthIndex(filter.to) : 0x7fffffff;
    failTime(cols.month, from, to, n, out);
  }
  const orgIds = idsOf(filter.orgs, cols.orgIndex);
  if (orgIds) failLists(cols.orgIds, orgIds, FAIL_ORGS, n, out);
  const personIds = idsOf(filter.people, cols.personIndex);
  if (personIds) failLists(cols.personIds, personIds, FAIL_PEOPLE, n, out);
  for (const id of filter.topics) {
    const mask = topicMask(id);
    if (!mask) {
      for (let i = 0; i < n; i++) out[i]! |= FAIL_TOPICS;
      break;
    }
    failMask(mask, FAIL_TOPICS, n, out);
  }
  return out;
}

/** Set `bit` for each of the first `n` documents with `mask[i] === 0`. */
function failMask(mask: Uint8Array, bit: number, n: number, out: Uint8Array): void {
  for (let i = 0; i < n; i++) if (!mask[i]) out[i]! |= bit;
}

/** Set FAIL_TIME for each of the first `n` documents undated or outside months `from … to`. */
function failTime(month: Int32Array, from: number, to: number, n: number, out: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const m = month[i]!;
    if (m < 0 || m < from || m > to) out[i]! |= FAIL_TIME;
  }
}

/** Set `bit` for each of the first `n` documents whose list lacks one of `want`. */
function failLists(lists: IdLists, want: Int32Array, bit: number, n: number, out: Uint8Array): void {
  for (let i = 0; i < n; i++) if (!containsAll(lists, i, want)) out[i]! |= bit;
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
