/**
 * Main-thread tasks from a Chromium trace, with their thread CPU time as well as their wall time.
 *
 * Why: the 'longtask' PerformanceObserver reports wall time. On a 2-core machine that others also use, a task of
 * 20 ms CPU can last 60–190 ms on the wall clock while the thread waits for a core, so `longest_task_ms` says as
 * much about the machine's load as about the app. The trace's `tdur` (thread time) of each task
 * (`ThreadControllerImpl::RunTask`, one per task of the sequence manager) is what the page itself spent. Both
 * are reported; judge the app by the CPU figure, the user's experience on this machine by the wall figure.
 *
 * Only the `toplevel` and `blink.user_timing` categories are recorded (one event per task: little overhead). The
 * page's renderer main thread is the one that carries a user-timing mark named `lagebild:…` (set by the app) or
 * `lb-bench:…` (set by the benchmark before it starts measuring).
 */
import type { Browser, Page } from 'playwright-core';

const CATEGORIES = ['toplevel', 'blink.user_timing'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/** Largest task and tasks over 50 ms, by thread CPU and by wall time (ms). */
export interface TaskStats {
  longest_task_cpu_ms: number;
  longest_task_wall_ms: number;
  tasks_over_50_cpu: number;
  tasks_over_50_wall: number;
}

export async function startTaskTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: CATEGORIES });
}

/**
 * Stop the trace and summarise the page's main-thread tasks; null when the page's thread was not found. With
 * `fromMark` (a user-timing mark's name), only tasks that start at or after that mark count.
 */
export async function stopTaskTrace(browser: Browser, fromMark?: string): Promise<TaskStats | null> {
  const buf = await browser.stopTracing();
  return summariseTasks((JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents, fromMark);
}

export function summariseTasks(events: TraceEvent[], fromMark?: string): TaskStats | null {
  const marker = events.find((e) => e.name.startsWith('lagebild:') || e.name.startsWith('lb-bench:'));
  if (!marker) return null;
  const from = fromMark === undefined ? -Infinity : events.find((e) => e.name === fromMark)?.ts;
  if (from === undefined) return null;
  const tasks = events.filter(
    (e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && e.pid === marker.pid && e.tid === marker.tid && e.ts >= from,
  );
  // A task cannot use more CPU than its wall time; the trace says otherwise for the first task after a long one in
  // another sequence (seen: 2.5 ms wall, 35.9 ms thread time, right after Chromium made 10,000 File objects).
  const cpu = tasks.map((e) => Math.min(e.tdur ?? 0, e.dur ?? 0) / 1000);
  const wall = tasks.map((e) => (e.dur ?? 0) / 1000);
  return {
    longest_task_cpu_ms: Math.max(0, ...cpu),
    longest_task_wall_ms: Math.max(0, ...wall),
    tasks_over_50_cpu: cpu.filter((ms) => ms > 50).length,
    tasks_over_50_wall: wall.filter((ms) => ms > 50).length,
  };
}
