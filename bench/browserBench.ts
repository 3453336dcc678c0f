/**
 * `npm run bench:browser`: the real thing in Debian's Chromium. Builds nothing (run `npm run build` first);
 * copies dist/ into bench/out/browser-site with the synthetic corpora, serves it under a sub-path with
 * tests/support/staticServer.ts, and prints one JSON line per measurement:
 *
 * - `ui-load` (seeds; and each size via `?corpus=`): first chart / all three charts drawn after navigation,
 *   the app's `lagebild:charts-drawn` mark if it sets one, longest main-thread task (PerformanceObserver
 *   'longtask') during load, and the largest main-thread task by thread CPU and by wall time from a trace
 *   (browser/taskTrace.ts: wall time on a loaded 2-core machine is mostly waiting for a core);
 * - `ui-filter`: filter change (URL + popstate, as Back/Forward does) → first frame after the last DOM change,
 *   p50/p95/max, and the longest main-thread task meanwhile (observer and trace, as for `ui-load`);
 * - `worker`: the built worker driven from a blank page: load N raw pages, first view, full index, search and
 *   filter round trips, prebuilt (exported with index) load;
 * - `injected-pages`: the app itself with its seed files swapped for the N synthetic pages (see
 *   browser/injectCorpusScript.ts): load and filter latency at N articles before `?corpus=` exists.
 *
 *   npm run bench:browser                    # sizes 10000
 *   npm run bench:browser -- --sizes 1000,10000 --seed 42
 *   npx tsx bench/browserBench.ts --dist /tmp/me/dist --site /tmp/me/site   # own build, own served copy
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config.ts';
import { startStaticServer } from '../tests/support/staticServer.ts';
import { CHARTS_DRAWN_MESSAGE, IN_PAGE_SCRIPT } from './browser/inPageScript.ts';
import { WORKER_BENCH_SCRIPT } from './browser/workerBenchScript.ts';
import { injectCorpusScript } from './browser/injectCorpusScript.ts';
import { prepareSite, prepareSize, type PreparedSize } from './browser/site.ts';
import { startTaskTrace, stopTaskTrace, type TaskStats } from './browser/taskTrace.ts';
import { percentile, round } from './measure/stats.ts';
import { QUERIES } from './measure/workload.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: process.env.BENCH_SIZES ?? '10000' },
    seed: { type: 'string', default: '42' },
    'skip-ui-corpus': { type: 'boolean', default: false },
    // Run only these groups (comma-separated: seeds, worker, ui-load, ui-own-files, ui-corpus); all by default.
    only: { type: 'string' },
    // Where the build is read from and the served copy is written, so two people can benchmark their own builds
    // on one machine (`npx vite build --outDir /tmp/me/dist` then `--dist /tmp/me/dist --site /tmp/me/site`).
    dist: { type: 'string' },
    site: { type: 'string' },
  },
});

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = resolve(values.dist ?? `${ROOT}dist`);
const SITE = resolve(values.site ?? `${ROOT}bench/out/browser-site`);
const BASE = '/bench/lagebild/';
const GROUPS = ['seeds', 'worker', 'ui-load', 'ui-own-files', 'ui-corpus'] as const;
const ONLY = values.only?.split(',').filter(Boolean);
for (const g of ONLY ?? []) if (!(GROUPS as readonly string[]).includes(g)) throw new Error(`bench:browser: --only ${g}: not one of ${GROUPS.join(', ')}`);
/** Whether this run measures group `g` (`--only`, and `--skip-ui-corpus` for the ?corpus= loads). */
const runs = (g: (typeof GROUPS)[number]) => (ONLY ? ONLY.includes(g) : !(g === 'ui-corpus' && values['skip-ui-corpus']));

function emit(o: Record<string, unknown>): void {
  const rounded = Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? round(v, 1) : v]));
  console.log(JSON.stringify({ bench: 'browser', ...rounded, cpus: cpus().length, loadavg_1m: round(loadavg()[0] ?? 0, 2) }));
}

interface LoadState {
  framesAt: number | null;
  firstChartAt: number | null;
  chartsAt: number | null;
  markAt: number | null;
  longtasks: { start: number; duration: number }[];
}

