/**
 * Observable-Plot-style SVG snapshots: server-render a component, cut out its `<svg data-chart>`, normalise it
 * (round decimals to 2 places, drop Svelte's comments and scoped class hashes, renumber generated ids) and compare
 * with a readable `.svg` checked in under `__snapshots__/`. A missing snapshot fails unless `UPDATE_SNAPSHOTS=1`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { expect } from 'vitest';

export const SNAPSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

/** Body HTML of a server-rendered component. */
export function renderBody<P extends Record<string, any>>(component: Component<P>, props: NoInfer<P>): string {
  return render(component as Component<Record<string, any>>, { props }).body;
}

/** The first `<svg data-chart …>…</svg>` (outermost) of an HTML string. */
export function extractSvg(html: string): string {
  const start = html.search(/<svg[^>]*\bdata-chart\b/);
  if (start < 0) throw new Error('svgSnapshot: no <svg data-chart> in the rendered markup');
  let depth = 0;
  const re = /<(\/?)svg\b[^>]*?(\/?)>/g;
  re.lastIndex = start;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[2]) continue;
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error('svgSnapshot: unbalanced <svg>');
}

export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  let out = svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s*\bsvelte-[a-z0-9]+\b/g, '')
    .replace(/ class=""/g, '')
    .replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/\bid="([^"]+)"/g, (_, id: string) => {
      if (!ids.has(id)) ids.set(id, `id-${ids.size}`);
      return `id="${ids.get(id)}"`;
    });
  for (const [from, to] of ids) out = out.split(`#${from}`).join(`#${to}`);
  // One element per line, so diffs read.
  out = out.replace(/></g, '>\n<');
  if (!out.includes('xmlns=')) out = out.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return out + '\n';
}

/** Compare `svg` (already normalised) with `__snapshots__/<name>.svg`. */
export function expectSvgSnapshot(name: string, svg: string): void {
  const file = join(SNAPSHOT_DIR, `${name}.svg`);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(SNAPSHOT_DIR, { recursive: true });
    writeFileSync(file, svg);
    return;
  }
  if (!existsSync(file)) throw new Error(`svgSnapshot: missing snapshot ${name}.svg; run with UPDATE_SNAPSHOTS=1 to write it`);
  expect(svg).toBe(readFileSync(file, 'utf8'));
}
