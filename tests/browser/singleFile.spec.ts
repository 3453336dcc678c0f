/**
 * The offline single file (`npm run build:single` → dist-single/lagebild.html) opened from disk: the charts draw
 * (so the inlined classic worker started from a file:// page), search narrows the documents, and the console
 * stays clean; and more than 1 MB of own files are analysed although the file's worker, running from a revoked
 * blob: URL, cannot start extraction helpers (src/worker/extractPool.ts: it extracts alone). The file is rebuilt
 * first so the test never judges a stale build; set LAGEBILD_SINGLE_PREBUILT=1 to test the file as it is.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from '../../bench/generate/corpus.ts';
import { analyzeFiles } from '../../src/corpus/pipeline.ts';
import type { InputFile } from '../../src/corpus/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILE = `${ROOT}dist-single/lagebild.html`;

async function waitForCharts(page: Page): Promise<void> {
  await page.waitForFunction(
    () => [...document.querySelectorAll('svg[data-chart]')].filter((svg) => svg.querySelector('path, rect, circle, line')).length >= 3,
    undefined,
    { timeout: 30_000 },
  );
}

test.beforeAll(() => {
  test.setTimeout(180_000);
  if (!process.env.LAGEBILD_SINGLE_PREBUILT) {
    execFileSync(process.execPath, [`${ROOT}node_modules/vite/bin/vite.js`, 'build', '--config', 'vite.single.config.ts', '--logLevel', 'error'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  if (!existsSync(FILE)) throw new Error('singleFile.spec: dist-single/lagebild.html missing after `npm run build:single`');
});

test('works from file:// with charts, search and a clean console', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url())) fetched.push(r.url());
  });

  const url = pathToFileURL(FILE).href;
  await page.goto(url);
  await waitForCharts(page);

  // Seed 004 is the only article about Recklinghausen: a search must narrow the list to it.
  const articles = page.getByTestId('article-list').locator(':scope > li');
  const before = await articles.count();
  expect(before).toBeGreaterThan(1);
  await page.locator('input[type="search"]').fill('Recklinghausen');
  await expect(articles).toHaveCount(1, { timeout: 15_000 });
  await expect(articles.first()).toContainText('NRW stand im Fokus');
  await waitForCharts(page);

  expect(errors).toEqual([]);
  // Nothing but the file itself: seeds, styles and the worker are inside it.
  expect(fetched.filter((u) => u.split('?')[0] !== url)).toEqual([]);
});

test('the single file, where no helper can start, still analyses every file', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(FILE).href);
  const counts = page.locator('.summary .counts');
  await expect(counts).toContainText('Artikel', { timeout: 30_000 });

  // ≈ 1.4 MB: over the 1 MB from which the worker would start helpers (extractHelpers.ts).
  const pages: InputFile[] = [...generateCorpus({ docs: 400, seed: 11 })].map((f) => ({ name: f.name, bytes: f.bytes }));
  const seeds = readdirSync(`${ROOT}seeds`).filter((f) => f.endsWith('.txt')).map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${ROOT}seeds/${name}`)) }));
  const all = analyzeFiles([...seeds, ...pages]).documents;
  const articles = all.filter((d) => d.kind === 'article').length;
  const teasers = all.length - articles;
  const de = (n: number) => n.toLocaleString('de-DE');

  await page.getByTestId('pick-files').setInputFiles(pages.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.bytes) })));
  await expect(counts).toContainText(`${de(articles)} Artikel`, { timeout: 90_000 });
  await expect(counts).toContainText(`${de(teasers)} Kurzmeldungen`);
  // Six sources on the line, the rest behind "und N weitere" (the summary keeps its height).
  const sources = new Set(all.map((d) => d.source).filter((s) => s !== null)).size;
  expect(sources).toBeGreaterThan(6);
  await expect(counts).toContainText(`und ${sources - 6} weitere`);
  expect(errors).toEqual([]);
});
