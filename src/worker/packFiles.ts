/**
 * Many files in one message: their bytes copied into one buffer, which the message can move (transfer) instead of
 * cloning each file's array. Used for extraction batches (extractHelpers.ts) and for the user's own files on their
 * way to the corpus worker (corpusSources.svelte.ts): structured-cloning 10,000 separate arrays was a 75 ms
 * main-thread task, one copy of 35 MB is a few milliseconds.
 */
import type { InputFile } from '../corpus/types.ts';

/**
 * The files' bytes copied into one buffer of their own, as views in the same order, so that buffer can be
 * transferred. Sending the files' own arrays instead would clone each one's whole underlying buffer:
 * files cut as views from one large download or pack would send all of it with every batch.
 */
export function packFiles(files: readonly InputFile[]): { files: InputFile[]; buffer: ArrayBuffer } {
  const total = files.reduce((s, f) => s + f.bytes.byteLength, 0);
  const all = new Uint8Array(total);
  let at = 0;
  const packed = files.map((f) => {
    all.set(f.bytes, at);
    const view = all.subarray(at, at + f.bytes.byteLength);
    at += f.bytes.byteLength;
    return { name: f.name, bytes: view };
  });
  return { files: packed, buffer: all.buffer };
}
