import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forceLink, forceSimulation, forceX, forceY, randomLcg } from 'd3';
import { layoutSpeakers, LAYOUT_SEED } from '../../../src/corpus/aggregate/speakerLayout.ts';
import { forceRepel } from '../../../src/corpus/aggregate/forceRepel.ts';

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

describe('layoutSpeakers without d3 objects (up to 200 nodes)', () => {
  // The layout as it was built on d3's simulation (forceLink, forceX, forceY and the forceRepel custom force):
  // the typed-array version must give the very same bits, so pictures and snapshots do not move.
  function d3Reference(n: number, links: { source: number; target: number; weight: number }[], sizes: number[]): number[] {
    const out = new Array<number>(2 * n).fill(0.5);
    if (n <= 1) return out;
    const nodes: { x?: number; y?: number; r: number }[] = Array.from({ length: n }, (_, i) => ({ r: 4 + 3 * Math.sqrt(sizes[i] ?? 0) }));
    const maxW = links.reduce((m, l) => Math.max(m, l.weight), 1);
    const simLinks = links.map((l) => ({ ...l }));
    const sim = forceSimulation(nodes)
      .randomSource(randomLcg(LAYOUT_SEED))
      .alphaDecay(1 - Math.pow(0.001, 1 / 300))
      .force('link', forceLink<(typeof nodes)[number], (typeof simLinks)[number]>(simLinks).distance(40).strength((l) => 0.2 + 0.6 * (l.weight / maxW)))
      .force('x', forceX(0).strength(0.06))
      .force('y', forceY(0).strength(0.06))
      .stop();
    sim.force('repel', forceRepel(-60, 2));
    sim.tick(300);
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const d of nodes) [minX, maxX, minY, maxY] = [Math.min(minX, d.x!), Math.max(maxX, d.x!), Math.min(minY, d.y!), Math.max(maxY, d.y!)];
    const scale = (1 - 2 * 0.06) / (Math.max(maxX - minX, maxY - minY) || 1);
    const offX = (1 - (maxX - minX) * scale) / 2;
    const offY = (1 - (maxY - minY) * scale) / 2;
    nodes.forEach((d, i) => ((out[2 * i] = offX + (d.x! - minX) * scale), (out[2 * i + 1] = offY + (d.y! - minY) * scale)));
    return out;
  }

  it('gives bit-identical positions to the d3 simulation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 80 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            // Self-links and repeats included: they exercise d3's jiggle (seeded random) and degree counts.
            links: fc.array(fc.record({ source: fc.nat(n - 1), target: fc.nat(n - 1), weight: fc.integer({ min: 1, max: 9 }) }), { maxLength: 3 * n }),
            sizes: fc.array(fc.nat(40), { minLength: n, maxLength: n }),
          }),
        ),
        ({ n, links, sizes }) => {
          expect(Array.from(layoutSpeakers(n, links, sizes))).toEqual(d3Reference(n, links, sizes));
        },
      ),
      { numRuns: 60 },
    );
    const { links, sizes } = graph(200);
    expect(Array.from(layoutSpeakers(200, links, sizes))).toEqual(d3Reference(200, links, sizes));
  });
});
