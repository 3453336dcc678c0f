/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/** V8's file-level compile hint (Chromium 136+, WICG "Explicit JavaScript Compile Hints"). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Put the compile hint on the page's own chunks (the shell and the dashboard), after minification so it survives.
 * Why: nearly every function in these chunks runs while the page first loads, and without the hint V8 compiles each
 * one lazily on the main thread at its first call. With it, V8 compiles them while the script streams in, on a
 * background thread. Measured on the seeds (10 alternating loads, 2 cores): the mount task's CPU median 17.9 → 8.9
 * ms, the longest main-thread task 53.8 → 46 ms by the wall clock (bench/RESULTS.md, "Eighth session"). Other
 * browsers ignore the comment. The worker is left alone: it compiles on its own thread, not the page's.
 */
export function compileHints(): Plugin {
  return {
    name: 'lagebild:compile-hints',
    apply: 'build',
    enforce: 'post',
    // `order: 'post'`: Vite's own generateBundle still prepends its dependency map to the entry chunk.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && (chunk.isEntry || chunk.isDynamicEntry) && !chunk.code.startsWith(COMPILE_HINT)) {
            chunk.code = COMPILE_HINT + chunk.code;
          }
        }
      },
    },
  };
}

// `base: './'` so the build works under any sub-path of a static server (intranet pages).
export default defineConfig({
  base: './',
  plugins: [svelte(), compileHints()],
  worker: { format: 'es' },
  build: { target: 'es2022', outDir: 'dist' },
  test: {
    // Vitest would otherwise also pick up Playwright's *.spec.ts files.
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // A hang guard, not a time limit: property-based tests run thousands of cases, and a busy 2-core CI machine
    // must not turn them into failures. Time limits live in the benchmarks.
    testTimeout: 60_000,
  },
});
