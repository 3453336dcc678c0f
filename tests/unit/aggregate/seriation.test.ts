import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seriate } from '../../../src/corpus/aggregate/seriation.ts';

/** Symmetric co-mention counts from a list of documents' organisation sets. */
function matrix(n: number, docs: number[][]): number[][] {
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const d of docs) for (const a of d) for (const b of d) m[a]![b]!++;
  return m;
}

describe('seriate', () => {
  it('puts two interleaved clusters into adjacent blocks', () => {
    // Cluster A = {0, 2, 4}, cluster B = {1, 3, 5}; they never co-occur.
    const m = matrix(6, [[0, 2], [2, 4], [0, 4], [0, 2, 4], [1, 3], [3, 5], [1, 5], [1, 3, 5]]);
    const order = seriate(m);
    const blocks = order.map((i) => i % 2);
    expect(blocks.slice(0, 3).every((b) => b === blocks[0])).toBe(true);
    expect(blocks.slice(3).every((b) => b === blocks[3])).toBe(true);
  });

  it('is a deterministic permutation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, n - 1) }), { maxLength: 4 }), { maxLength: 30 })),
        ),
        ([n, docs]) => {
          const m = matrix(n, n === 0 ? [] : docs);
          const order = seriate(m);
          expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
          expect(seriate(m)).toEqual(order);
        },
      ),
    );
  });
});
