/**
 * Seeded, headless force layout of the organisation co-mention network. The simulation is built stopped, stepped
 * with `tick(n)` and fed a seeded random source, so the same matrix always gives the same picture (in a test, a
 * worker or the page), and nothing ever moves on screen. Positions come back normalised to the unit square, like
 * the speaker graph's.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, randomLcg, type SimulationNodeDatum } from 'd3';
import type { CoMentionMatrix } from '../worker/api.ts';

export interface OrgNetNode {
  name: string;
  count: number;
  /** Position in [0, 1] × [0, 1]. */
  x: number;
  y: number;
}

export interface OrgNetLink {
  source: number;
  target: number;
  count: number;
}

export interface OrgNetwork {
  nodes: OrgNetNode[];
  links: OrgNetLink[];
}

interface SimNode extends SimulationNodeDatum {
  index: number;
}

/** Links from the upper triangle of the matrix (non-zero, off-diagonal). */
export function matrixLinks(data: CoMentionMatrix): OrgNetLink[] {
  const links: OrgNetLink[] = [];
  data.counts.forEach((row, i) => row.forEach((c, j) => { if (j > i && c > 0) links.push({ source: i, target: j, count: c }); }));
  return links;
}

export function orgNetworkLayout(data: CoMentionMatrix, seed = 42, ticks = 300): OrgNetwork {
  const n = data.orgs.length;
  const links = matrixLinks(data);
  const random = randomLcg(seed);
  // Start on a circle (deterministic), let the forces pull co-mentioned organisations together.
  const sim: SimNode[] = data.orgs.map((_, index) => ({
    index,
    x: Math.cos((2 * Math.PI * index) / Math.max(1, n)) * 100,
    y: Math.sin((2 * Math.PI * index) / Math.max(1, n)) * 100,
  }));
  const simLinks = links.map((l) => ({ source: l.source, target: l.target, count: l.count }));
  const maxCount = Math.max(1, ...links.map((l) => l.count));
  forceSimulation(sim)
    .randomSource(random)
    .force('link', forceLink<SimNode, (typeof simLinks)[number]>(simLinks).distance((l) => 60 - 30 * (l.count / maxCount)).strength(0.4))
    .force('charge', forceManyBody().strength(-120))
    .force('collide', forceCollide(18))
    .force('center', forceCenter(0, 0))
    .stop()
    .tick(ticks);
  const xs = sim.map((d) => d.x ?? 0);
  const ys = sim.map((d) => d.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  // One scale for both axes keeps the shape; centre the narrower axis.
  const ox = (1 - (maxX - minX) / span) / 2;
  const oy = (1 - (maxY - minY) / span) / 2;
  return {
    nodes: data.orgs.map((o, i) => ({
      name: o.name,
      count: o.count,
      x: n === 1 ? 0.5 : ox + (xs[i]! - minX) / span,
      y: n === 1 ? 0.5 : oy + (ys[i]! - minY) / span,
    })),
    links,
  };
}
