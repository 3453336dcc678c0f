/**
 * A seeded, headless force layout for the speaker network: built with `.stop()`, stepped with `.tick(n)`, random
 * jiggle from `randomLcg(seed)`, so the same graph gives the same positions in the worker, in Node and in tests.
 * Positions are scaled uniformly (keeping the shape) into the unit square with a margin.
 */
// From 'd3' (a declared dependency) rather than the 'd3-force' package it re-exports; the bundler tree-shakes.
import { forceLink, forceManyBody, forceCollide, forceSimulation, forceX, forceY, randomLcg } from 'd3';
import { repel } from './forceRepel.ts';

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
  const xy = n <= DIRECT_MAX ? simulateDirect(n, links, sizes, seed) : simulateD3(n, links, sizes, seed);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, xy[2 * i]!);
    maxX = Math.max(maxX, xy[2 * i]!);
    minY = Math.min(minY, xy[2 * i + 1]!);
    maxY = Math.max(maxY, xy[2 * i + 1]!);
  }
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const scale = (1 - 2 * MARGIN) / span;
  const offX = (1 - (maxX - minX) * scale) / 2;
  const offY = (1 - (maxY - minY) * scale) / 2;
  for (let i = 0; i < n; i++) {
    out[2 * i] = offX + (xy[2 * i]! - minX) * scale;
    out[2 * i + 1] = offY + (xy[2 * i + 1]! - minY) * scale;
  }
  return out;
}

/** Node radius for a size (quote count). */
const radius = (size: number | undefined) => 4 + 3 * Math.sqrt(size ?? 0);
/** Link strength: heavier links pull harder. */
const linkStrength = (weight: number, maxW: number) => 0.2 + 0.6 * (weight / maxW);
const ALPHA_DECAY = 1 - Math.pow(0.001, 1 / TICKS);
const CENTRE_STRENGTH = 0.06;
const LINK_DISTANCE = 40;
const CHARGE = -60;
const COLLIDE_PADDING = 2;

/** Large graphs: d3's simulation with its quadtree forces. Raw positions, `[x0, y0, …]`. */
function simulateD3(n: number, links: readonly { source: number; target: number; weight: number }[], sizes: readonly number[], seed: number): Float64Array {
  const nodes: SimNode[] = Array.from({ length: n }, (_, i) => ({ r: radius(sizes[i]) }));
  const maxW = links.reduce((m, l) => Math.max(m, l.weight), 1);
  const simLinks = links.map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(randomLcg(seed))
    .alphaDecay(ALPHA_DECAY)
    .force(
      'link',
      forceLink<SimNode, (typeof simLinks)[number]>(simLinks)
        .distance(LINK_DISTANCE)
        .strength((l) => linkStrength(l.weight, maxW)),
    )
    // Weak centring keeps unconnected speakers from drifting off and squeezing the rest into a corner.
    .force('x', forceX<SimNode>(0).strength(CENTRE_STRENGTH))
    .force('y', forceY<SimNode>(0).strength(CENTRE_STRENGTH))
    .force('charge', forceManyBody<SimNode>().strength(CHARGE))
    .force('collide', forceCollide<SimNode>((d) => d.r + COLLIDE_PADDING))
    .stop();
  sim.tick(TICKS);
  const xy = new Float64Array(2 * n);
  nodes.forEach((d, i) => ((xy[2 * i] = d.x!), (xy[2 * i + 1] = d.y!)));
  return xy;
}

/**
 * Small graphs: the same simulation as d3's with forceLink, forceX, forceY and forceRepel (forceRepel.ts), written
 * out over typed arrays. It performs d3's floating-point operations in d3's order (initial phyllotaxis placement,
 * alpha schedule, forces in the order link, x, y, repel, then velocity decay), so positions are bit-identical to
 * the d3 version (a test compares them), while a new filter's layout no longer goes through d3's per-node objects,
 * accessor closures and force Map: ≈ 2–3× faster, most of all in the first views before the code is optimised.
 */
