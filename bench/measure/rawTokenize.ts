/**
 * The floor for ingest throughput: the same bytes only decoded, split into words with one regex pass and counted
 * in a Map. No indexer can be faster than this, so `ingest_mb_s / raw_tokenize_mb_s` says how much of ingest is
 * overhead beyond tokenising.
 */
import type { InputFile } from '../../src/corpus/types.ts';

/** Decode, tokenise and count every file; returns the number of distinct terms (so the work is not dead code). */
export function rawTokenizeAndCount(files: readonly InputFile[]): number {
  const decoder = new TextDecoder();
  const counts = new Map<string, number>();
  const word = /[\p{L}\p{N}]+/gu;
  for (const f of files) {
    const text = decoder.decode(f.bytes);
    for (const m of text.matchAll(word)) {
      const t = m[0].toLowerCase();
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  return counts.size;
}