const loadState = (page: Page) => page.evaluate('({ framesAt: __lbBench.framesAt, firstChartAt: __lbBench.firstChartAt, chartsAt: __lbBench.chartsAt, markAt: __lbBench.markAt, longtasks: __lbBench.longtasks })') as Promise<LoadState>;

/** Navigate, wait for three charts, and report load timings (ms since navigation start) and traced tasks. */
async function uiLoad(browser: Browser, page: Page, url: string, timeoutMs: number): Promise<{ s: LoadState | null; tasks: TaskStats | null }> {
  await startTaskTrace(browser, page);
  // Waited for by the page's console message, so nothing of Playwright's runs in the page during the load (see
  // CHARTS_DRAWN_MESSAGE); the waiter is set before the navigation, which may draw the charts before it returns.
  const drawn = page.waitForEvent('console', { predicate: (m) => m.text() === CHARTS_DRAWN_MESSAGE, timeout: timeoutMs });
  drawn.catch(() => {}); // awaited below; a failed navigation leaves it to time out unobserved
  try {
    await page.goto(url);
    await drawn;
  } catch {
    await stopTaskTrace(browser);
    return { s: null, tasks: null };
  }
  // Long tasks right after the charts (background indexing answers, late layout) still count as "during load".
  await page.waitForTimeout(2000);
  const tasks = await stopTaskTrace(browser);
  return { s: await loadState(page), tasks };
}

/** Filter changes via URL + popstate; alternate with the empty filter so every step changes the charts. */
async function uiFilters(browser: Browser, page: Page, searches: string[]): Promise<Record<string, unknown>> {
  const before = (await loadState(page)).longtasks.length;
  await startTaskTrace(browser, page);
  await page.evaluate("performance.mark('lb-bench:filters')");
  const ms: number[] = [];
  const firstMs: number[] = [];
  let timeouts = 0;
  for (const s of searches) {
    for (const step of [s, '']) {
      const r = (await page.evaluate(`__lbBench.changeAndWait(${JSON.stringify(step ? `?${step}` : '')})`)) as { drawn: number; first: number } | null;
      if (r === null) timeouts++;
      else {
        ms.push(r.drawn);
        firstMs.push(r.first);
      }
    }
  }
  const tasks = (await loadState(page)).longtasks.slice(before);
  const traced = await stopTaskTrace(browser);
  return {
    changes: ms.length,
    no_change_detected: timeouts,
    filter_drawn_p50_ms: percentile(ms, 50),
    filter_drawn_p95_ms: percentile(ms, 95),
    filter_drawn_max_ms: ms.length ? Math.max(...ms) : null,
    filter_first_change_p95_ms: percentile(firstMs, 95),
    longest_task_ms: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    longtasks: tasks.length,
    ...traced,
  };
}

/**
 * The user's own files: the app open on its seeds and idle, then all pages picked at once ("Dateien wählen …").
 * From the input's `change` event (the browser has made the File objects; that part is its own) until the summary
 * counts every article, and the page's long tasks meanwhile.
 */
