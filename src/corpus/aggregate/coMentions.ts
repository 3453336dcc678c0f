/**
 * Organisations mentioned together: the top-N organisations by number of documents among the filtered documents
 * (ignoring the organisation filter, so the matrix keeps showing the context of a selection), plus every
 * selected organisation, even outside the top N. Counts are per document.
 */
import type { CoMentionMatrix } from '../../worker/api.ts';
import type { CorpusColumns } from './columns.ts';
import { FAIL_ORGS } from './filterMask.ts';
import { seriate } from './seriation.ts';

/** Titles listed per matrix cell (newest first). */
export const CELL_TITLES = 5;

/**
 * Build the matrix over documents with `(fails & ~FAIL_ORGS) === 0`. Ranking ties go to the name (German collation
 * is not needed for a tie-break, code-unit order keeps it cheap and stable).
 */
export function coMentions(
  cols: CorpusColumns,
  fails: Uint8Array,
  topN: number,
  selected: readonly string[],
): CoMentionMatrix {
  const docCount = new Int32Array(cols.orgNames.length);
  countOrganisations(cols, fails, docCount);
  const chosen = topOrganisations(cols, docCount, topN, selected);
  const pos = new Int32Array(cols.orgNames.length).fill(-1);
  chosen.forEach((id, p) => (pos[id] = p));
  const m = chosen.length;
  // Flat m × m arrays indexed `pa * m + pb`: the per-pair work is a few array writes, no Map lookups. `cells`
  // lists the pairs (`min * m + max`) in the order they were first seen, which orders `cellTitles` as before.
  const flat = new Int32Array(m * m);
  const titles: (number[] | undefined)[] = new Array(m * m);
  const cells: number[] = [];
  countPairs(cols, fails, pos, m, flat, titles, cells);
  const counts: number[][] = Array.from({ length: m }, (_, p) => Array.from(flat.subarray(p * m, p * m + m)));
  const seq = seriate(counts);
  const rank = new Int32Array(m);
  seq.forEach((p, r) => (rank[p] = r));
  const cellTitles: CoMentionMatrix['cellTitles'] = {};
  for (const key of cells) {
    const ra = rank[Math.floor(key / m)]!;
    const rb = rank[key % m]!;
    cellTitles[`${Math.min(ra, rb)},${Math.max(ra, rb)}`] = titles[key]!.map((i) => {
      const d = cols.docs[i]!;
      return { id: d.id, title: d.title, date: d.date };
    });
  }
  return {
    orgs: seq.map((p) => ({ name: cols.orgNames[chosen[p]!]!, count: counts[p]![p]! })),
    counts: seq.map((p) => seq.map((q) => counts[p]![q]!)),
    cellTitles,
  };
}

/*
 * The two passes over all documents are functions of their own, one loop each: in one function V8 optimised the
 * first loop on the fly, dropped that code at the first statement after it (no type feedback there yet) and ran
 * the second loop unoptimised, on every call of a new filter's first views (--trace-deopt).
 */

/** Documents per organisation id among those the matrix counts (the organisation filter ignored). */
function countOrganisations(cols: CorpusColumns, fails: Uint8Array, docCount: Int32Array): void {
  const keep = ~FAIL_ORGS;
  const n = cols.docs.length;
  const { starts, values } = cols.orgIds;
  for (let i = 0; i < n; i++) {
    if ((fails[i]! & keep) !== 0) continue;
    for (let k = starts[i]!, end = starts[i + 1]!; k < end; k++) docCount[values[k]!]!++;
  }
}

/**
 * Co-mention counts of the `m` chosen organisations (`pos`: id → row, -1 when not chosen) into `flat`, and the
 * newest `CELL_TITLES` documents per pair into `titles` (pairs listed in `cells` as first seen).
 */
function countPairs(
  cols: CorpusColumns,
  fails: Uint8Array,
  pos: Int32Array,
  m: number,
  flat: Int32Array,
  titles: (number[] | undefined)[],
  cells: number[],
): void {
  const keep = ~FAIL_ORGS;
  const { starts, values } = cols.orgIds;
  const local = new Int32Array(m);
  const order = cols.byDateDesc;
  // Newest first, so the titles kept per cell are the most recent ones.
  for (let r = 0; r < order.length; r++) {
    const i = order[r]!;
    if ((fails[i]! & keep) !== 0) continue;
    let len = 0;
    for (let k = starts[i]!, end = starts[i + 1]!; k < end; k++) {
      const p = pos[values[k]!]!;
      if (p >= 0) local[len++] = p;
    }
    for (let a = 0; a < len; a++) {
      const pa = local[a]!;
      flat[pa * m + pa]!++;
      for (let b = a + 1; b < len; b++) {
        const pb = local[b]!;
        flat[pa * m + pb]!++;
        flat[pb * m + pa]!++;
        const key = pa < pb ? pa * m + pb : pb * m + pa;
        let list = titles[key];
        if (!list) {
          titles[key] = list = [];
          cells.push(key);
        }
        if (list.length < CELL_TITLES) list.push(i);
      }
    }
  }
}

/** Top `topN` organisation ids with at least one document, then the selected ones not among them. */
function topOrganisations(cols: CorpusColumns, docCount: Int32Array, topN: number, selected: readonly string[]): number[] {
  const ids: number[] = [];
  for (let id = 0; id < docCount.length; id++) if (docCount[id]! > 0) ids.push(id);
  ids.sort((a, b) => docCount[b]! - docCount[a]! || (cols.orgNames[a]! < cols.orgNames[b]! ? -1 : 1));
  const chosen = ids.slice(0, Math.max(0, topN));
  for (const name of selected) {
    const id = cols.orgIndex.get(name);
    if (id !== undefined && !chosen.includes(id)) chosen.push(id);
  }
  return chosen;
}
