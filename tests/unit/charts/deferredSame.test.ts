import { describe, expect, it } from 'vitest';
import { Parts, same } from '../../../src/charts/deferred.svelte.ts';

describe('Deferred: same input', () => {
  it('treats a fresh object literal with identical fields as unchanged', () => {
    const data = { series: [] };
    expect(same({ data, granularity: 'month' }, { data, granularity: 'month' })).toBe(true);
  });
  it('sees a changed field, a new field, or a different object', () => {
    const data = { series: [] };
    expect(same({ data, granularity: 'month' }, { data, granularity: 'year' })).toBe(false);
    expect(same({ data, granularity: 'month' }, { data: { series: [] }, granularity: 'month' })).toBe(false);
    expect(same({ data }, { data, granularity: 'month' })).toBe(false);
    expect(same([1], [1])).toBe(false);
    expect(same(null, {})).toBe(false);
  });
});

describe('Parts without a DOM', () => {
  it('has every part at once (server rendering and snapshots draw the whole chart)', () => {
    const parts = new Parts(3, 'test');
    expect([0, 1, 2].map((k) => parts.has(k))).toEqual([true, true, true]);
    expect(parts.has(3)).toBe(false);
  });
});
