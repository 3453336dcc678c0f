import { describe, expect, it } from 'vitest';
import { bucketAxis, bucketOf } from '../../../src/corpus/aggregate/buckets.ts';
import { monthIndex, monthKey } from '../../../src/corpus/aggregate/months.ts';

describe('months', () => {
  it.each([
    ['2019-11-25', '2019-11'],
    ['2021-04', '2021-04'],
    ['2000-01-01', '2000-01'],
  ])('%s is month %s', (date, key) => expect(monthKey(monthIndex(date))).toBe(key));
  it.each([null, '', '2021', '2021-13', 'abcd-ef'])('%j is undated', (d) => expect(monthIndex(d)).toBe(-1));
});

describe('bucketAxis', () => {
  const min = monthIndex('2019-11');
  const max = monthIndex('2021-02');
  it.each([
    ['month', 16, '2019-11', '2019-11-01', '2021-02'],
    ['quarter', 6, '2019-Q4', '2019-10-01', '2021-Q1'],
    ['year', 3, '2019', '2019-01-01', '2021'],
  ] as const)('%s: %i buckets from %s (%s) to %s, without gaps', (g, n, first, start, last) => {
    const axis = bucketAxis(min, max, g);
    expect(axis.keys).toHaveLength(n);
    expect(axis.keys[0]).toBe(first);
    expect(axis.starts[0]).toBe(start);
    expect(axis.keys.at(-1)).toBe(last);
    expect(bucketOf(axis, max)).toBe(n - 1);
  });
  it('is empty when nothing is dated', () => expect(bucketAxis(-1, -1, 'month').keys).toEqual([]));
});
