/**
 * Render SVG snapshot files to PNG with Debian's Chromium, to look at them:
 *   npx tsx tests/support/renderSvg.ts [outDir=/tmp/lb-snapshots] [--dark] file.svg…
 * (default: every tests/unit/charts/__snapshots__/*.svg). `--dark` sets the theme variables to global.css's dark values;
 * the snapshots keep the light theme's categorical colours (the app draws the dark palette, layout/palette.ts).
 */
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

const args = process.argv.slice(2);
const dark = args.includes('--dark');
const rest = args.filter((a) => a !== '--dark');
const outDir = rest[0] && !rest[0].endsWith('.svg') ? rest.shift()! : '/tmp/lb-snapshots';
const snapDir = 'tests/unit/charts/__snapshots__';
const files = rest.length ? rest : readdirSync(snapDir).filter((f) => f.endsWith('.svg')).map((f) => join(snapDir, f));
mkdirSync(outDir, { recursive: true });

const theme = dark
  ? '--lb-fg:#e6e9ed;--lb-bg:#1b2128;--lb-muted:#a5afba;--lb-accent:#7cb7f5;--lb-grid:#333c46;'
  : '--lb-fg:#1b1f24;--lb-bg:#ffffff;--lb-muted:#56606b;--lb-accent:#0b5cad;--lb-grid:#d5dae0;';

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1.5 });
  await page.route('**/*', (r) => r.abort());
  for (const file of files) {
    const svg = readFileSync(file, 'utf8');
    await page.setContent(
      `<!doctype html><html><body style="margin:0;padding:8px;display:inline-block;${theme}background:var(--lb-bg);color:var(--lb-fg);font-family:system-ui,sans-serif">${svg}</body></html>`,
    );
    const out = join(outDir, basename(file, '.svg') + (dark ? '-dark' : '') + '.png');
    await page.locator('body').screenshot({ path: out });
    console.log(out);
  }
} finally {
  await browser.close();
}
