/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// `base: './'` so the build works under any sub-path of a static server (intranet pages).
export default defineConfig({
  base: './',
  plugins: [svelte()],
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
