/**
 * Matrix seriation: an order of rows in which similar rows are neighbours, so clusters of organisations that are
 * mentioned together show up as blocks along the diagonal.
 *
 * Average-linkage agglomerative clustering on cosine similarity of the co-mention counts; when two clusters merge,
 * each may be flipped so that the two most similar ends meet. Deterministic: ties are broken by index. O(n³) for
 * n rows, which is nothing at the matrix sizes a screen can show (≤ 100).
 */

/** A permutation of `0 … n-1` for the symmetric count matrix `counts` (diagonal = row totals). */
export function seriate(counts: readonly (readonly number[])[]): number[] {
  const n = counts.length;
  if (n <= 2) return Array.from({ length: n }, (_, i) => i);
  const sim = similarity(counts);
  let clusters: number[][] = Array.from({ length: n }, (_, i) => [i]);
  while (clusters.length > 1) {
    let bestA = 0;
    let bestB = 1;
    let best = -Infinity;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const s = averageLink(sim, clusters[a]!, clusters[b]!);
        if (s > best + 1e-12) [best, bestA, bestB] = [s, a, b];
      }
    }
    const merged = join(sim, clusters[bestA]!, clusters[bestB]!);
    clusters = clusters.filter((_, k) => k !== bestA && k !== bestB);
    clusters.splice(bestA, 0, merged);
  }
  return clusters[0]!;
}

function similarity(counts: readonly (readonly number[])[]): number[][] {
  const n = counts.length;
  const norm = counts.map((row) => Math.sqrt(row.reduce((s, v) => s + v * v, 0)) || 1);
  const sim: number[][] = [];
  for (let i = 0; i < n; i++) {
    sim.push([]);
    for (let j = 0; j < n; j++) {
      let dot = 0;
      for (let k = 0; k < n; k++) dot += counts[i]![k]! * counts[j]![k]!;
      sim[i]!.push(dot / (norm[i]! * norm[j]!));
    }
  }
  return sim;
}

function averageLink(sim: number[][], a: number[], b: number[]): number {
  let s = 0;
  for (const i of a) for (const j of b) s += sim[i]![j]!;
  return s / (a.length * b.length);
}

/** Concatenate two ordered clusters, flipping either so the most similar ends are adjacent. */
function join(sim: number[][], a: number[], b: number[]): number[] {
  const ra = [...a].reverse();
  const rb = [...b].reverse();
  const options: [number[], number[]][] = [
    [a, b],
    [ra, b],
    [a, rb],
    [ra, rb],
  ];
  let best = options[0]!;
  let bestS = -Infinity;
  for (const o of options) {
    const s = sim[o[0][o[0].length - 1]!]![o[1][0]!]!;
    if (s > bestS + 1e-12) [best, bestS] = [o, s];
  }
  return [...best[0], ...best[1]];
}
