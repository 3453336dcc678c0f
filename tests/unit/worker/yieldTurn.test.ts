/** The worker's turn-giving: a real task boundary (messages queued before it are handled), in order, and quick. */
import { describe, expect, it } from 'vitest';
import { createYieldTurn } from '../../../src/worker/yieldTurn.ts';

describe('createYieldTurn', () => {
  it('lets a message that arrived before the turn be handled during it', async () => {
    const yieldTurn = createYieldTurn();
    const { port1, port2 } = new MessageChannel();
    let received = false;
    port1.onmessage = () => (received = true);
    port2.postMessage('cancel');
    // A promise (microtask) would resolve before any message is handled.
    await Promise.resolve();
    expect(received).toBe(false);
    // Node delivers each port's messages from its own handle, so the order across two ports is not fixed: allow a
    // few turns. Microtasks alone would never let it through, however many.
    for (let k = 0; k < 20 && !received; k++) await yieldTurn();
    expect(received).toBe(true);
    port1.close();
  });

  it('resolves concurrent turns in the order they were asked for', async () => {
    const yieldTurn = createYieldTurn();
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => yieldTurn().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3]);
  });
});
