/**
 * Many-body repulsion and collision in one direct O(n²) pass, as a d3-force custom force.
 *
 * d3's forceManyBody and forceCollide build a quadtree every tick; for the few dozen nodes of the speaker network
 * that bookkeeping costs more than the pairs themselves (measured on a CI-class core: 60 nodes, 150 ticks ≈ 50 ms
 * with both, ≈ 3 ms with this). Same formulas as d3: velocity += vector · strength · alpha / distance² for the charge, and half the
 * overlap pushed apart, per node pair, for the collision.
 */
import type { SimulationNodeDatum } from 'd3';

export interface RepelNode extends SimulationNodeDatum {
  r: number;
}

/** `strength` < 0 repels (like forceManyBody); `padding` is added to radii for collision. */
export function forceRepel(strength: number, padding: number, collideStrength = 0.7) {
  let nodes: RepelNode[] = [];
  function force(alpha: number): void {
    const n = nodes.length;
    for (let i = 0; i < n; i++) {
      const a = nodes[i]!;
      for (let j = i + 1; j < n; j++) {
        const b = nodes[j]!;
        let dx = b.x! - a.x!;
        let dy = b.y! - a.y!;
        let d2 = dx * dx + dy * dy;
        if (d2 === 0) {
          // Coincident nodes: a fixed, index-derived nudge keeps the layout deterministic without randomness.
          dx = 1e-3 * (j - i);
          dy = 1e-3;
          d2 = dx * dx + dy * dy;
        }
        // Like d3's distanceMin: no explosive forces between nearly coincident nodes.
        const w = (strength * alpha) / Math.max(d2, 1);
        a.vx! += dx * w;
        a.vy! += dy * w;
        b.vx! -= dx * w;
        b.vy! -= dy * w;
        const rr = a.r + b.r + 2 * padding;
        if (d2 < rr * rr) {
          const d = Math.sqrt(d2);
          const push = ((rr - d) / d) * 0.5 * collideStrength;
          a.vx! -= dx * push;
          a.vy! -= dy * push;
          b.vx! += dx * push;
          b.vy! += dy * push;
        }
      }
    }
  }
  force.initialize = (ns: RepelNode[]) => {
    nodes = ns;
  };
  return force;
}

/**
 * The same pass over typed arrays (positions `x`, `y`, velocities `vx`, `vy` updated in place, radii `r`), with
 * the same floating-point operations in the same order as `forceRepel`, so it gives bit-identical velocities.
 * For the direct simulation of speakerLayout.ts.
 */
export function repel(
  x: Float64Array,
  y: Float64Array,
  vx: Float64Array,
  vy: Float64Array,
  r: Float64Array,
  n: number,
  strength: number,
  padding: number,
  alpha: number,
  collideStrength = 0.7,
): void {
  const sa = strength * alpha;
  const pad2 = 2 * padding;
  for (let i = 0; i < n; i++) {
    const ax = x[i]!;
    const ay = y[i]!;
    const ar = r[i]!;
    // Node i's velocity in locals: only j > i are written in this loop, so the same additions in the same order
    // give the same bits as updating vx[i] in place.
    let avx = vx[i]!;
    let avy = vy[i]!;
    for (let j = i + 1; j < n; j++) {
      let dx = x[j]! - ax;
      let dy = y[j]! - ay;
      let d2 = dx * dx + dy * dy;
      if (d2 === 0) {
        dx = 1e-3 * (j - i);
        dy = 1e-3;
        d2 = dx * dx + dy * dy;
      }
      const w = sa / Math.max(d2, 1);
      avx += dx * w;
      avy += dy * w;
      vx[j]! -= dx * w;
      vy[j]! -= dy * w;
      const rr = ar + r[j]! + pad2;
      if (d2 < rr * rr) {
        const d = Math.sqrt(d2);
        const push = ((rr - d) / d) * 0.5 * collideStrength;
        avx -= dx * push;
        avy -= dy * push;
        vx[j]! += dx * push;
        vy[j]! += dy * push;
      }
    }
    vx[i] = avx;
    vy[i] = avy;
  }
}
