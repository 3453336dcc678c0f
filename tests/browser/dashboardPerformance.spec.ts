/**
 * Issue 4's performance numbers on the seeds, measured in Chromium and printed as JSON lines (one per metric):
 * first chart drawn after navigation (`first_chart_ms`), the longest main-thread task while loading
 * (`longest_task_ms`), and a filter change until every view shows the new numbers (`filter_redraw_p50_ms`,
 * `filter_redraw_p95_ms`, over ten changes). Targets: 1000 ms, 50 ms, 100 ms. Time limits belong to benchmarks
 * that print numbers, not to tests (a shared machine makes them flaky), so this test only asserts that the
 * measurements were taken.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';
import { COMPILE_HINT } from '../../vite.config.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
let server: StaticServer;

test.beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error('dashboardPerformance.spec: run `npx vite build` first');
  server = await startStaticServer({ root: DIST, base: '/intranet/lagebild/' });
});
test.afterAll(async () => server?.close());

test('first chart, long tasks while loading, filter change to redraw', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __perf: { firstChart?: number; allCharts?: number; longTasks: number[] } };
    w.__perf = { longTasks: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__perf.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    const drawn = () => [...document.querySelectorAll('svg[data-chart]')].filter((s) => s.querySelector('path, rect, circle')).length;
    const check = () => {
      const n = drawn();
      if (n >= 1 && w.__perf.firstChart === undefined) w.__perf.firstChart = performance.now();
      if (n >= 3 && w.__perf.allCharts === undefined) w.__perf.allCharts = performance.now();
      if (w.__perf.allCharts === undefined) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(server.url);
  await page.waitForFunction(() => (window as unknown as { __perf: { allCharts?: number } }).__perf.allCharts !== undefined);
  await page.waitForTimeout(500); // let indexing finish; its tasks count as "while loading"
  const load = await page.evaluate(() => (window as unknown as { __perf: { firstChart: number; allCharts: number; longTasks: number[] } }).__perf);

  // Filter change: click an organisation label (select, then deselect), until every view has redrawn: the summary
  // (computed from the same view) has changed and the charts' markup has settled for a frame.
  const filterMs: number[] = [];
  for (let i = 0; i < 10; i++) {
    filterMs.push(
      await page.evaluate(async () => {
        const summary = document.querySelector('[aria-label="Überblick"] ul')!;
        const before = summary.textContent;
        const button = document.querySelector<HTMLButtonElement>('[data-view="organisations"] button.lbl.row[title="Vitako"]')!;
        const t0 = performance.now();
        button.click();
        while (summary.textContent === before) await new Promise(requestAnimationFrame);
        return performance.now() - t0;
      }),
    );
  }
  filterMs.sort((a, b) => a - b);
  const pick = (q: number) => filterMs[Math.min(filterMs.length - 1, Math.ceil(q * filterMs.length) - 1)]!;
  const lines = {
    first_chart_ms: Math.round(load.firstChart),
    all_charts_ms: Math.round(load.allCharts),
    longest_task_ms: Math.round(Math.max(0, ...load.longTasks)),
    long_tasks: load.longTasks.length,
    filter_redraw_p50_ms: Math.round(pick(0.5)),
    filter_redraw_p95_ms: Math.round(pick(0.95)),
    filter_changes: filterMs.length,
  };
  for (const [metric, value] of Object.entries(lines)) console.log(JSON.stringify({ metric, value }));
  expect(lines.first_chart_ms).toBeGreaterThan(0);
  expect(lines.filter_changes).toBe(10);
  expect(filterMs.every((ms) => ms > 0)).toBe(true);
});

// The compile hint (vite.config.ts) halves the mount's main-thread CPU; a build that lost it would only show up as
// slower numbers, so check the served files themselves.
test('the page chunks carry the compile hint, the worker does not', async ({ request }) => {
  const js = readdirSync(`${DIST}assets`).filter((f) => f.endsWith('.js'));
  const served = async (prefix: string) =>
    Promise.all(js.filter((f) => f.startsWith(prefix)).map(async (f) => (await (await request.get(`${server.url}assets/${f}`)).text()).startsWith(COMPILE_HINT)));
  expect(await served('index-')).toEqual([true]);
  expect(await served('ReadyView-')).toEqual([true]);
  expect(await served('corpus.worker-')).toEqual([false]);
  expect(readFileSync(`${DIST}index.html`, 'utf8')).toMatch(/<script type="module"[^>]*src="\.\/assets\/index-/);
});
