/**
 * Extraction helpers in Debian's Chromium (see src/worker/extractPool.ts):
 * - the built corpus worker starts helpers for a load over 1 MB, and the documents and aggregates are exactly
 *   those of the pure layer in Node (one thread);
 * - a cancel reaches the worker between batches;
 * - as in the app: after the seeds and the idle warm-up, large loads use the (kept) helpers, with the same result.
 * The single file, where no helper can start, is tested in singleFile.spec.ts (which builds it).
 * Needs `npx vite build` (dist/).
 */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';
import { generateCorpus } from '../../bench/generate/corpus.ts';
import { IN_PAGE_SCRIPT } from '../../bench/browser/inPageScript.ts';
import { analyzeFiles } from '../../src/corpus/pipeline.ts';
import { CorpusStore } from '../../src/corpus/corpusStore.ts';
import { viewRequest } from '../../src/worker/viewRequest.ts';
import type { InputFile } from '../../src/corpus/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = `${ROOT}dist/`;

// ≈ 1.4 MB: over the 1 MB from which the worker starts helpers (extractHelpers.ts).
const pages: InputFile[] = [...generateCorpus({ docs: 400, seed: 11 })].map((f) => ({ name: f.name, bytes: f.bytes }));

let server: StaticServer;
test.beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error('extractHelpers.spec: dist/index.html missing; run `npx vite build` first');
  server = await startStaticServer({ root: DIST, base: '/lagebild/' });
});
test.afterAll(async () => {
  await server?.close();
});

test('the built worker extracts with helpers and gets exactly the one-thread result', async ({ page }) => {
  const bytes = pages.reduce((s, f) => s + f.bytes.length, 0);
  expect(bytes).toBeGreaterThan(1_000_000);
  const worker = readdirSync(`${DIST}assets`).find((f) => /^corpus\.worker-.*\.js$/.test(f));
  expect(worker).toBeDefined();

  const expected = new CorpusStore(analyzeFiles(pages).documents);
  const { computeMs: _c, ...expectedView } = expected.view(viewRequest());

  await page.addInitScript({ content: IN_PAGE_SCRIPT });
  // A same-origin page without the app: the worker is driven over Comlink's wire protocol (bench/browser).
  await page.goto(`${server.url}no-app-here`);
  const result = await page.evaluate(
    async ({ url, files, request }) => {
      const B = (window as unknown as { __lbBench: { workerCall(w: Worker, m: string, a: unknown[]): Promise<unknown> } }).__lbBench;
      const w = new Worker(url, { type: 'module' });
      const input = files.map((f) => ({ name: f.name, bytes: Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0)) }));
      const summary = await B.workerCall(w, 'load', [input]);
      const view = await B.workerCall(w, 'view', [request]);
      w.terminate();
      return { summary, view, cores: navigator.hardwareConcurrency };
    },
    { url: `${server.url}assets/${worker}`, files: pages.map((f) => ({ name: f.name, b64: Buffer.from(f.bytes).toString('base64') })), request: viewRequest() },
  );
  const summary = result.summary as { documents: number; problems: unknown[]; extractThreads: number };
  const { computeMs: _d, ...view } = result.view as { computeMs: number };

  // One fewer helper than cores, at most three; the corpus worker extracts too.
  expect(summary.extractThreads).toBe(1 + Math.max(0, Math.min(3, result.cores - 1)));
  expect(summary.documents).toBe(expected.documents.length);
  expect(summary.problems).toEqual([]);
  // Layout coordinates are compared within 1e-3 (of a unit square): Node's and Chromium's V8 may differ in the
  // last bits of Math functions, which a force simulation carries on. Everything else must be equal.
  const coords: [number, number][] = [];
  const strip = (v: unknown, into?: number[]) =>
    JSON.parse(JSON.stringify(v, (k, x) => {
      if ((k === 'x' || k === 'y') && typeof x === 'number') {
        into?.push(x);
        return 0;
      }
      return x;
    }));
  const got: number[] = [];
  const want: number[] = [];
  expect(strip(view, got)).toEqual(strip(expectedView, want));
  expect(got.length).toBe(want.length);
  got.forEach((x, i) => coords.push([x, want[i]!]));
  expect(coords.filter(([a, b]) => Math.abs(a - b) > 1e-3)).toEqual([]);
});

