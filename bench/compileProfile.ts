/**
 * How much optimising-compiler work a load into a warmed-up thread still causes, and why: deopts (the code was
 * built on type feedback the load contradicts) and the recompiles that follow.
 *
 *   npm run bench:compile -- [--dir /tmp/gen10000] [--warm-dir /tmp/jit/gen2000s7] [--warm-files 300] [--maglev]
 *                            [--runs 3] [--top 15] [--trace out.txt]
 *
 * Each run spawns `node --trace-opt --trace-deopt --import tsx bench/compileProfileChild.ts`, which warms up on the
 * seeds plus the first `--warm-files` files of `--warm-dir` (as the app's idle warm-up does) and then analyses
 * `--dir`. Only V8's trace after the warm-up is counted. `--maglev` turns on V8's mid-tier compiler, which Node 20
 * leaves off and Chromium runs. Fields: see bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const flag = (name: string): boolean => args.includes(`--${name}`);

const runs = Number(opt('runs') ?? 1);
const top = Number(opt('top') ?? 15);
const childArgs = ['--dir', opt('dir') ?? '/tmp/gen10000', '--warm-files', opt('warm-files') ?? '300'];
const warmDir = opt('warm-dir');
if (warmDir) childArgs.push('--warm-dir', warmDir);
const v8Flags = ['--trace-opt', '--trace-deopt', '--allow-natives-syntax', ...(flag('maglev') ? ['--maglev'] : [])];

interface Deopt {
  fn: string;
  offset: number;
  reason: string;
  kind: string;
}
interface FnStats {
  fn: string;
  ms: number;
  compiles: number;
  deopts: Map<string, number>;
}
interface Run {
  turbofan_ms: number;
  turbofan_compiles: number;
  maglev_ms: number;
  maglev_compiles: number;
  osr_compiles: number;
  deopts: number;
  load_cpu_ms: number;
  byFunction: Map<string, FnStats>;
  deoptList: Deopt[];
}

const MARKER = 'compileProfileMarker';
// `[completed compiling 0x… <JSFunction name (sfi = 0x…)> (target TURBOFAN) OSR - took 0.005, 50.8, 0.12 ms]`
const COMPLETED = /^\[completed compiling \S+ <JSFunction ?(.*?) \(sfi = \S+\)> \(target (\w+)\)( OSR)? - took ([\d.]+), ([\d.]+), ([\d.]+) ms\]/;
// `[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x… <JSFunction name (sfi = …)>, 0x… <Code TURBOFAN>, opt id 88, bytecode offset 1383, …]`
const BAILOUT = /^\[bailout \(kind: ([^,]+), reason: (.*?)\): begin\. deoptimizing \S+ <JSFunction ?(.*?) \(sfi = \S+\)>, \S+ <Code (\w+)>, opt id \d+, bytecode offset (-?\d+)/;

function stats(map: Map<string, FnStats>, fn: string): FnStats {
  let s = map.get(fn);
  if (!s) map.set(fn, (s = { fn, ms: 0, compiles: 0, deopts: new Map() }));
  return s;
}

function parse(trace: string, summary: { load_cpu_ms: number }): Run {
  const run: Run = { turbofan_ms: 0, turbofan_compiles: 0, maglev_ms: 0, maglev_compiles: 0, osr_compiles: 0, deopts: 0, load_cpu_ms: summary.load_cpu_ms, byFunction: new Map(), deoptList: [] };
  let after = false;
  for (const line of trace.split('\n')) {
    if (!after) {
      // The marker's own compile is the last warm-up line.
      if (line.startsWith('[completed compiling') && line.includes(MARKER)) after = true;
      continue;
    }
    let m = COMPLETED.exec(line);
    if (m) {
      const fn = m[1] || '(anonymous)';
      const ms = Number(m[4]) + Number(m[5]) + Number(m[6]);
      if (m[2] === 'MAGLEV') (run.maglev_ms += ms), run.maglev_compiles++;
      else (run.turbofan_ms += ms), run.turbofan_compiles++;
      if (m[3]) run.osr_compiles++;
      const s = stats(run.byFunction, fn);
      s.ms += ms;
      s.compiles++;
      continue;
    }
    m = BAILOUT.exec(line);
    if (m) {
      const d: Deopt = { kind: m[1]!, reason: m[2]!, fn: m[3] || '(anonymous)', offset: Number(m[5]) };
      run.deopts++;
      run.deoptList.push(d);
      const key = `@${d.offset} ${d.reason}${d.kind === 'deopt-eager' ? '' : ` (${d.kind})`} [${m[4]}]`;
      const s = stats(run.byFunction, d.fn).deopts;
      s.set(key, (s.get(key) ?? 0) + 1);
    }
  }
  if (!after) throw new Error('compileProfile: the warm-up marker is missing from the trace');
  return run;
}

function once(i: number): Run {
  const child = spawnSync(process.execPath, [...v8Flags, '--import', 'tsx', join(import.meta.dirname, 'compileProfileChild.ts'), ...childArgs], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (child.status !== 0) throw new Error(`compileProfile: child failed (${child.status}): ${child.stderr}`);
  const trace = opt('trace');
  if (trace) writeFileSync(runs > 1 ? `${trace}.${i}` : trace, child.stdout);
  const summary = JSON.parse(child.stderr.trim().split('\n').pop()!) as { load_cpu_ms: number };
  return parse(child.stdout, summary);
}

const round = (x: number): number => Math.round(x * 10) / 10;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const totals = (r: Run) => ({
  turbofan_ms: round(r.turbofan_ms),
  turbofan_compiles: r.turbofan_compiles,
  maglev_ms: round(r.maglev_ms),
  maglev_compiles: r.maglev_compiles,
  osr_compiles: r.osr_compiles,
  deopts: r.deopts,
  load_cpu_ms: r.load_cpu_ms,
});

const all: Run[] = [];
for (let i = 0; i < runs; i++) {
  const r = once(i);
  all.push(r);
  console.log(JSON.stringify({ run: i, ...totals(r) }));
}
if (runs > 1) {
  const t = all.map(totals);
  const keys = Object.keys(t[0]!) as (keyof ReturnType<typeof totals>)[];
  console.log(JSON.stringify({ median: true, ...Object.fromEntries(keys.map((k) => [k, median(t.map((x) => x[k]))])) }));
}
// Functions of the last run by compile time, with every function that deopted (compile time 0 when its recompile
// came after the load ended or never).
const last = all[all.length - 1]!;
const ranked = [...last.byFunction.values()].sort((a, b) => b.ms - a.ms);
const shown = ranked.filter((s, k) => k < top || s.deopts.size > 0);
for (const s of shown) {
  console.log(JSON.stringify({ fn: s.fn, compile_ms: round(s.ms), compiles: s.compiles, deopts: Object.fromEntries(s.deopts) }));
}
