/**
 * The five seed files, embedded in the bundle as strings: no extra request, and the single-file build carries
 * them too. Encoded to bytes here because the worker's `load` takes files as bytes, like files a user drops.
 */
import type { InputFile } from './corpus/types.ts';

const SEEDS = import.meta.glob<string>('../seeds/*.txt', { query: '?raw', import: 'default', eager: true });

export function seedFiles(): InputFile[] {
  const encoder = new TextEncoder();
  return Object.keys(SEEDS)
    .sort()
    .map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), bytes: encoder.encode(SEEDS[path] ?? '') }));
}
