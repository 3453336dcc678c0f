import { describe, expect, it } from 'vitest';
import { readBody } from '../../../src/state/sources.ts';

/** A response whose body arrives in the given chunks, with or without a Content-Length header. */
function chunked(chunks: number[][], length?: number): Response {
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (const ch of chunks) c.enqueue(new Uint8Array(ch));
      c.close();
    },
  });
  return new Response(body, { headers: length === undefined ? {} : { 'content-length': String(length) } });
}

describe('readBody', () => {
  it('assembles the chunks in order with a Content-Length', async () => {
    const bytes = await readBody(chunked([[1, 2], [3], [4, 5, 6]], 6));
    expect([...bytes]).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('a body larger than one copy slice (several tasks)', async () => {
    const big = Array.from({ length: 30 }, (_, k) => Array.from({ length: 700_000 }, (_, i) => (i + k) & 255));
    const bytes = await readBody(chunked(big));
    expect(bytes.length).toBe(21_000_000);
    expect(bytes[700_000]).toBe(1);
    expect(bytes[20_999_999]).toBe((699_999 + 29) & 255);
  });
  it('a Content-Length smaller than the body (compressed transfer) still yields every byte', async () => {
    expect([...(await readBody(chunked([[1, 2, 3], [4, 5]], 2)))]).toEqual([1, 2, 3, 4, 5]);
  });
  it('an empty body', async () => {
    expect((await readBody(chunked([]))).length).toBe(0);
  });
});
