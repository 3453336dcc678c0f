/**
 * `npm run build:single` → `dist-single/lagebild.html`: one self-contained file that works when opened from disk
 * (`file://`) or pasted into an intranet CMS page. Differences from the normal build (vite.config.ts):
 *
 * - Every script, style and asset is inlined into the HTML (vite-plugin-singlefile). A `file://` page may run an
 *   inline `<script type="module">`; it may not fetch a module script file.
 * - The worker is built as a classic (iife) script and inlined (`?worker&inline`, see src/worker/connect.single.ts,
 *   swapped in for connect.ts below): from `file://` a worker cannot be started from a file URL.
 * - The entry is renamed to `lagebild.html` so the file says what it is when it lands in a download folder.
 *
 * The normal build keeps its same-origin worker file: a blob: worker would violate a strict CSP
 * (`default-src 'self'`), which intranet hosts use. The single file therefore does not work under such a CSP;
 * it is for disk and CMS pages that allow inline scripts.
 */
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rename } from 'node:fs/promises';
import baseConfig from './vite.config.ts';

const root = dirname(fileURLToPath(import.meta.url));
const CONNECT = resolve(root, 'src/worker/connect.ts');
const CONNECT_SINGLE = resolve(root, 'src/worker/connect.single.ts');
const OUT_DIR = 'dist-single';

/** Resolve every import of src/worker/connect.ts to connect.single.ts (whatever relative path the importer uses). */
function swapWorkerConnection(): Plugin {
  return {
    name: 'lagebild:single-worker-connection',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/(^|\/)connect(\.ts)?$/.test(source)) return null;
      const target = resolve(dirname(importer), source);
      if (target === CONNECT || `${target}.ts` === CONNECT) return CONNECT_SINGLE;
      return null;
    },
  };
}

/** index.html → lagebild.html after the bundle is written. */
function renameEntry(): Plugin {
  return {
    name: 'lagebild:single-rename',
    apply: 'build',
    async closeBundle() {
      await rename(resolve(root, OUT_DIR, 'index.html'), resolve(root, OUT_DIR, 'lagebild.html'));
    },
  };
}

const { test: _test, plugins: basePlugins, ...base } = baseConfig as Record<string, unknown> & { plugins: Plugin[] };
// Without the compile hint: scripts inlined in the HTML are not streamed, so V8 would compile every function on
// the main thread before the first paint, the opposite of what the hint is for.
const plugins = basePlugins.filter((p) => p.name !== 'lagebild:compile-hints');

export default mergeConfig({ ...base, plugins }, defineConfig({
  plugins: [swapWorkerConnection(), viteSingleFile({ removeViteModuleLoader: true }), renameEntry()],
  worker: { format: 'iife' },
  // public/ holds files for the normal deployment (embed example): the single build is exactly one file.
  publicDir: false,
  build: { outDir: OUT_DIR, emptyOutDir: true, assetsInlineLimit: Number.MAX_SAFE_INTEGER, chunkSizeWarningLimit: 10_000 },
}));