async function uiOwnFiles(browser: Browser, page: Page, url: string, p: PreparedSize): Promise<Record<string, unknown>> {
  await page.goto(url);
  await page.waitForFunction('__lbBench.chartsAt !== null', undefined, { timeout: 60_000, polling: 100 });
  await page.waitForTimeout(3000); // the worker's idle warm-up (a second after the seeds are indexed) is done
  const count = (p.docs + 5).toLocaleString('de-DE');
  await page.evaluate(`(() => {
    const input = document.querySelector('[data-testid=pick-files]');
    input.addEventListener('change', () => {
      performance.mark('lb-bench:own-files-change');
      window.__ownChangeAt = performance.now();
      window.__ownTasks = __lbBench.longtasks.length;
    }, true);
    const want = ${JSON.stringify(`${count} Artikel`)};
    new MutationObserver(() => {
      if (window.__ownDoneAt) return;
      const text = document.querySelector('section.summary .counts')?.textContent ?? '';
      if (text.includes(want)) window.__ownDoneAt = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
  // The trace counts tasks from `change` on: before it, the browser's own task makes the File objects (seconds at
  // 10,000 files), outside the app. Both cores are busy with the worker and its helper meanwhile, so the main
  // thread's wall time stretches far beyond its CPU time (see taskTrace.ts).
  await startTaskTrace(browser, page);
  await page.getByTestId('pick-files').setInputFiles(p.files);
  try {
    await page.waitForFunction('window.__ownDoneAt !== undefined', undefined, { timeout: 180_000, polling: 100 });
  } catch {
    await stopTaskTrace(browser);
    return { error: 'the picked files were not all counted within 180 s' };
  }
  // What follows the count (storing the files in IndexedDB) is part of the flow: wait for it, then stop.
  await page.waitForTimeout(2000);
  const traced = await stopTaskTrace(browser, 'lb-bench:own-files-change');
  const r = (await page.evaluate('({ ms: window.__ownDoneAt - window.__ownChangeAt, from: window.__ownChangeAt, tasks: __lbBench.longtasks.slice(window.__ownTasks) })')) as {
    ms: number;
    from: number;
    tasks: { start: number; duration: number }[];
  };
  const mine = r.tasks.filter((t) => t.start >= r.from);
  return {
    change_to_counted_ms: r.ms,
    longest_task_ms: mine.reduce((m, t) => Math.max(m, t.duration), 0),
    longtasks: mine.length,
    ...traced,
  };
}

function loadFields({ s, tasks }: { s: LoadState | null; tasks: TaskStats | null }): Record<string, unknown> {
  if (!s) return { error: 'three charts not drawn within the timeout' };
  return {
    chart_frames_ms: s.framesAt,
    first_chart_ms: s.firstChartAt,
    charts_drawn_ms: s.chartsAt,
    charts_drawn_mark_ms: s.markAt,
    longest_task_ms: s.longtasks.reduce((m, t) => Math.max(m, t.duration), 0),
    longtasks: s.longtasks.length,
    ...tasks,
  };
}

function filterSearches(p: { organisations: string[]; people: string[]; topics: string[] }): string[] {
  const q = (k: string, v: string) => `${k}=${encodeURIComponent(v)}`;
  const out = [
    ...p.organisations.slice(0, 4).map((o) => q('org', o)),
    ...p.topics.slice(0, 2).map((t) => q('topic', t)),
    ...p.people.slice(0, 2).map((n) => q('person', n)),
    'from=2019-01&to=2020-12',
    'from=2023-01',
  ];
  if (p.organisations.length >= 2) out.push(`${q('org', p.organisations[0]!)}&${q('org', p.organisations[1]!)}`);
  return out;
}

/** The bundled seeds, as the app's first load (the warm case of the worker benchmark). */
const SEED_DIR = fileURLToPath(new URL('../seeds/', import.meta.url));
const SEED_FILES = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, b64: readFileSync(`${SEED_DIR}${name}`).toString('base64') }));

async function main(): Promise<void> {
  const seed = Number(values.seed);
  const sizes = values.sizes.split(',').filter(Boolean).map(Number);
  const { workerPath } = prepareSite(DIST, SITE);
  const prepared: PreparedSize[] = [];
  for (const n of sizes) {
    const t0 = performance.now();
    prepared.push(prepareSize(SITE, n, seed));
    console.error(`bench:browser: prepared ${n} pages in ${Math.round(performance.now() - t0)} ms`);
  }
  const server = await startStaticServer({ root: SITE, base: BASE });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const fresh = async (inject?: PreparedSize) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
      await context.addInitScript({ content: IN_PAGE_SCRIPT });
      if (inject) await context.addInitScript({ content: injectCorpusScript(`${server.url}${inject.pagesBin}`, `${server.url}${inject.pagesIndex}`) });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`bench:browser: page error: ${e.message}`));
      return { context, page };
    };

    // Seeds: the page as a user opens it.
    if (runs('seeds')) {
      const { context, page } = await fresh();
      const load = await uiLoad(browser, page, `${server.url}index.html`, 60_000);
      emit({ measurement: 'ui-load', corpus: 'seeds', ...loadFields(load) });
      if (load.s) {
        const seedNames = { organisations: ['Vitako', 'Dataport', 'KGSt', 'Deutscher Städtetag'], people: ['Hans-Henning Lühr', 'Dieter Rehfeld'], topics: ['souveraenitaet'] };
        emit({ measurement: 'ui-filter', corpus: 'seeds', ...(await uiFilters(browser, page, filterSearches(seedNames))) });
      }
      await context.close();
    }

    for (const p of prepared) {
      // The worker on its own, from a blank page.
      if (runs('worker')) {
        const { context, page } = await fresh();
        await page.goto(`${server.url}bench.html`);
        const cfg = {
          workerUrl: `${server.url}${workerPath}`,
          pagesBin: `${server.url}${p.pagesBin}`,
          pagesIndex: `${server.url}${p.pagesIndex}`,
          queries: QUERIES,
          seeds: SEED_FILES,
          filters: [
            ...p.organisations.map((o) => ({ orgs: [o] })),
            ...p.topics.map((t) => ({ topics: [t] })),
            ...p.people.map((n) => ({ people: [n] })),
            { from: '2019-01', to: '2020-12' },
            {},
          ],
        };
        try {
          const r = (await page.evaluate(`(${WORKER_BENCH_SCRIPT})(${JSON.stringify(cfg)})`)) as Record<string, number>;
          emit({ measurement: 'worker', docs: p.docs, mb: p.mb, ...r, ingest_mb_s: p.mb / ((r.ingest_ms ?? NaN) / 1000) });
        } catch (e) {
          emit({ measurement: 'worker', docs: p.docs, error: String(e) });
        }
        await context.close();
      }
      // The app with its seeds swapped for the N synthetic pages (raw pages: read + extract + index in its worker).
      if (runs('ui-load')) {
        const { context, page } = await fresh(p);
        const load = await uiLoad(browser, page, `${server.url}index.html`, 300_000);
        const injected = (await page.evaluate('window.__lbInjected || 0')) as number;
        if (!load.s || injected === 0) {
          emit({ measurement: 'ui-load', corpus: 'injected-pages', docs: p.docs, injected, ...loadFields(load) });
        } else {
          emit({ measurement: 'ui-load', corpus: 'injected-pages', docs: p.docs, ...loadFields(load) });
          // Let the background index finish first: filter latency, not indexing, is measured next.
          await page.waitForTimeout(Number(process.env.BENCH_INDEX_WAIT_MS ?? 30_000));
          emit({ measurement: 'ui-filter', corpus: 'injected-pages', docs: p.docs, ...(await uiFilters(browser, page, filterSearches(p))) });
        }
        await context.close();
      }
      // The same pages picked as own files in the app (read by the page, stored in IndexedDB).
      if (p.docs <= 10_000 && runs('ui-own-files')) {
        const { context, page } = await fresh();
        emit({ measurement: 'ui-own-files', docs: p.docs, ...(await uiOwnFiles(browser, page, `${server.url}index.html`, p)) });
        await context.close();
      }
      if (!runs('ui-corpus')) continue;
      // The app on this corpus via ?corpus= (issue 5, phase 2), prebuilt index and not.
      for (const [label, file] of [['corpus', p.corpusJson], ['corpus-indexed', p.corpusIndexedJson]] as const) {
        const { context, page } = await fresh();
        const load = await uiLoad(browser, page, `${server.url}index.html?corpus=${encodeURIComponent(file)}`, 120_000);
        // Seeds draw charts too: only count it when the page shows a count of this corpus' size.
        const big = load.s && ((await page.evaluate(`/\\b\\d{1,3}(\\.\\d{3})+\\b/.test(document.body.innerText)`)) as boolean);
        if (!big) {
          emit({ measurement: 'ui-load', corpus: label, docs: p.docs, error: '?corpus= not applied (no corpus-sized count on the page): needs issue 5 phase 2' });
        } else {
          emit({ measurement: 'ui-load', corpus: label, docs: p.docs, ...loadFields(load) });
          emit({ measurement: 'ui-filter', corpus: label, docs: p.docs, ...(await uiFilters(browser, page, filterSearches(p))) });
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
