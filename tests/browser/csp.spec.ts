/**
 * The normal build under the strict Content Security Policy an intranet host may send, served below a sub-path:
 * no violation, no console error, no request outside the served folder, and the charts draw (which proves the
 * worker started from a same-origin file, since a blob: worker would be blocked by `default-src 'self'`).
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const BASE = '/intranet/abteilung-7/lagebild/';
/** The policy of issue 5. `unsafe-eval` is absent on purpose: nothing in the build may need it. */
const CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'";

/** Enough marks in at least three charts that they have visibly drawn (not just an empty frame). */
async function waitForCharts(page: import('@playwright/test').Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('svg[data-chart]')];
      return charts.filter((svg) => svg.querySelector('path, rect, circle, line')).length >= 3;
    },
    undefined,
    { timeout: 30_000 },
  );
}

let server: StaticServer;

test.beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error('csp.spec: dist/index.html missing; run `npm run build` first');
  server = await startStaticServer({ root: DIST, base: BASE, csp: CSP });
});

test.afterAll(async () => {
  await server?.close();
});

test('draws the charts under a strict CSP with no violation and no foreign request', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (u.host !== `127.0.0.1:${server.port}` || !u.pathname.startsWith(BASE)) foreign.push(r.url());
  });
  // Workers report violations in their own global scope; Chromium also logs them to the page console.
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && errors.push(`worker: ${m.text()}`)));

  const response = await page.goto(server.url);
  expect(response?.headers()['content-security-policy']).toBe(CSP);
  await waitForCharts(page);
  // Let late work (index built in the background, fonts, lazy chunks) finish before judging.
  await page.waitForTimeout(1000);

  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  expect(server.requests.every((r) => r.startsWith(BASE))).toBe(true);
});
