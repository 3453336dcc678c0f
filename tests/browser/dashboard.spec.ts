/**
 * The dashboard in Debian's Chromium, served from dist/ below a sub-path: loading, cross-filtering, the URL as the
 * filter (typing, reload, Back), the language switch, phone width and malformed links. Run `npx vite build` first.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';
import { watchPage } from '../support/watchPage.ts';
import { CATEGORICAL_DARK, CATEGORICAL_LIGHT, OTHER_COLOR } from '../../src/layout/palette.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const BASE = '/intranet/lagebild/';

let server: StaticServer;

test.beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error('dashboard.spec: dist/index.html missing; run `npx vite build` first');
  server = await startStaticServer({ root: DIST, base: BASE });
});

test.afterAll(async () => {
  await server?.close();
});

function watch(page: Page): { errors: string[]; foreign: string[] } {
  return watchPage(page, [server.url]);
}

async function waitForCharts(page: Page): Promise<void> {
  await page.waitForFunction(
    () => [...document.querySelectorAll('svg[data-chart]')].filter((svg) => svg.querySelector('path, rect, circle, line')).length >= 3,
    undefined,
    { timeout: 30_000 },
  );
}

/** Open the dashboard and wait until the first view is on screen (summary counts and the document list). */
async function open(page: Page, search = ''): Promise<void> {
  await page.goto(server.url + search);
  await expect(page.getByTestId('article-list')).toBeVisible({ timeout: 30_000 });
}

const articles = (page: Page) => page.getByTestId('article-list').locator(':scope > li');
const search = (page: Page) => page.getByRole('searchbox');
const params = (page: Page) => new URL(page.url()).searchParams;

test('loads below a sub-path with no console error and no foreign request; the three charts draw', async ({ page }) => {
  const seen = watch(page);
  await open(page);
  await waitForCharts(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lagebild');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  for (const view of ['topics', 'organisations', 'speakers']) {
    await expect(page.locator(`[data-view="${view}"] svg[data-chart]`)).toHaveCount(1);
  }
  expect(await articles(page).count()).toBeGreaterThan(0);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect(server.requests.every((r) => r.startsWith(BASE))).toBe(true);
});

test('typing a query narrows the document list and updates the URL without a history entry per key', async ({ page }) => {
  const seen = watch(page);
  await open(page);
  const before = await articles(page).count();
  const historyBefore = await page.evaluate(() => history.length);
  await search(page).pressSequentially('Bremen', { delay: 30 });
  await expect.poll(() => articles(page).count()).toBeLessThan(before);
  expect(await articles(page).count()).toBeGreaterThan(0);
  await expect(page.getByTestId('article-list').locator('mark').first()).toBeVisible();
  await expect.poll(() => params(page).get('q')).toBe('Bremen');
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyBefore + 1);
  expect(seen.errors).toEqual([]);
});

test('a quoted phrase keeps only articles with the words together; its chip shows it as typed', async ({ page }) => {
  const seen = watch(page);
  await open(page);
  const all = await articles(page).count();
  await open(page, '?q=Souver%C3%A4nit%C3%A4t%20digitale');
  await expect.poll(() => articles(page).count()).toBeLessThan(all);
  const words = await articles(page).count();
  expect(words).toBeGreaterThan(0);
  // In this order the two words stand together in no seed; in the other order they do.
  await page.goto(`${server.url}?q=%22Souver%C3%A4nit%C3%A4t%20digitale%22`);
  await expect(page.locator('section.summary .counts li').first()).toHaveText('0 Artikel', { timeout: 30_000 });
  await expect(articles(page)).toHaveCount(0);
  await open(page, '?q=%22digitale%20Souver%C3%A4nit%C3%A4t%22');
  await expect.poll(() => articles(page).count()).toBeGreaterThan(0);
  expect(await articles(page).count()).toBeLessThanOrEqual(words);
  await expect(page.locator('.chips .chip').first()).toContainText('"digitale Souveränität"');
  await expect(page.locator('.chips .chip').first()).not.toContainText('„"');
  expect(seen.errors).toEqual([]);
});

test('clicking an organisation filters the other views', async ({ page }) => {
  const seen = watch(page);
  await open(page);
  const before = await articles(page).count();
  const summary = page.getByRole('region', { name: 'Überblick' }).getByRole('list').first();
  const summaryBefore = await summary.textContent();
  // Vitako is named in most seed articles, so the filtered list is not empty.
  const name = 'Vitako';
  await page.locator(`[data-view="organisations"] button.lbl.row[title="${name}"]`).click();
  await expect.poll(() => params(page).getAll('org')).toEqual([name]);
  await expect(page.getByRole('button', { name: new RegExp(`Filter entfernen: Organisation ${escapeRe(name)}`) })).toBeVisible();
  await expect.poll(() => articles(page).count()).toBeLessThanOrEqual(before);
  await expect(summary).not.toHaveText(summaryBefore ?? '');
  // Every listed article now mentions the organisation: open the first and look.
  await articles(page).first().getByRole('link').click();
  await expect(page.getByTestId('reader').getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('reader')).toHaveCount(0);
  expect(seen.errors).toEqual([]);
});

