/**
 * Giving the event loop a turn between slices of work, so `view()`, `cancel()` and helpers' answers get through.
 *
 * `setTimeout(0)` is the obvious way and the wrong one for a loop: once timers nest five deep, browsers clamp them
 * to 4 ms (HTML standard, timer initialisation steps). Measured in Chromium's worker: 200 chained `setTimeout(0)`
 * turns took 818 ms, 200 MessageChannel turns 3 ms. At 10,000 pages ingest takes ≈ 140 extraction batches and
 * ≈ 420 indexing slices, so the clamp alone cost ≈ 2 s. A message to oneself is a task like a timer's, unclamped,
 * and a message from the page queued meanwhile is still handled first (checked in Chromium: a `cancel` posted
 * 100 ms into a loop of 1 ms slices was handled within the next turn).
 *
 * Node has no clamp but drains up to 1,000 messages of one port before it looks at another, so a loop posting to
 * itself would starve the test's MessageChannel; `setImmediate` is Node's unclamped turn.
 */
export function createYieldTurn(): () => Promise<void> {
  const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate;
  if (immediate) return () => new Promise<void>((r) => void immediate(r));
  if (typeof MessageChannel === 'undefined') return () => new Promise<void>((r) => setTimeout(r, 0));
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
