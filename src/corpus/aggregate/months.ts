/**
 * Months as small integers (`year * 12 + month - 1`), so time filters and buckets are integer compares
 * instead of string slicing per document and view.
 */

/** Month index of `YYYY-MM` or `YYYY-MM-DD`; -1 for null or a malformed date. */
export function monthIndex(date: string | null | undefined): number {
  if (!date || date.length < 7 || date[4] !== '-') return -1;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 1 || m > 12) return -1;
  return y * 12 + m - 1;
}

/** `YYYY-MM` of a month index. */
export function monthKey(index: number): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}
