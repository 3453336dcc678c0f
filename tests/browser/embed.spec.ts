/**
 * Embedding across origins: dist/ on one origin (port A, below a sub-path), an intranet host page on a second
 * origin (port B) whose iframes point at port A. Both frames draw their chart, the host receives
 * `lagebild:height` messages and resizes the frames with public/embed-example.js, and nothing else is contacted.
 * Also: ?theme=dark, invalid embed values, and the "open full view" link. Run `npx vite build` first.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';
import { watchPage } from '../support/watchPage.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const BASE = '/intranet/lagebild/';

let app: StaticServer;
let host: StaticServer;
let hostDir: string;

test.beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error('embed.spec: dist/index.html missing; run `npx vite build` first');
  app = await startStaticServer({ root: DIST, base: BASE });
  // The host page: the shipped example, with its relative iframe addresses pointed at the other origin.
  hostDir = mkdtempSync(join(tmpdir(), 'lagebild-host-'));
  const example = readFileSync(join(DIST, 'embed-example.html'), 'utf8').replaceAll('src="index.html?', `src="${app.url}index.html?`);
  writeFileSync(join(hostDir, 'index.html'), example);
  copyFileSync(join(DIST, 'embed-example.js'), join(hostDir, 'embed-example.js'));
  copyFileSync(join(DIST, 'embed-example.css'), join(hostDir, 'embed-example.css'));
  host = await startStaticServer({ root: hostDir, base: '/portal/' });
});

test.afterAll(async () => {
  await app?.close();
  await host?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

function watch(page: Page): { errors: string[]; foreign: string[] } {
  return watchPage(page, [app.url, host.url]);
}

const chartDrawn = (frame: Frame) =>
  frame.waitForFunction(() => [...document.querySelectorAll('svg[data-chart]')].some((svg) => svg.querySelector('path, rect, circle, line')), undefined, {
    // Chromium throttles animation frames in cross-origin frames scrolled out of view: poll by timer.
    polling: 250,
    timeout: 30_000,
  });

test('an intranet page on another origin embeds two views that draw and resize', async ({ page }) => {
  const seen = watch(page);
  // Record, in the top page only, every height message it receives.
  await page.addInitScript(() => {
    if (window !== window.top) return;
    const got: unknown[] = [];
    (window as unknown as { __heights: unknown[] }).__heights = got;
    addEventListener('message', (e) => got.push(e.data));
  });
  await page.goto(host.url);
  const iframes = page.locator('iframe.lagebild');
  await expect(iframes).toHaveCount(2);
  const initial = await iframes.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));

  const frames = page.frames().filter((f) => f.url().startsWith(app.url));
  expect(frames).toHaveLength(2);
  for (const frame of frames) await chartDrawn(frame);
  await expect(frames.find((f) => f.url().includes('embed=topics'))!.locator('[data-view="topics"] svg[data-chart]')).toHaveCount(1);
  await expect(frames.find((f) => f.url().includes('embed=speakers'))!.locator('[data-view="speakers"] svg[data-chart]')).toHaveCount(1);
  // No page chrome inside the frames.
  for (const frame of frames) await expect(frame.locator('h1')).toHaveCount(0);

  await expect.poll(async () => {
    const heights = (await page.evaluate(() => (window as unknown as { __heights: { type?: string; view?: string }[] }).__heights)) ?? [];
    return new Set(heights.filter((h) => h?.type === 'lagebild:height').map((h) => h.view)).size;
  }, { timeout: 30_000 }).toBe(2);
  const messages = await page.evaluate(() => (window as unknown as { __heights: { type: string; height: number; view: string }[] }).__heights);
  for (const m of messages.filter((x) => x.type === 'lagebild:height')) {
    expect(Object.keys(m).sort()).toEqual(['height', 'type', 'view']);
    expect(m.height).toBeGreaterThan(0);
  }
  // Offscreen cross-origin frames render lazily in Chromium: bring the second one into view.
  await iframes.nth(1).scrollIntoViewIfNeeded();
  // Each frame ends as tall as its last reported content height (plus the host's 1px borders), not the
  // stylesheet's initial 320px.
  const expected = async () => {
    const got = await page.evaluate(() => (window as unknown as { __heights: { type: string; height: number; view: string }[] }).__heights);
    const last = (view: string) => got.filter((m) => m.type === 'lagebild:height' && m.view === view).at(-1)?.height ?? -1;
    return [last('topics') + 2, last('speakers') + 2];
  };
  await expect.poll(async () => {
    const heights = await iframes.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
    return JSON.stringify(heights) === JSON.stringify(await expected()) ? 'sized' : JSON.stringify([heights, await expected()]);
  }, { timeout: 30_000 }).toBe('sized');
  const final = await iframes.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  expect(initial).toHaveLength(2);
  expect(final[0]).not.toBe(322);
  expect(final[1]).not.toBe(322);
  // The frame ends as tall as its content: no inner scrollbar. Polled, because charts mount in stages and each
  // stage may report a new height that the host applies a moment later.
  for (const frame of frames) {
    await expect
      .poll(() => frame.evaluate(() => document.documentElement.scrollHeight - innerHeight), { timeout: 15_000 })
      .toBeLessThanOrEqual(1);
  }

  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect(app.requests.every((r) => r.startsWith(BASE))).toBe(true);
});

test('single-view embed: filters from the URL, clicks replace the URL, full-view link, dark theme', async ({ page }) => {
  const seen = watch(page);
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto(`${app.url}?embed=documents&theme=dark&q=Bremen`);
  await expect(page.getByTestId('article-list')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.getByRole('searchbox')).toHaveValue('Bremen');
  const link = page.getByRole('link', { name: /Vollansicht öffnen/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  const href = new URL((await link.getAttribute('href'))!, page.url());
  expect(href.searchParams.get('embed')).toBeNull();
  expect(href.searchParams.get('q')).toBe('Bremen');
  expect(href.searchParams.get('theme')).toBe('dark');

  const historyBefore = await page.evaluate(() => history.length);
  await page.getByTestId('article-list').locator(':scope > li').first().getByRole('link').first().click();
  await expect(page.getByTestId('reader')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('doc')).not.toBeNull();
  expect(new URL(page.url()).searchParams.get('embed')).toBe('documents');
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  expect(seen.errors).toEqual([]);
});

test('an invalid embed value shows a notice and the whole dashboard', async ({ page }) => {
  await page.goto(`${app.url}?embed=chart`);
  await expect(page.getByTestId('article-list')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lagebild');
  await expect(page.getByText('Ungültiger Parameter ignoriert: embed=chart')).toBeVisible();
});

test('an embedded view runs only its corpus worker; the full dashboard also starts its extraction helpers', async ({ page }) => {
  // Workers of a page, nested ones included (the helpers are started by the corpus worker).
  const scripts = () => page.workers().map((w) => new URL(w.url()).pathname.split('/').pop());
  await page.goto(`${app.url}index.html?embed=topics`);
  await expect(page.locator('svg[data-chart]').first()).toBeVisible({ timeout: 30_000 });
  // Past the warm-up's second after the first load: nothing else may have started.
  await page.waitForTimeout(2500);
  expect(scripts()).toHaveLength(1);

  await page.goto(`${app.url}index.html`);
  await expect(page.locator('svg[data-chart]').first()).toBeVisible({ timeout: 30_000 });
  const cores = (await page.evaluate('navigator.hardwareConcurrency')) as number;
  const helpers = Math.max(0, Math.min(3, cores - 1));
  await expect.poll(() => scripts().length, { timeout: 10_000 }).toBe(1 + helpers);
  expect(new Set(scripts()).size).toBe(1); // the helpers are the same script
});