test('a cancel sent right after the load reaches the worker between batches', async ({ page }) => {
  const worker = readdirSync(`${DIST}assets`).find((f) => /^corpus\.worker-.*\.js$/.test(f));
  await page.addInitScript({ content: IN_PAGE_SCRIPT });
  await page.goto(`${server.url}no-app-here`);
  const result = await page.evaluate(
    async ({ url, files }) => {
      const B = (window as unknown as { __lbBench: { workerCall(w: Worker, m: string, a: unknown[]): Promise<unknown> } }).__lbBench;
      const w = new Worker(url, { type: 'module' });
      const input = files.map((f) => ({ name: f.name, bytes: Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0)) }));
      const loading = B.workerCall(w, 'load', [input]);
      await B.workerCall(w, 'cancel', []);
      const summary = await loading;
      w.terminate();
      return summary as { documents: number };
    },
    { url: `${server.url}assets/${worker}`, files: pages.map((f) => ({ name: f.name, b64: Buffer.from(f.bytes).toString('base64') })) },
  );
  const all = analyzeFiles(pages).documents.length;
  // The worker turns between batches of ≈ 256 KB (6 here): the cancel stops it after the first few.
  expect(result.documents).toBeGreaterThan(0);
  expect(result.documents).toBeLessThan(all);
});

test('after the seeds and the idle warm-up, the kept helpers take part in two large loads, with the one-thread result', async ({ page }) => {
  const worker = readdirSync(`${DIST}assets`).find((f) => /^corpus\.worker-.*\.js$/.test(f));
  const seedDir = `${ROOT}seeds/`;
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, b64: readFileSync(`${seedDir}${name}`).toString('base64') }));
  const expected = new CorpusStore(analyzeFiles(pages).documents);
  const { computeMs: _c, ...expectedView } = expected.view(viewRequest({ orgs: ['Vitako'] }));
  await page.addInitScript({ content: IN_PAGE_SCRIPT });
  await page.goto(`${server.url}no-app-here`);
  const result = await page.evaluate(
    async ({ url, files, seeds, request }) => {
      const B = (window as unknown as { __lbBench: { workerCall(w: Worker, m: string, a: unknown[]): Promise<unknown> } }).__lbBench;
      const decode = (f: { name: string; b64: string }) => ({ name: f.name, bytes: Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0)) });
      const w = new Worker(url, { type: 'module' });
      const first = (await B.workerCall(w, 'load', [seeds.map(decode)])) as { extractThreads: number };
      await B.workerCall(w, 'whenIdle', []);
      const out: { threads: number[]; views: unknown[] } = { threads: [first.extractThreads], views: [] };
      for (let k = 0; k < 2; k++) {
        const s = (await B.workerCall(w, 'load', [files.map(decode)])) as { extractThreads: number };
        out.threads.push(s.extractThreads);
        out.views.push(await B.workerCall(w, 'view', [request]));
      }
      w.terminate();
      return { ...out, cores: navigator.hardwareConcurrency };
    },
    { url: `${server.url}assets/${worker}`, files: pages.map((f) => ({ name: f.name, b64: Buffer.from(f.bytes).toString('base64') })), seeds, request: viewRequest({ orgs: ['Vitako'] }) },
  );
  const withHelpers = 1 + Math.max(0, Math.min(3, result.cores - 1));
  // The seeds are too small for helpers; both large loads get them.
  expect(result.threads).toEqual([1, withHelpers, withHelpers]);
  for (const v of result.views) {
    const { computeMs: _d, ...view } = v as { computeMs: number };
    // Without the speaker layout's coordinates (compared within 1e-3 in the first test).
    const noXY = (x: unknown) => JSON.parse(JSON.stringify(x, (k, val) => ((k === 'x' || k === 'y') && typeof val === 'number' ? 0 : val)));
    expect(noXY(view)).toEqual(noXY(expectedView));
  }
});