test('reload and Back restore the state', async ({ page }) => {
  const seen = watch(page);
  await open(page);
  await page.getByRole('radio', { name: 'Jahr' }).check();
  await expect.poll(() => params(page).get('gran')).toBe('year');
  await search(page).fill('Verwaltung');
  await expect.poll(() => params(page).get('q')).toBe('Verwaltung');

  await page.reload();
  await expect(page.getByTestId('article-list')).toBeVisible();
  await expect(search(page)).toHaveValue('Verwaltung');
  await expect(page.getByRole('radio', { name: 'Jahr' })).toBeChecked();

  await page.goBack();
  await expect.poll(() => params(page).get('q')).toBeNull();
  await expect(search(page)).toHaveValue('');
  await expect(page.getByRole('radio', { name: 'Jahr' })).toBeChecked();

  await page.goBack();
  await expect.poll(() => params(page).get('gran')).toBeNull();
  await expect(page.getByRole('radio', { name: 'Quartal' })).toBeChecked();

  await page.goForward();
  await expect(page.getByRole('radio', { name: 'Jahr' })).toBeChecked();
  expect(seen.errors).toEqual([]);
});

test('an opened article is in the URL; Escape closes it and Back opens it again', async ({ page }) => {
  await open(page);
  const first = articles(page).first().getByRole('link');
  const title = await first.textContent();
  await first.click();
  const reader = page.getByTestId('reader');
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(title ?? '');
  expect(params(page).get('doc')).not.toBeNull();
  await page.keyboard.press('Escape');
  await expect(reader).toHaveCount(0);
  await page.goBack();
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(title ?? '');
});

test('the language switch works and is remembered', async ({ page }) => {
  const seen = watch(page);
  await open(page);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Articles', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(params(page).get('lang')).toBe('en');

  await open(page); // no lang in the link: the remembered choice holds
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();

  await page.getByRole('button', { name: 'Deutsch', exact: true }).click();
  await expect(page.getByRole('searchbox', { name: 'Artikel durchsuchen' })).toBeVisible();
  expect(params(page).get('lang')).toBeNull();
  expect(seen.errors).toEqual([]);
});

/** The colours the charts draw with: topic lines' strokes and speaker nodes' fills, lower-case `#rrggbb`. */
async function chartColours(page: Page): Promise<{ lines: string[]; nodes: string[] }> {
  return page.evaluate(() => {
    const hex = (c: string) => {
      const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(c);
      return m ? '#' + m.slice(1).map((v) => Number(v).toString(16).padStart(2, '0')).join('') : c;
    };
    const of = (sel: string, prop: 'stroke' | 'fill') =>
      [...new Set([...document.querySelectorAll(sel)].map((el) => hex(getComputedStyle(el)[prop])))];
    return {
      lines: of('[data-view="topics"] svg[data-chart] .series path[fill="none"]', 'stroke'),
      nodes: of('[data-view="speakers"] svg[data-chart] .nodes circle[stroke-width]:not([fill="none"])', 'fill'),
    };
  });
}

test('the charts take the palette made for the colour scheme, and follow the system when it switches', async ({ page }) => {
  const seen = watch(page);
  const low = (p: readonly string[]) => [...p, OTHER_COLOR].map((c) => c.toLowerCase());
  const drawnFrom = async (palette: readonly string[]) => {
    const { lines, nodes } = await chartColours(page);
    return lines.length > 0 && nodes.length > 1 && [...lines, ...nodes].every((c) => low(palette).includes(c));
  };
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  await waitForCharts(page);
  await expect.poll(() => drawnFrom(CATEGORICAL_DARK)).toBe(true);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => drawnFrom(CATEGORICAL_LIGHT)).toBe(true);
  // A forced theme wins over the system's preference.
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '?theme=light');
  await waitForCharts(page);
  await expect.poll(() => drawnFrom(CATEGORICAL_LIGHT)).toBe(true);
  expect(seen.errors).toEqual([]);
});

test('a 375 px wide phone screen has no horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page);
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.scrollingElement!.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  await page.screenshot({ path: 'test-results/dashboard-375.png', fullPage: true });
});

test('a malformed parameter shows a notice, is dropped, and the page still works', async ({ page }) => {
  const seen = watch(page);
  await open(page, '?from=2019-13&gran=year&embed=dashboard');
  await expect(page.getByRole('status').filter({ hasText: 'from=2019-13' })).toBeVisible();
  expect(params(page).get('from')).toBeNull();
  expect(params(page).get('gran')).toBe('year');
  expect(params(page).get('embed')).toBe('dashboard'); // parameters of other features are kept
  await expect(page.getByRole('radio', { name: 'Jahr' })).toBeChecked();
  await search(page).fill('Bremen');
  await expect.poll(() => params(page).get('q')).toBe('Bremen');
  expect(seen.errors).toEqual([]);
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a worker that starts but never answers ends in a visible error message, not a blank page', async ({ page }) => {
  // A worker that fails to load is reported at once (ownFiles.spec.ts); one that loads and stays silent is only
  // caught by the watchdog, so this test drives the clock past it.
  await page.clock.install();
  await page.route('**/assets/corpus.worker-*.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* never answers */' }),
  );
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Artikel werden gelesen …' })).toBeVisible();
  // The watchdog is armed once the stored files have been read from IndexedDB, which is real (not fake-clock)
  // time after the loading screen shows: advance the fake clock in steps until the error is there, so the test
  // does not depend on which comes first (one run in eight failed with a single jump of 25 s).
  const alert = page.getByRole('alert');
  const failed = alert.getByRole('heading', { name: 'Lagebild konnte nicht gestartet werden' });
  await expect
    .poll(async () => {
      await page.clock.runFor(10_000);
      return failed.count();
    }, { timeout: 15_000 })
    .toBe(1);
  await expect(failed).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Seite neu laden' })).toBeVisible();
});
