/**
 * The corpus worker: exposes the LagebildApi (createApi.ts) over Comlink. Everything it does lives in the pure
 * corpus layer; this file only connects it to the worker's message port.
 *
 * The same script also runs as an extraction helper, started by the corpus worker for large loads
 * (extractHelpers.ts): then it exposes only the ExtractApi. The worker's name says which role it has.
 */
import { expose } from 'comlink';
import { createApi } from './createApi.ts';
import { createExtractApi, EXTRACT_HELPER_NAME } from './extractApi.ts';
import { createHelperPool } from './extractHelpers.ts';
import { EMBEDDED_WORKER_NAME } from './workerNames.ts';

/**
 * The idle warm-up (createApi.ts): pages analysed per thread, ≈ 0.5–1 s of work that compiles the pipeline, a
 * second after the first load is indexed (its charts are drawn by then; the worker benchmark's `warm_up_ms`, from
 * the seeds' load to the end of the warm-up, is 1.7–2.1 s). 2 MB: ≈ 33 rounds of the seeds and their Latin-1 twins
 * (createApi.ts `takeSample`); at 1 MB the twins halved the rounds. Measured against the earlier 1 MB without
 * twins, five alternating runs of the worker bench: warm 10,000-page load 2.77–3.16 s against 2.88–3.34 s (4 of 5
 * faster). 3 MB compiled no less in the load, and 10 MB gained nothing to show (bench/RESULTS.md).
 */
const WARM_UP = { warmUpBytes: 2_000_000, warmUpDelayMs: 1000 };

if (self.name === EXTRACT_HELPER_NAME) expose(createExtractApi());
else if (self.name === EMBEDDED_WORKER_NAME) {
  // An embedded view takes no files from the user: helpers only if a large `?corpus=` load needs them, no warm-up.
  expose(createApi(undefined, { helpers: createHelperPool() }));
} else {
  // The helpers start when first needed: by the idle warm-up a second after the first load, by `prepare` (the page
  // expects a large load), or by a load large enough to lease them. Not when this worker starts: their script
  // start then took cores from the page's first drawing of the seeds. Seeds in headless Chromium on 2 cores, 11
  // alternating runs: longest page task by the wall clock, median 75 → 54 ms; first charts 0.72–1.15 s → 0.67–1.03 s.
  expose(createApi(undefined, { helpers: createHelperPool(), ...WARM_UP }));
}
