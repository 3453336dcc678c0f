import type { Page } from '@playwright/test';

/**
 * Collects, for the whole life of a page, console errors, page errors and every request that goes to an origin
 * outside `allowedOrigins` (data: and blob: URLs stay inside the page). Browser tests assert both lists are empty:
 * Lagebild must run on an intranet with no other host to talk to.
 */
export function watchPage(page: Page, allowedOrigins: string[]): { errors: string[]; foreign: string[] } {
  const errors: string[] = [];
  const foreign: string[] = [];
  const allowed = new Set(allowedOrigins.map((u) => new URL(u).origin));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && !allowed.has(new URL(url).origin)) foreign.push(url);
  });
  return { errors, foreign };
}
