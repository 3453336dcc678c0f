/**
 * What a click means for the filter, per chart: pure functions from the current selection to the next one, so the
 * components only forward the result to their callback (and tests need no DOM).
 */
import type { BucketGeom } from '../layout/topicLines.ts';

/** Click on an organisation label (or node): select only it, or remove it when it was selected. */
export function toggleOrg(selected: readonly string[], name: string): string[] {
  return selected.includes(name) ? selected.filter((o) => o !== name) : [name];
}

/** Click on a matrix cell: select the pair, or clear when exactly that pair was selected. */
export function selectPair(selected: readonly string[], a: string, b: string): string[] {
  if (a === b) return toggleOrg(selected, a);
  return selected.length === 2 && selected.includes(a) && selected.includes(b) ? [] : [a, b];
}

/**
 * Click (or Enter) on a time bucket: the bucket becomes the range; clicking the range's only bucket clears it;
 * with `extend` (Shift) the current range grows to include the bucket.
 */
export function selectBucket(
  from: string | null,
  to: string | null,
  b: Pick<BucketGeom, 'firstMonth' | 'lastMonth'>,
  extend: boolean,
): [string | null, string | null] {
  if (extend && (from || to)) {
    // An open end stays open: it already includes the bucket on that side.
    return [
      from === null ? null : from < b.firstMonth ? from : b.firstMonth,
      to === null ? null : to > b.lastMonth ? to : b.lastMonth,
    ];
  }
  if (from === b.firstMonth && to === b.lastMonth) return [null, null];
  return [b.firstMonth, b.lastMonth];
}
