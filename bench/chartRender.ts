/**
 * Where the first dashboard render spends main-thread time: loads the built app (dist/) in Debian's Chromium with
 * the CDP sampling profiler running, then prints (as JSON lines) the long tasks seen while loading and the functions
 * with the most self time inside the longest task. Also measures filter changes.
 *
 *   npx vite build && npx tsx bench/chartRender.ts [--runs 3] [--top 25]
 */
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../tests/support/staticServer.ts';

const DIST = process.env.LB_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const argv = process.argv.slice(2);
const opt = (name: string, d: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : d;
};
const RUNS = opt('runs', 1);
const TOP = opt('top', 25);
const PROFILE = !argv.includes('--no-profile');
/** Svelte runtime frames that wrap every component: left out of the inclusive list. */
const GENERIC = /\b(root|flush|#process|#traverse|run_all|run_micro_tasks|update_effect|update_reaction|create_effect|branch|block|boundary|Boundary[.#\w]*|update_branch|ensure|if_block|each|create_item|snippet|template_effect|flatten|execute_derived|update_derived|get\$1|untrack|alternate(_\d)?|consequent(_\d)?|children|\(anon\)|\(program\)) /;

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

const server = await startStaticServer({ root: DIST, base: '/intranet/lagebild/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    await page.addInitScript(() => {
      const w = window as unknown as { __lt: { start: number; duration: number }[] };
      w.__lt = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__lt.push({ start: e.startTime, duration: e.duration }); })
        .observe({ type: 'longtask', buffered: true });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    if (PROFILE) await cdp.send('Profiler.start');
    const navStart = Date.now();
    await page.goto(server.url);
    await page.waitForFunction(() => document.querySelectorAll('svg[data-chart]').length >= 3, undefined, { timeout: 30_000 });
    await page.waitForTimeout(800);
    const profile = PROFILE ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile : null;
    const longTasks = await page.evaluate(() => (window as unknown as { __lt: { start: number; duration: number }[] }).__lt);
    const elements = await page.evaluate(() => ({
      all: document.querySelectorAll('*').length,
      buttons: document.querySelectorAll('button').length,
      svgNodes: document.querySelectorAll('svg *').length,
    }));
    const mounts = await page.evaluate(() => performance.getEntriesByName('lb:chart-mount').map((e) => ({ start: Math.round(e.startTime), ms: Math.round(e.duration) })));
    console.log(JSON.stringify({ run, wall_ms: Date.now() - navStart, long_tasks: longTasks.map((t) => ({ start: Math.round(t.start), ms: Math.round(t.duration) })), chart_mounts: mounts, elements }));

    if (!profile) { await page.close(); continue; }
    // Split the samples into busy stretches (separated by idle samples): roughly the main-thread tasks. For the
    // longest stretches, print the functions with the most inclusive and self time.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const key = (f: ProfileNode) => `${f.callFrame.functionName || '(anon)'} ${f.callFrame.url.split('/').pop()}:${f.callFrame.lineNumber}`;
    const stretches: { ms: number; ids: { id: number; dt: number }[] }[] = [];
    let cur: { ms: number; ids: { id: number; dt: number }[] } | null = null;
    for (let i = 0; i < profile.samples.length; i++) {
      const id = profile.samples[i]!;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const idle = byId.get(id)!.callFrame.functionName === '(idle)';
      if (idle) { if (cur) stretches.push(cur); cur = null; continue; }
      cur ??= { ms: 0, ids: [] };
      cur.ms += dt;
      cur.ids.push({ id, dt });
    }
    if (cur) stretches.push(cur);
    stretches.sort((a, b) => b.ms - a.ms);
    console.log(`-- busy stretches (ms, profiler on): ${stretches.slice(0, 8).map((x) => x.ms.toFixed(0)).join(' ')}`);
    for (const st of stretches.slice(0, opt('stretches', 2))) {
      const self = new Map<string, number>();
      const incl = new Map<string, number>();
      for (const s of st.ids) {
        const n = byId.get(s.id)!;
        self.set(key(n), (self.get(key(n)) ?? 0) + s.dt);
        const seen = new Set<string>();
        for (let id: number | undefined = s.id; id !== undefined; id = parent.get(id)) {
          const k = key(byId.get(id)!);
          if (seen.has(k)) continue;
          seen.add(k);
          incl.set(k, (incl.get(k) ?? 0) + s.dt);
        }
      }
      const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, v]) => `${v.toFixed(1).padStart(7)}  ${k}`);
      console.log(`-- stretch ${st.ms.toFixed(0)} ms; inclusive:`);
      console.log(top(incl).filter((l) => !GENERIC.test(l)).join('\n'));
      console.log('-- self:');
      console.log(top(self).slice(0, 15).join('\n'));
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
