/**
 * A seeded, headless force layout for the speaker network: built with `.stop()`, stepped with `.tick(n)`, random
 * jiggle from `randomLcg(seed)`, so the same graph gives the same positions in the worker, in Node and in tests.
 * Positions are scaled uniformly (keeping the shape) into the unit square with a margin.
 */
// From 'd3' (a declared dependency) rather than the 'd3-force' package it re-exports; the bundler tree-shakes.
import { forceLink, forceManyBody, forceCollide, forceSimulation, forceX, forceY, randomLcg } from 'd3';
import { forceRepel } from './forceRepel.ts';

/** Seed of the layout's random source. Fixed: the same corpus and filter must always give the same picture. */
export const LAYOUT_SEED = 0.4242;
/**
 * Ticks run: d3's default cooling schedule (alpha 1 → alphaMin 0.001 in 300 ticks). Affordable on every filter
 * change because small graphs use the direct pairwise forces of forceRepel.ts (≈ 6 ms for 60 nodes).
 */
const TICKS = 300;
/** Above this many nodes the quadtree (Barnes–Hut) forces win over the direct pairwise pass. */
const DIRECT_MAX = 200;
/** Margin kept free on each side of the unit square, for node radii and labels. */
const MARGIN = 0.06;

interface SimNode {
  index?: number;
  x?: number;
  y?: number;
  r: number;
}

/**
 * Positions as a flat `[x0, y0, x1, y1, …]` array in [0, 1]. `sizes` (e.g. quote counts) make frequent speakers
 * take more room. Links refer to node indexes.
 */
export function layoutSpeakers(
  n: number,
  links: readonly { source: number; target: number; weight: number }[],
  sizes: readonly number[],
  seed = LAYOUT_SEED,
): Float64Array {
  const out = new Float64Array(2 * n).fill(0.5);
  if (n <= 1) return out;
  const nodes: SimNode[] = Array.from({ length: n }, (_, i) => ({ r: 4 + 3 * Math.sqrt(sizes[i] ?? 0) }));
  const maxW = links.reduce((m, l) => Math.max(m, l.weight), 1);
  const simLinks = links.map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(randomLcg(seed))
    .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
    .force(
      'link',
      forceLink<SimNode, (typeof simLinks)[number]>(simLinks)
        .distance(40)
        .strength((l) => 0.2 + 0.6 * (l.weight / maxW)),
    )
    // Weak centring keeps unconnected speakers from drifting off and squeezing the rest into a corner.
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.06))
    .stop();
  if (n <= DIRECT_MAX) sim.force('repel', forceRepel(-60, 2));
  else sim.force('charge', forceManyBody<SimNode>().strength(-60)).force('collide', forceCollide<SimNode>((d) => d.r + 2));
  sim.tick(TICKS);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const d of nodes) {
    minX = Math.min(minX, d.x!);
    maxX = Math.max(maxX, d.x!);
    minY = Math.min(minY, d.y!);
    maxY = Math.max(maxY, d.y!);
  }
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const scale = (1 - 2 * MARGIN) / span;
  const offX = (1 - (maxX - minX) * scale) / 2;
  const offY = (1 - (maxY - minY) * scale) / 2;
  nodes.forEach((d, i) => {
    out[2 * i] = offX + (d.x! - minX) * scale;
    out[2 * i + 1] = offY + (d.y! - minY) * scale;
  });
  return out;
}

/** Layout function shape, so callers can swap in the memoised version. */
export type SpeakerLayoutFn = typeof layoutSpeakers;

/**
 * A memoised `layoutSpeakers` keyed by the graph's content (node count, sizes, links): filter changes that leave
 * the speaker graph as it was (paging, granularity, the matrix's top N) cost nothing. Keeps the `capacity` most
 * recently used layouts.
 */
export function createLayoutCache(capacity = 16): SpeakerLayoutFn {
  const cache = new Map<string, Float64Array>();
  return (n, links, sizes, seed = LAYOUT_SEED) => {
    const key = `${seed}|${n}|${sizes.join(',')}|${links.map((l) => `${l.source}-${l.target}-${l.weight}`).join(',')}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit.slice();
    }
    const xy = layoutSpeakers(n, links, sizes, seed);
    cache.set(key, xy.slice());
    if (cache.size > capacity) cache.delete(cache.keys().next().value!);
    return xy;
  };
}
