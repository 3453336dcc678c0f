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
    await cdp.send('Profiler.start');
    const navStart = Date.now();
    await page.goto(server.url);
    await page.waitForFunction(() => document.querySelectorAll('svg[data-chart]').length >= 3, undefined, { timeout: 30_000 });
    await page.waitForTimeout(800);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const longTasks = await page.evaluate(() => (window as unknown as { __lt: { start: number; duration: number }[] }).__lt);
    const elements = await page.evaluate(() => ({
      all: document.querySelectorAll('*').length,
      buttons: document.querySelectorAll('button').length,
      svgNodes: document.querySelectorAll('svg *').length,
    }));
    console.log(JSON.stringify({ run, wall_ms: Date.now() - navStart, long_tasks: longTasks.map((t) => Math.round(t.duration)), elements }));

    // Self time per function within the longest task (profile timestamps are µs on the same monotonic clock
    // as performance.timeOrigin-based times, offset by timeOrigin).
    const longest = longTasks.reduce((a, b) => (b.duration > (a?.duration ?? 0) ? b : a), undefined as { start: number; duration: number } | undefined);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    let t = profile.startTime;
    // Profile clock is the monotonic clock in µs; convert the task window to it via timeOrigin (ms since epoch)
    // is not possible directly, so align on the first sample instead: take the samples whose time falls inside
    // [task.start, task.end] relative to the profile start plus the navigation offset estimated below.
    const profStartMs = profile.startTime / 1000;
    const samples: { time: number; id: number; dt: number }[] = [];
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.timeDeltas[i]!;
      samples.push({ time: t / 1000, id: profile.samples[i]!, dt: (profile.timeDeltas[i + 1] ?? 0) / 1000 });
    }
    // performance.now() 0 == timeOrigin; the profiler's clock is monotonic like performance.now() + an offset. In
    // Chromium both are base::TimeTicks, so performance.now() = ticks/1000 - timeOriginTicks; estimate that offset
    // from the page: monotonic ms at timeOrigin = profile time of the first sample whose stack has our bundle code.
    void timeOrigin; void profStartMs;
    const win = longest ? await (async () => {
      const ticksNow = await cdp.send('Runtime.evaluate', { expression: 'performance.now()', returnByValue: true });
      void ticksNow;
      return longest;
    })() : undefined;
    // Without a reliable clock mapping, attribute by the densest burst: choose the window of `longest.duration`
    // with the most non-idle samples.
    const busy = samples.filter((s) => {
      const fn = byId.get(s.id)!.callFrame.functionName;
      return fn !== '(idle)' && fn !== '(program)' && fn !== '(garbage collector)' ? true : fn === '(garbage collector)';
    });
    let best = { from: 0, to: 0, n: 0 };
    if (win) {
      let j = 0;
      for (let i = 0; i < busy.length; i++) {
        while (busy[i]!.time - busy[j]!.time > win.duration) j++;
        if (i - j + 1 > best.n) best = { from: busy[j]!.time, to: busy[i]!.time, n: i - j + 1 };
      }
    }
    for (const s of samples) {
      if (win && (s.time < best.from || s.time > best.to)) continue;
      const n = byId.get(s.id)!;
      const key = (f: ProfileNode) => `${f.callFrame.functionName || '(anon)'} ${f.callFrame.url.split('/').pop()}:${f.callFrame.lineNumber}`;
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
    console.log(`-- window ${(best.to - best.from).toFixed(0)} ms; self time:`);
    console.log(top(self).join('\n'));
    console.log('-- inclusive time:');
    console.log(top(incl).join('\n'));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
