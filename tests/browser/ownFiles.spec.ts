/**
 * People's own articles in Debian's Chromium: picking files (good, hostile and broken ones), IndexedDB across
 * reloads, removing, "back to the seeds", the export, and `?corpus=` with an exported corpus served next to
 * index.html (plus a refused foreign address). Run `npx vite build` first.
 */
import { expect, test, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';
import { watchPage } from '../support/watchPage.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const BASE = '/intranet/lagebild/';

let server: StaticServer;
let temp: string;

test.beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error('ownFiles.spec: dist/index.html missing; run `npx vite build` first');
  // A copy of dist/, so the ?corpus= test can put files next to index.html without touching the build.
  temp = mkdtempSync(join(tmpdir(), 'lagebild-own-'));
  cpSync(DIST, temp, { recursive: true });
  server = await startStaticServer({ root: temp, base: BASE });
});

test.afterAll(async () => {
  await server?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

const TXT = `Testkreis:
Landkreis Musterstadt führt Cloud-Akten ein


[03.02.2021] Der Landkreis Musterstadt stellt seine Verwaltung auf elektronische Akten in einer kommunalen Cloud um. Das Projekt beginnt im Frühjahr.

Der Landkreis Musterstadt hat beschlossen, die elektronische Akte in allen Ämtern einzuführen. „Wir wollen schneller und sicherer arbeiten“, sagte Landrätin Erika Beispiel. Der IT-Dienstleister Dataport begleitet die Umstellung.

(ab)

Stichwörter: E-Akte, Cloud
`;

const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Sicherheitsprüfung im Rathaus</title></head>
<body><h1>Sicherheitsprüfung im Rathaus</h1>
<p>[12.03.2021] Die Stadt Prüfhausen testet ihre Webseiten auf Schwachstellen.</p>
<script>window.__pwned=1</script>
<p>Ein Beispiel für gefährlichen Text: &lt;img src=x onerror="window.__pwned=2"&gt; bleibt reiner Text.</p>
<p>Die Stadt Prüfhausen will die Ergebnisse im Sommer veröffentlichen, sagte der Bürgermeister.</p>
</body></html>`;

function watch(page: Page): { errors: string[]; foreign: string[] } {
  return watchPage(page, [server.url]);
}

async function open(page: Page, search = ''): Promise<void> {
  await page.goto(server.url + search);
  await expect(page.getByTestId('article-list')).toBeVisible({ timeout: 30_000 });
}

const list = (page: Page) => page.getByTestId('article-list');
const userFiles = (page: Page) => page.getByTestId('user-files');

test('own files: picked, checked, kept across reloads, removed, back to the seeds', async ({ page }) => {
  const seen = watch(page);
  await open(page);
  const seedCount = await list(page).locator(':scope > li').count();

  await page.getByTestId('pick-files').setInputFiles([
    { name: 'musterstadt.txt', mimeType: 'text/plain', buffer: Buffer.from(TXT, 'utf8') },
    { name: 'pruefung.html', mimeType: 'text/html', buffer: Buffer.from(HTML, 'utf8') },
    { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"documents": [ nope', 'utf8') },
  ]);

  // The broken file is reported by name; the two good ones are in the document list.
  await expect(page.locator('#lb-problems-title')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.problems')).toContainText('bad.json');
  await expect(list(page)).toContainText('Cloud-Akten', { timeout: 30_000 });
  await expect(list(page)).toContainText('Sicherheitsprüfung im Rathaus');
  expect(await list(page).locator(':scope > li').count()).toBeGreaterThan(seedCount);
  await expect(userFiles(page)).toContainText('musterstadt.txt');
  await expect(userFiles(page)).toContainText('pruefung.html');

  // Markup in a document is text, never code.
  await list(page).getByText('Sicherheitsprüfung im Rathaus').first().click();
  const reader = page.getByTestId('reader');
  // The reader layer (cleanText.ts) shows a tag-opening `<` as the look-alike `‹`, so the literal text reads so.
  await expect(reader).toContainText(/[<‹]img src=x onerror="window\.__pwned=2">/);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await reader.locator('img').count()).toBe(0);
  await page.keyboard.press('Escape');

  // IndexedDB keeps the files across a reload.
  await page.goto(server.url);
  await expect(userFiles(page)).toContainText('musterstadt.txt', { timeout: 30_000 });
  await expect(list(page)).toContainText('Cloud-Akten');
  await expect(list(page)).toContainText('Sicherheitsprüfung im Rathaus');

  // Remove one: gone, also after a reload.
  await page.getByRole('button', { name: /pruefung\.html/ }).click();
  await expect(list(page)).not.toContainText('Sicherheitsprüfung im Rathaus', { timeout: 30_000 });
  await page.reload();
  await expect(userFiles(page)).toContainText('musterstadt.txt', { timeout: 30_000 });
  await expect(userFiles(page)).not.toContainText('pruefung.html');
  await expect(list(page)).not.toContainText('Sicherheitsprüfung im Rathaus');

  // Back to the seeds: only seeds, also after a reload.
  await page.getByRole('button', { name: 'Zurück zu den Beispielartikeln' }).click();
  await expect(list(page)).not.toContainText('Cloud-Akten', { timeout: 30_000 });
  await expect(userFiles(page)).toHaveCount(0);
  await page.reload();
  await expect(list(page)).toBeVisible({ timeout: 30_000 });
  await expect(list(page).locator(':scope > li')).toHaveCount(seedCount);
  await expect(userFiles(page)).toHaveCount(0);

  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('export with search index, then ?corpus= loads it (and a files.txt list); a foreign address is refused', async ({ page }) => {
  const seen = watch(page);
  await open(page);
  await page.getByTestId('own-files').locator('summary').click();
  await page.getByLabel('mit Suchindex').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Korpus exportieren (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('lagebild-corpus.json');
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { documents: { title: string }[]; searchIndex?: unknown };
  expect(exported.searchIndex).toBeTruthy();

  // A deployed collection: the export, with one title changed so we can see it was loaded instead of the seeds.
  exported.documents[0]!.title = 'Bestand aus dem Intranet';
  writeFileSync(join(temp, 'corpus.json'), JSON.stringify(exported));
  const more = ['001_a2b9fb6e9804ee7d.txt', '002_7c26aae1279bb77d.txt', '003_05ebbdd9fab7ca9d.txt', '004_ac2f4d37a3170e1a.txt'];
  writeFileSync(join(temp, 'files.txt'), `# a list of files\nartikel/eins.txt\nfehlt.txt\n${more.map((f) => `artikel/${f}`).join('\n')}\n`);
  cpSync(fileURLToPath(new URL('../../seeds/', import.meta.url)), join(temp, 'artikel'), { recursive: true });
  const seed = readFileSync(fileURLToPath(new URL('../../seeds/000_89bbb2d4f43df416.txt', import.meta.url)));
  writeFileSync(join(temp, 'artikel', 'eins.txt'), seed);

  await open(page, '?corpus=corpus.json');
  await expect(list(page)).toContainText('Bestand aus dem Intranet', { timeout: 30_000 });

  await open(page, '?corpus=files.txt');
  // Fetched several at a time: every listed file that exists is there, the missing one is named.
  await expect(page.locator('.problems')).toContainText('fehlt.txt');
  await expect(list(page).locator(':scope > li')).toHaveCount(5);

  await open(page, '?corpus=' + encodeURIComponent('http://example.invalid/corpus.json'));
  await expect(page.getByText('Korpus-Adresse abgelehnt')).toBeVisible();
  expect(seen.foreign).toEqual([]);
  expect(seen.errors.filter((e) => !/404/.test(e))).toEqual([]);
});