function simulateDirect(n: number, links: readonly { source: number; target: number; weight: number }[], sizes: readonly number[], seed: number): Float64Array {
  const random = randomLcg(seed);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const vx = new Float64Array(n);
  const vy = new Float64Array(n);
  const r = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // d3's initial placement (forceSimulation's initializeNodes).
    const rad = INITIAL_RADIUS * Math.sqrt(0.5 + i);
    const angle = i * INITIAL_ANGLE;
    x[i] = rad * Math.cos(angle);
    y[i] = rad * Math.sin(angle);
    r[i] = radius(sizes[i]);
  }
  // forceLink's initialisation: degree counts, bias, strengths (distance is constant).
  const m = links.length;
  const src = new Int32Array(m);
  const tgt = new Int32Array(m);
  const count = new Float64Array(n);
  for (let k = 0; k < m; k++) {
    const l = links[k]!;
    if (!(l.source >= 0 && l.source < n && l.target >= 0 && l.target < n)) throw new Error(`layoutSpeakers: link ${k} refers to a missing node`);
    src[k] = l.source;
    tgt[k] = l.target;
    count[l.source]!++;
    count[l.target]!++;
  }
  const bias = new Float64Array(m);
  const strength = new Float64Array(m);
  const maxW = links.reduce((mw, l) => Math.max(mw, l.weight), 1);
  for (let k = 0; k < m; k++) {
    bias[k] = count[src[k]!]! / (count[src[k]!]! + count[tgt[k]!]!);
    strength[k] = +linkStrength(links[k]!.weight, maxW);
  }
  tick(x, y, vx, vy, r, n, src, tgt, bias, strength, random);
  const xy = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) (xy[2 * i] = x[i]!), (xy[2 * i + 1] = y[i]!);
  return xy;
}

/**
 * The `TICKS` steps of `simulateDirect` (a function of its own: optimised whole after its first use, instead of
 * once on the fly and dropped at the first statement after the loop).
 */
function tick(
  x: Float64Array,
  y: Float64Array,
  vx: Float64Array,
  vy: Float64Array,
  r: Float64Array,
  n: number,
  src: Int32Array,
  tgt: Int32Array,
  bias: Float64Array,
  strength: Float64Array,
  random: () => number,
): void {
  const m = src.length;
  let alpha = 1;
  for (let t = 0; t < TICKS; t++) {
    alpha += (0 - alpha) * ALPHA_DECAY;
    // forceLink (one iteration).
    for (let k = 0; k < m; k++) {
      const s = src[k]!;
      const t = tgt[k]!;
      let dx = x[t]! + vx[t]! - x[s]! - vx[s]! || jiggle(random);
      let dy = y[t]! + vy[t]! - y[s]! - vy[s]! || jiggle(random);
      let l = Math.sqrt(dx * dx + dy * dy);
      l = ((l - LINK_DISTANCE) / l) * alpha * strength[k]!;
      dx *= l;
      dy *= l;
      let b = bias[k]!;
      vx[t]! -= dx * b;
      vy[t]! -= dy * b;
      b = 1 - b;
      vx[s]! += dx * b;
      vy[s]! += dy * b;
    }
    // forceX(0), forceY(0).
    for (let i = 0; i < n; i++) vx[i]! += (0 - x[i]!) * CENTRE_STRENGTH * alpha;
    for (let i = 0; i < n; i++) vy[i]! += (0 - y[i]!) * CENTRE_STRENGTH * alpha;
    repel(x, y, vx, vy, r, n, CHARGE, COLLIDE_PADDING, alpha);
    // Velocity decay (d3's default 0.6) and the step.
    for (let i = 0; i < n; i++) {
      x[i]! += vx[i]! *= VELOCITY_DECAY;
      y[i]! += vy[i]! *= VELOCITY_DECAY;
    }
  }
}

/** d3-force's constants for the initial placement and the velocity decay. */
const INITIAL_RADIUS = 10;
const INITIAL_ANGLE = Math.PI * (3 - Math.sqrt(5));
const VELOCITY_DECAY = 0.6;

/** d3-force's jiggle: a tiny random offset for coincident points. */
function jiggle(random: () => number): number {
  return (random() - 0.5) * 1e-6;
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
