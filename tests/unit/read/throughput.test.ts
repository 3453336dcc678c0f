import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFile } from '../../../src/corpus/read/readFile.ts';
import { SEEDS } from './helpers.ts';

// A guard against accidental super-linear rules, not a benchmark: measured ≈ 30 MB/s on this machine kind, the
// bound is far below that so a loaded CI machine does not fail it.
describe('reader throughput', () => {
  const seeds = readdirSync(SEEDS).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(SEEDS + f)) }));
  it('reads the seeds repeated to ~1.5 MB at more than 2 MB/s', () => {
    const files = Array.from({ length: 50 }, () => seeds).flat();
    const bytes = files.reduce((s, f) => s + f.bytes.length, 0);
    const t0 = performance.now();
    for (const f of files) readFile(f);
    const mbPerS = bytes / 1e6 / ((performance.now() - t0) / 1000);
    expect(mbPerS).toBeGreaterThan(2);
  });
  it('one page made of all seeds 50 times is read in linear time', () => {
    const text = Array.from({ length: 50 }, () => seeds.map((s) => new TextDecoder().decode(s.bytes)).join('\n')).join('\n');
    const t0 = performance.now();
    const r = readFile({ name: 'big.txt', bytes: new TextEncoder().encode(text) });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.documents.length).toBeGreaterThan(1000);
  });
});