test('a worker that cannot start is reported at once, without waiting for the watchdog', async ({ page }) => {
  await page.route('**/assets/corpus.worker-*.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const t0 = Date.now();
  await page.goto(server.url);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Lagebild konnte nicht gestartet werden' })).toBeVisible({ timeout: 5_000 });
  expect(Date.now() - t0).toBeLessThan(10_000);
  await expect(alert).toContainText('corpus worker failed');
});

test('many own files: the list grows in pages, and a file picked again is skipped as already loaded', async ({ page }) => {
  const seen = watch(page);
  await open(page);
  const many = Array.from({ length: 60 }, (_, i) => ({
    name: `meldung-${String(i).padStart(2, '0')}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(TXT.replace('Landkreis Musterstadt führt', `Landkreis Nummer ${i} führt`), 'utf8'),
  }));
  await page.getByTestId('pick-files').setInputFiles(many);
  await expect(page.getByTestId('own-files')).toContainText('Ihre Dateien (60)', { timeout: 30_000 });
  // 50 rows, the rest one click away; the heading counts them all.
  await expect(userFiles(page).locator(':scope > li')).toHaveCount(50);
  await page.getByTestId('more-files').click();
  await expect(userFiles(page).locator(':scope > li')).toHaveCount(60);
  await expect(page.getByTestId('more-files')).toHaveCount(0);
  // The list scrolls by itself instead of pushing the dashboard down: at most half the window high.
  const box = await userFiles(page).boundingBox();
  expect(box!.height).toBeLessThanOrEqual(page.viewportSize()!.height / 2 + 1);
  expect(await userFiles(page).evaluate((el) => el.scrollHeight > el.clientHeight + 100)).toBe(true);

  // Same name and size as a stored file: skipped and said so; nothing is added twice.
  await page.getByTestId('pick-files').setInputFiles([many[7]!]);
  await expect(page.getByTestId('skipped')).toContainText('meldung-07.txt', { timeout: 30_000 });
  await expect(page.getByTestId('own-files')).toContainText('Ihre Dateien (60)');

  // All of them again: 60 skipped names, shown 20 at a time.
  await page.getByTestId('pick-files').setInputFiles(many);
  const skipped = page.getByTestId('skipped');
  await expect(skipped).toContainText('60 Dateien übersprungen', { timeout: 30_000 });
  await expect(skipped.locator('li')).toHaveCount(20);
  await page.getByTestId('more-skipped').click();
  await expect(skipped.locator('li')).toHaveCount(60);
  await expect(page.getByTestId('more-skipped')).toHaveCount(0);

  // Stored in IndexedDB in a few transactions, not one per file: all 60 are there after a reload.
  await page.reload();
  await expect(page.getByTestId('own-files')).toContainText('Ihre Dateien (60)', { timeout: 30_000 });
  await expect(page.locator('section.summary .counts')).toContainText('65 Artikel');
  await page.getByRole('button', { name: 'Zurück zu den Beispielartikeln' }).click();
  await expect(userFiles(page)).toHaveCount(0, { timeout: 30_000 });
  expect(seen.errors).toEqual([]);
});
