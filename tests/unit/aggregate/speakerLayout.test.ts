import { describe, expect, it } from 'vitest';
import { layoutSpeakers } from '../../../src/corpus/aggregate/speakerLayout.ts';

function graph(n: number) {
  const links: { source: number; target: number; weight: number }[] = [];
  for (let i = 1; i < n; i++) links.push({ source: Math.floor((i * 7) % i), target: i, weight: 1 + (i % 3) });
  for (let i = 0; i + 5 < n; i += 4) links.push({ source: i, target: i + 5, weight: 1 });
  return { links, sizes: Array.from({ length: n }, (_, i) => i % 6) };
}

describe('layoutSpeakers', () => {
  it('is deterministic: the same graph gives identical positions', () => {
    const { links, sizes } = graph(60);
    const a = layoutSpeakers(60, links, sizes);
    const b = layoutSpeakers(60, links.map((l) => ({ ...l })), [...sizes]);
    expect(Array.from(b)).toEqual(Array.from(a));
  });

  it('normalises positions into the unit square and spreads nodes', () => {
    const { links, sizes } = graph(60);
    const xy = Array.from(layoutSpeakers(60, links, sizes));
    for (const v of xy) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    const xs = xy.filter((_, i) => i % 2 === 0);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.5);
  });

  it.each([0, 1])('handles %i nodes', (n) => {
    expect(Array.from(layoutSpeakers(n, [], []))).toEqual(new Array(2 * n).fill(0.5));
  });

  it('does not depend on what ran before (no shared random state)', () => {
    const { links, sizes } = graph(20);
    const first = Array.from(layoutSpeakers(20, links, sizes));
    layoutSpeakers(60, graph(60).links, graph(60).sizes);
    expect(Array.from(layoutSpeakers(20, links, sizes))).toEqual(first);
  });

  it('lays out 60 nodes quickly (timing printed, not asserted)', () => {
    const { links, sizes } = graph(60);
    layoutSpeakers(60, links, sizes);
    const t0 = performance.now();
    for (let k = 0; k < 10; k++) layoutSpeakers(60, links, sizes);
    console.log(`layoutSpeakers(60 nodes, ${links.length} links), warm: ${((performance.now() - t0) / 10).toFixed(1)} ms`);
  });
});

describe('createLayoutCache', () => {
  it('returns the same positions as the uncached layout, and copies', async () => {
    const { createLayoutCache } = await import('../../../src/corpus/aggregate/speakerLayout.ts');
    const cached = createLayoutCache(2);
    const { links, sizes } = graph(30);
    const plain = Array.from(layoutSpeakers(30, links, sizes));
    const a = cached(30, links, sizes);
    a[0] = 99;
    expect(Array.from(cached(30, links, sizes))).toEqual(plain);
  });
});
