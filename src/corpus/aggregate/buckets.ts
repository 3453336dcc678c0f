/**
 * Time buckets (month / quarter / year) over month indexes, covering a range without gaps, so the time axis has a
 * slot for every period even when nothing was published in it.
 */
import type { Granularity } from '../../worker/api.ts';
import { monthKey } from './months.ts';

/** Months per bucket. */
const SPAN: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

/** The bucket axis for documents dated between `minMonth` and `maxMonth` (month indexes; -1 = nothing dated). */
export interface BucketAxis {
  granularity: Granularity;
  /** First month index of bucket 0. */
  origin: number;
  keys: string[];
  /** `YYYY-MM-01` of each bucket. */
  starts: string[];
}

export function bucketAxis(minMonth: number, maxMonth: number, granularity: Granularity): BucketAxis {
  const span = SPAN[granularity];
  if (minMonth < 0 || maxMonth < minMonth) return { granularity, origin: 0, keys: [], starts: [] };
  const origin = Math.floor(minMonth / span) * span;
  const keys: string[] = [];
  const starts: string[] = [];
  for (let m = origin; m <= maxMonth; m += span) {
    const mk = monthKey(m);
    starts.push(`${mk}-01`);
    keys.push(
      granularity === 'month' ? mk : granularity === 'year' ? mk.slice(0, 4) : `${mk.slice(0, 4)}-Q${(m % 12) / 3 + 1}`,
    );
  }
  return { granularity, origin, keys, starts };
}

/** Bucket number of a month index on the axis (the month must lie within the axis range). */
export function bucketOf(axis: BucketAxis, month: number): number {
  return Math.floor((month - axis.origin) / SPAN[axis.granularity]);
}
