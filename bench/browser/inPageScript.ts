/**
 * Code that runs inside the benchmarked page, installed with `addInitScript` before any app script. Written as a
 * plain JavaScript string on purpose: functions handed to `page.evaluate` are serialised with `toString()`, and
 * tsx/esbuild may wrap them in helpers (`__name`) that do not exist in the page.
 *
 * Installs `window.__lbBench` with:
 * - `longtasks`: every main-thread long task (PerformanceObserver 'longtask', buffered), start and duration;
 * - `framesAt`: page time of the first frame with three chart frames (`svg[data-chart]`, maybe empty);
 * - `firstChartAt`, `chartsAt`: page time of the first frame with one, and with three, drawn charts
 *   (`svg[data-chart]` containing marks); `markAt`: time of the app's `lagebild:charts-drawn` mark, if it sets one;
 *   when `chartsAt` is set, the page logs {@link CHARTS_DRAWN_MESSAGE} (see there);
 * - `changeAndWait(search)`: pushes a URL (filter parameters) + popstate, like Back/Forward, and resolves with
 *   `{ drawn, first }`: milliseconds until the first frame after the last DOM change it caused (everything
 *   redrawn) and until its first DOM change, or null when nothing changed within the timeout;
 * - `workerCall(worker, method, args, transfer?)`: a minimal Comlink wire client (APPLY/RAW messages) so the
 *   benchmark can drive the real corpus worker without bundling Comlink into the page; `transfer` moves buffers.
 */
/**
 * What the page logs (`console.debug`) when three charts are drawn. The benchmark waits for this console message
 * rather than polling with `page.waitForFunction`: that evaluates Playwright's own injected script in the page on
 * its first call, 9–13 ms of the main thread's CPU (up to 58 ms by the wall clock on 2 cores) right in the load
 * being measured, which the task figures then counted as the page's.
 */
export const CHARTS_DRAWN_MESSAGE = 'lb-bench:charts-drawn';

export const IN_PAGE_SCRIPT = String.raw`
(() => {
  const B = (window.__lbBench = { longtasks: [], framesAt: null, firstChartAt: null, chartsAt: null, markAt: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'lagebild:charts-drawn' && B.markAt === null) B.markAt = e.startTime;
    }).observe({ type: 'mark', buffered: true });
  } catch (e) {}
  const drawnCharts = () =>
    Array.from(document.querySelectorAll('svg[data-chart]')).filter((s) => s.querySelector('path, rect, circle, line')).length;
  const poll = (ts) => {
    // framesAt: three chart frames on screen, drawn or showing their empty state (a corpus without entities).
    if (B.framesAt === null && document.querySelectorAll('svg[data-chart]').length >= 3) B.framesAt = ts;
    const n = drawnCharts();
    if (n >= 1 && B.firstChartAt === null) B.firstChartAt = ts;
    if (n >= 3 && B.chartsAt === null) {
      B.chartsAt = ts;
      console.debug('${CHARTS_DRAWN_MESSAGE}');
    }
    if (B.chartsAt === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  B.drawnCharts = drawnCharts;

  B.changeAndWait = (search, quietMs = 250, timeoutMs = 15000) =>
    new Promise((resolve) => {
      let last = null;
      let first = null;
      const mo = new MutationObserver(() => { last = performance.now(); if (first === null) first = last; });
      mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      const t0 = performance.now();
      history.pushState(null, '', location.pathname + search);
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
      let drawnAt = null;
      const frame = (ts) => {
        // The first frame that starts after the latest DOM change is when that change is on screen.
        if (last !== null && (drawnAt === null || drawnAt < last) && ts >= last) drawnAt = ts;
        const now = performance.now();
        if (last !== null && drawnAt !== null && drawnAt >= last && now - last > quietMs) { mo.disconnect(); resolve({ drawn: drawnAt - t0, first: first - t0, mutationsUntil: last - t0 }); return; }
        if (now - t0 > timeoutMs) { mo.disconnect(); resolve(null); return; }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });

  let seq = 0;
  B.workerCall = (worker, method, args, transfer = []) =>
    new Promise((resolve, reject) => {
      const id = 'b' + ++seq;
      const onMessage = (ev) => {
        if (!ev.data || ev.data.id !== id) return;
        worker.removeEventListener('message', onMessage);
        if (ev.data.type === 'HANDLER' && ev.data.name === 'throw') reject(new Error(JSON.stringify(ev.data.value && ev.data.value.value)));
        else resolve(ev.data.value);
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage({ id, type: 'APPLY', path: [method], argumentList: args.map((value) => ({ type: 'RAW', value })) }, transfer);
    });
})();
`;
