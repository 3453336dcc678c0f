/**
 * In-page benchmark of the real corpus worker (the built `assets/corpus.worker-*.js`), driven over the Comlink
 * wire protocol from a blank page: load the packed synthetic pages (files cross to the worker as the app sends
 * them), then search and filter round trips, export with index, and loading that export in a fresh worker.
 * The load is measured three times: in a fresh worker (`first_charts_ms`: nothing compiled yet, helpers started by
 * the load), as in the app (`first_charts_warm_ms`: a worker that loaded the seeds and finished its idle warm-up,
 * `warm_up_ms` after starting, first), and in a fresh worker told 1.5 s ahead that the load is coming
 * (`first_charts_prepared_ms`: `prepare`, as while the page fetches a long `?corpus=` list).
 * A plain JavaScript string for the reason given in inPageScript.ts. Evaluate as `(${WORKER_BENCH_SCRIPT})(config)`.
 */
export const WORKER_BENCH_SCRIPT = String.raw`
async (cfg) => {
  const B = window.__lbBench;
  const PREPARE_MS = 1500;
  const pct = (xs, p) => { const s = xs.slice().sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(p / 100 * s.length) - 1))] : null; };
  const req = (f) => ({ filter: Object.assign({ q: '', from: null, to: null, orgs: [], people: [], topics: [] }, f), granularity: 'month', includeTeasers: true, topOrgs: 15, topSpeakers: 60, userTopics: [], page: 0 });
  const [bin, index] = await Promise.all([fetch(cfg.pagesBin).then((r) => r.arrayBuffer()), fetch(cfg.pagesIndex).then((r) => r.json())]);
  const all = new Uint8Array(bin);
  // Each file in a buffer of its own, moved to the worker as the page moves fetched files (corpusSources.svelte.ts):
  // a fresh set per load, since moving detaches them.
  const pages = () => index.names.map((name, i) => ({ name, bytes: all.slice(index.offsets[i], index.offsets[i + 1]) }));
  const moved = (files) => files.map((f) => f.bytes.buffer);
  let files = pages();
  const out = {};
  const longBefore = B.longtasks.length;

  const w = new Worker(cfg.workerUrl, { type: 'module' });
  let t = performance.now();
  const summary = await B.workerCall(w, 'load', [files], moved(files));
  out.load_resolved_ms = performance.now() - t;           // extraction done: charts can be drawn
  let v = performance.now();
  await B.workerCall(w, 'view', [req({})]);
  out.first_charts_ms = performance.now() - t;            // + the first view crossing back
  out.first_view_ms = performance.now() - v;
  v = performance.now();
  await B.workerCall(w, 'view', [req({ q: 'Souveränität' })]); // a query completes the background index at once
  out.ingest_ms = performance.now() - t;
  out.documents = summary.documents;
  out.extract_threads = summary.extractThreads;
  out.extracted_ms = summary.stagesMs.extracted;
  out.linked_ms = summary.stagesMs.linked;
  out.stored_ms = summary.stagesMs.stored;
  out.problems = summary.problems.length;

  const searchMs = [];
  for (const q of cfg.queries) { const s = performance.now(); await B.workerCall(w, 'view', [req({ q })]); searchMs.push(performance.now() - s); }
  const filterMs = [];
  for (const f of cfg.filters) { const s = performance.now(); await B.workerCall(w, 'view', [req(f)]); filterMs.push(performance.now() - s); }
  out.search_p50_ms = pct(searchMs, 50);
  out.search_p95_ms = pct(searchMs, 95);
  // Which queries make the tail (p95 of about 20 is the second slowest): query=ms of the two slowest.
  out.search_slowest = cfg.queries.map((q, k) => [q, searchMs[k]]).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([q, ms]) => q + '=' + Math.round(ms)).join(', ');
  out.filter_p50_ms = pct(filterMs, 50);
  out.filter_p95_ms = pct(filterMs, 95);

  const exported = await B.workerCall(w, 'exportCorpus', [true]);
  out.export_mb = exported.size / 1e6;
  w.terminate();
  const bytes = new Uint8Array(await exported.arrayBuffer());
  const w2 = new Worker(cfg.workerUrl, { type: 'module' });
  t = performance.now();
  await B.workerCall(w2, 'load', [[{ name: 'corpus-prebuilt.json', bytes }]]);
  await B.workerCall(w2, 'view', [req({ q: 'Souveränität' })]);
  out.prebuilt_load_ms = performance.now() - t;
  w2.terminate();

  // The app's case: the dashboard is open (the seeds loaded, the worker idle and warmed up), then the pages come.
  const w3 = new Worker(cfg.workerUrl, { type: 'module' });
  const seedFiles = cfg.seeds.map((f) => ({ name: f.name, bytes: Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0)) }));
  t = performance.now();
  await B.workerCall(w3, 'load', [seedFiles]);
  await B.workerCall(w3, 'whenIdle', []);
  out.warm_up_ms = performance.now() - t;
  files = pages();
  t = performance.now();
  const warm = await B.workerCall(w3, 'load', [files], moved(files));
  out.load_resolved_warm_ms = performance.now() - t;
  v = performance.now();
  await B.workerCall(w3, 'view', [req({})]);
  out.first_charts_warm_ms = performance.now() - t;
  out.first_view_warm_ms = performance.now() - v;
  // Filter changes right after the charts appear, as a user makes them while the search index is still being
  // built in the background (≈ 5 s at 10,000 pages): each view waits for the indexing slice it arrives in.
  const indexingFilterMs = [];
  for (const f of cfg.filters) { const s = performance.now(); await B.workerCall(w3, 'view', [req(f)]); indexingFilterMs.push(performance.now() - s); }
  out.filter_indexing_p50_ms = pct(indexingFilterMs, 50);
  out.filter_indexing_p95_ms = pct(indexingFilterMs, 95);
  out.filter_indexing_max_ms = Math.max(...indexingFilterMs);
  out.extract_threads_warm = warm.extractThreads;
  out.extracted_warm_ms = warm.stagesMs.extracted;
  out.stored_warm_ms = warm.stagesMs.stored;
  // Searches in this worker too, as the app's user makes them: after a query that completes the index.
  await B.workerCall(w3, 'view', [req({ q: 'Souveränität' })]);
  const warmSearchMs = [];
  for (const q of cfg.queries) { const s = performance.now(); await B.workerCall(w3, 'view', [req({ q })]); warmSearchMs.push(performance.now() - s); }
  out.search_warm_p50_ms = pct(warmSearchMs, 50);
  out.search_warm_p95_ms = pct(warmSearchMs, 95);
  out.search_warm_slowest = cfg.queries.map((q, k) => [q, warmSearchMs[k]]).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([q, ms]) => q + '=' + Math.round(ms)).join(', ');
  w3.terminate();

  // A first load that was announced (prepare, as the page does before fetching a long ?corpus= list or reading
  // many stored files): the worker warms up on the seeds for the time the fetch takes, then the pages come.
  const w4 = new Worker(cfg.workerUrl, { type: 'module' });
  // Not awaited (the page does not wait either); a build without prepare simply stays cold.
  B.workerCall(w4, 'prepare', [cfg.seeds.map((f) => ({ name: f.name, bytes: Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0)) }))]).catch(() => {});
  await new Promise((r) => setTimeout(r, PREPARE_MS));
  files = pages();
  t = performance.now();
  await B.workerCall(w4, 'load', [files], moved(files));
  await B.workerCall(w4, 'view', [req({})]);
  out.first_charts_prepared_ms = performance.now() - t;
  out.prepared_for_ms = PREPARE_MS;
  w4.terminate();

  const tasks = B.longtasks.slice(longBefore);
  out.main_longtasks = tasks.length;
  out.main_longest_task_ms = tasks.reduce((m, x) => Math.max(m, x.duration), 0);
  return out;
}
`;
