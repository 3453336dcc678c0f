import { describe, expect, it } from 'vitest';
import { readAll } from '../../../src/state/sources.ts';

/** A fake clock and event-loop turn: each read costs `costMs` of the clock, each turn is counted. */
function harness(costMs: number) {
  let clock = 0;
  let turns = 0;
  /** For each read, how many turns had passed when it started. */
  const startedAfterTurn: number[] = [];
  return {
    opts: {
      now: () => clock,
      turn: async () => {
        await new Promise<void>((r) => setImmediate(r));
        turns++;
      },
    },
    bytes: async (n: number) => {
      startedAfterTurn.push(turns);
      clock += costMs;
      await Promise.resolve();
      if (n % 7 === 3) throw new Error(`no file ${n}`);
      return new Uint8Array([n]);
    },
    get turns() {
      return turns;
    },
    startedAfterTurn,
  };
}

const items = Array.from({ length: 150 }, (_, i) => i);

describe('readAll', () => {
  it('keeps the items in order and names the ones that could not be read', async () => {
    const h = harness(0);
    const out = await readAll(items, (n) => `f${n}.txt`, h.bytes, 'could not be read: ', h.opts);
    const failed = items.filter((n) => n % 7 === 3);
    expect(out.inputs.map((f) => f.bytes[0])).toEqual(items.filter((n) => n % 7 !== 3));
    expect(out.inputs.map((f) => f.name)).toEqual(out.from.map((n) => `f${n}.txt`));
    expect(out.problems).toEqual(failed.map((n) => ({ file: `f${n}.txt`, reason: `could not be read: no file ${n}`, severity: 'error' })));
    // Reads that cost nothing never wait for a turn.
    expect(h.turns).toBe(0);
  });

  it('gives the event loop a turn once a slice of main-thread time is used up', async () => {
    const h = harness(1); // every read costs 1 ms of the clock
    const out = await readAll(items, String, h.bytes, '', h.opts);
    expect(out.inputs.length + out.problems.length).toBe(items.length);
    // Reads started between two turns: at most the 4 ms slice's worth, plus the one that used it up.
    const perTurn = new Map<number, number>();
    for (const t of h.startedAfterTurn) perTurn.set(t, (perTurn.get(t) ?? 0) + 1);
    expect(Math.max(...perTurn.values())).toBeLessThanOrEqual(5);
    expect(h.turns).toBeGreaterThanOrEqual(Math.ceil(items.length / 5) - 1);
  });
});
