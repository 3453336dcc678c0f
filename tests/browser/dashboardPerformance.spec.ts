/**
 * Issue 4's performance targets on the seeds, measured in Chromium and printed as one JSON line each:
 * first chart drawn after navigation, the longest main-thread task while loading, and a filter change until every
 * view shows the new numbers. The assertions are the issue's targets with a margin for a busy CI machine.
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

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

  // Filter change: click an organisation, time until the summary (computed from the same view) has changed.
  const filterMs: number[] = [];
  for (let i = 0; i < 6; i++) {
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
  const result = {
    first_chart_ms: Math.round(load.firstChart),
    all_charts_ms: Math.round(load.allCharts),
    longest_task_ms: Math.round(Math.max(0, ...load.longTasks)),
    long_tasks: load.longTasks.length,
    filter_to_redraw_p50_ms: Math.round(filterMs[Math.floor(filterMs.length / 2)]!),
    filter_to_redraw_max_ms: Math.round(filterMs[filterMs.length - 1]!),
  };
  console.log(JSON.stringify(result));
  expect(result.first_chart_ms).toBeLessThan(2000);
  expect(result.filter_to_redraw_p50_ms).toBeLessThan(200);
});
