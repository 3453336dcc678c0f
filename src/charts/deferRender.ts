/**
 * Progressive chart mounting: each chart asks for a turn and gets it in its own macrotask, one chart per task, so
 * the first render of a dashboard with several charts is a row of short main-thread tasks instead of one long one
 * (issue 4: no task over 50 ms while loading). The browser may paint between turns, so the first chart shows
 * before the last one is built.
 *
 * The same queue serves updates (deferred.svelte.ts): a new view from the worker reaches each chart in its own
 * task too. Turns are MessageChannel tasks (no 4 ms clamp of nested timeouts).
 *
 * `deferRender(run, name?)` queues `run`; it returns a function that cancels the turn if it has not run yet.
 * Turns are granted in request order. Without a DOM (server rendering, unit tests) there is nothing to defer: callers render
 * at once.
 */
/** True where charts can be deferred (a browser document); false in server rendering. */
export const canDefer = typeof document !== 'undefined' && typeof setTimeout === 'function';

import { flushSync } from 'svelte';

const queue: { job: () => void; name: string }[] = [];
let pending = false;

/** A turn keeps taking the next chart while it has used less than this (small charts share a task). */
const TURN_BUDGET_MS = 12;

function pump(): void {
  pending = false;
  const t0 = performance.now();
  while (queue.length > 0) {
    const next = queue.shift()!;
    const start = performance.now();
    next.job();
    // Apply the state change now (not in a microtask) so the measure and the budget see the chart's real cost.
    flushSync();
    performance.measure(next.name, { start, end: performance.now() });
    if (performance.now() - t0 > TURN_BUDGET_MS) break;
  }
  if (queue.length > 0) schedule();
}

// A MessageChannel task, not setTimeout(0): nested timeouts are clamped to 4 ms after a few turns.
const channel = canDefer && typeof MessageChannel === 'function' ? new MessageChannel() : null;
if (channel) channel.port1.onmessage = pump;

function schedule(): void {
  if (pending) return;
  pending = true;
  if (channel) channel.port2.postMessage(null);
  else setTimeout(pump, 0);
}

/** Queue `run` for its own task; `name` labels its performance measure. Returns a cancel function. */
export function deferRender(run: () => void, name = 'lb:chart-mount'): () => void {
  let done = false;
  const job = () => {
    if (done) return;
    done = true;
    run();
  };
  const entry = { job, name };
  queue.push(entry);
  schedule();
  return () => {
    done = true;
    const i = queue.indexOf(entry);
    if (i >= 0) queue.splice(i, 1);
  };
}

