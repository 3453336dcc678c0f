/**
 * Machine instructions of the pure pipeline, counted by valgrind: a figure the host's mood does not change. On the
 * shared 2-core machines this project is measured on, the same build's load time moved by 30 % within an hour and
 * CPU time by 20 %; instruction counts of one build repeat to within 0.05 %. So a change of a few per cent, which
 * no timing here can show, can still be measured. Instructions are not time (cache misses and the collector's
 * memory traffic count for little), so this decides between two versions of the code, not whether a target is met.
 *
 *   npm run bench:instructions -- [--pages 2000] [--seed 7] [--stage analyze|first-charts] [--ref <git revision>]
 *
 * Generates `--pages` pages (seeded) into a temporary folder, bundles bench/instructionCountChild.ts with esbuild (in
 * the working tree, and with `--ref` also in that revision, checked out into a temporary worktree that gets this
 * child) and runs the bundle under `valgrind --tool=cachegrind --cache-sim=no` in `node --single-threaded` (no
 * compiler or collector threads: the count is one thread's work, and repeatable). Bundled, not run through tsx:
 * tsx's loader thread does work of its own that differs between revisions by far more than the pipeline does. Prints one JSON line per version: `instructions` of
 * the whole process, `startup_instructions` (the same process told to stop after reading the files), and `work`
 * = the difference (`analyze`: read, extract, topics and string compaction of every file; `first-charts`: that
 * plus story linking, the store and the first view). Needs valgrind (Debian: `apt-get install valgrind`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { generateCorpus } from './generate/corpus.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '7' },
    stage: { type: 'string', default: 'analyze' },
    ref: { type: 'string' },
  },
});
const pages = Number(values.pages);
const stage = values.stage!;
if (!Number.isInteger(pages) || pages <= 0) throw new Error(`bench:instructions: --pages must be a positive integer, got ${values.pages}`);
if (stage !== 'analyze' && stage !== 'first-charts') throw new Error(`bench:instructions: --stage is analyze or first-charts, got ${stage}`);
if (spawnSync('valgrind', ['--version']).status !== 0) throw new Error('bench:instructions: needs valgrind on the PATH (Debian: apt-get install valgrind)');

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'lagebild-instructions-'));
try {
  const corpus = join(work, 'corpus');
  mkdirSync(corpus);
  for (const f of generateCorpus({ docs: pages, seed: Number(values.seed) })) {
    if (!f.name.endsWith('.json')) writeFileSync(join(corpus, f.name), f.bytes);
  }
  const versions: { label: string; tree: string }[] = [{ label: 'working tree', tree: root }];
  if (values.ref) {
    const tree = join(work, 'ref');
    execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', tree, values.ref], { stdio: 'ignore' });
    copyFileSync(join(root, 'bench/instructionCountChild.ts'), join(tree, 'bench/instructionCountChild.ts'));
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
    versions.push({ label: values.ref, tree });
  }
  try {
    for (const [k, v] of versions.entries()) {
      const bundle = join(work, `child-${k}.mjs`);
      await build({ entryPoints: [join(v.tree, 'bench/instructionCountChild.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'warning' });
      const instructions = count(bundle, corpus, stage);
      const startup = count(bundle, corpus, 'startup');
      console.log(JSON.stringify({
        version: v.label, pages, stage, instructions, startup_instructions: startup, work: instructions - startup,
      }));
    }
  } finally {
    if (values.ref) execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', join(work, 'ref')], { stdio: 'ignore' });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Instructions valgrind counted for one run of the bundled child. */
function count(bundle: string, corpus: string, what: string): number {
  const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', bundle, corpus, what];
  const r = spawnSync('valgrind', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`bench:instructions: valgrind run failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  return Number(m[1]!.replaceAll(',', ''));
}
