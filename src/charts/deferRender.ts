/**
 * Progressive chart mounting: each chart asks for a turn and gets it in its own macrotask, one chart per task, so
 * the first render of a dashboard with several charts is a row of short main-thread tasks instead of one long one
 * (issue 4: no task over 50 ms while loading). The browser may paint between turns, so the first chart shows
 * before the last one is built.
 *
 * `deferRender(run)` queues `run`; it returns a function that cancels the turn if it has not run yet. Turns are
 * granted in request order. Without a DOM (server rendering, unit tests) there is nothing to defer: callers render
 * at once.
 */
const queue: (() => void)[] = [];
let pending = false;

function pump(): void {
  pending = false;
  const run = queue.shift();
  const t0 = performance.now();
  // A state change in `run` makes Svelte flush in a microtask, i.e. still inside this task: one chart per task.
  run?.();
  // Queued after Svelte's flush: the measure spans the chart's mount (visible in profiles and benchmarks).
  queueMicrotask(() => performance.measure('lb:chart-mount', { start: t0, end: performance.now() }));
  if (queue.length > 0) schedule();
}

function schedule(): void {
  if (pending) return;
  pending = true;
  setTimeout(pump, 0);
}

export function deferRender(run: () => void): () => void {
  let done = false;
  const job = () => {
    if (done) return;
    done = true;
    run();
  };
  queue.push(job);
  schedule();
  return () => {
    done = true;
    const i = queue.indexOf(job);
    if (i >= 0) queue.splice(i, 1);
  };
}

/** True where charts can be deferred (a browser document); false in server rendering. */
export const canDefer = typeof document !== 'undefined' && typeof setTimeout === 'function';
