/**
 * Progressive chart mounting: each chart asks for a turn and gets it in its own macrotask, one chart per task, so
 * the first render of a dashboard with several charts is a row of short main-thread tasks instead of one long one
 * (issue 4: no task over 50 ms while loading). The browser may paint between turns, so the first chart shows
 * before the last one is built.
 *
 * The same queue serves updates (deferred.svelte.ts), with one difference: an update's first turn runs at the end
 * of the task that asked for it (a microtask), not in a task of its own. Updates are warm code (≈ 6–9 ms for all
 * three charts at 10,000 articles); in a task of their own the browser often rendered a frame between the new view
 * (documents, summary) and the charts, so one filter change cost two or three frames, each with its own style,
 * layout and paint of the page, and a turn that ran out of budget on a busy machine added another. Whatever does
 * not fit the first turn's budget still goes to later tasks. Other turns are MessageChannel tasks (no 4 ms clamp of
 * nested timeouts).
 *
 * `deferRender(run, name?, { sameTask? })` queues `run`; it returns a function that cancels the turn if it has not
 * run yet. `drawApart()` makes the updates of the current task take their own turns (the first view of a new
 * corpus). Turns are granted in request order. Without a DOM (server rendering, unit tests) there is nothing to
 * defer: callers render at once.
 */
/** True where charts can be deferred (a browser document); false in server rendering. */
export const canDefer = typeof document !== 'undefined' && typeof setTimeout === 'function';

import { flushSync } from 'svelte';

const queue: { job: () => void; name: string }[] = [];
let pending = false;

/** A turn keeps taking the next chart while it has used less than this (small charts share a task). */
const TURN_BUDGET_MS = 12;
/**
 * The same, for an update's turn at the end of the task that brought the view. Larger because the clock is the wall
 * clock: on a busy 2-core machine the three updates (≈ 8 ms of CPU) took 20–30 ms of wall time, a 12 ms budget
 * sent the last chart to a task of its own, and with it came an extra frame (style, layout, paint again).
 */
const SAME_TASK_BUDGET_MS = 30;

/** Set by `drawApart`: until the queue next runs dry, updates take turns of their own as well. */
let apart = false;

function pump(budgetMs = TURN_BUDGET_MS): void {
  const t0 = performance.now();
  while (queue.length > 0) {
    const next = queue.shift()!;
    const start = performance.now();
    next.job();
    // Apply the state change now (not in a microtask) so the measure and the budget see the chart's real cost.
    flushSync();
    performance.measure(next.name, { start, end: performance.now() });
    if (performance.now() - t0 > budgetMs) break;
  }
  if (queue.length > 0) schedule();
  else apart = false;
}

// A MessageChannel task, not setTimeout(0): nested timeouts are clamped to 4 ms after a few turns.
const channel = canDefer && typeof MessageChannel === 'function' ? new MessageChannel() : null;
function onTask(): void {
  pending = false;
  pump();
}
if (channel) channel.port1.onmessage = onTask;

function schedule(): void {
  if (pending) return;
  pending = true;
  if (channel) channel.port2.postMessage(null);
  else setTimeout(onTask, 0);
}

let microPending = false;

/** A turn at the end of the current task (after the current Svelte flush, before the browser renders). */
function scheduleNow(): void {
  if (microPending) return;
  microPending = true;
  queueMicrotask(() => {
    microPending = false;
    pump(SAME_TASK_BUDGET_MS);
  });
}

export interface DeferOptions {
  /** Take the first turn at the end of the current task instead of in a new one (updates). Default false. */
  sameTask?: boolean;
}

/**
 * The updates asked for in this task take turns of their own, like a first mount, instead of starting at the end
 * of this task. For the first view of a new corpus, which changes every element of every chart: 10,000 own files
 * replacing the seeds cost 30–40 ms of CPU in the one task that brought the view (traced in Chromium, `bench:browser`
 * `ui-own-files`), where a filter change costs 6–9 ms.
 */
export function drawApart(): void {
  if (!canDefer) return;
  apart = true;
  // The turn that ends it: updates queued meanwhile run in it (and after it, if over budget); then the flag clears.
  schedule();
}

/** Queue `run` for its own turn; `name` labels its performance measure. Returns a cancel function. */
export function deferRender(run: () => void, name = 'lb:chart-mount', opts: DeferOptions = {}): () => void {
  let done = false;
  const job = () => {
    if (done) return;
    done = true;
    run();
  };
  const entry = { job, name };
  queue.push(entry);
  if (opts.sameTask && !apart) scheduleNow();
  else schedule();
  return () => {
    done = true;
    const i = queue.indexOf(entry);
    if (i >= 0) queue.splice(i, 1);
  };
}

