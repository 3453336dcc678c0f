/** Background indexing runs in slices bounded by document count and by time, so views get through between them. */
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/worker/createApi.ts';
import { CorpusStore } from '../../../src/corpus/corpusStore.ts';
import { viewRequest } from '../../../src/worker/viewRequest.ts';

const enc = new TextEncoder();
const files = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `f${i}.txt`, bytes: enc.encode(`Meldung ${i}\n\nDie Souveränität der Kommune ${i} wächst.`) }));

/** Pending-index counts seen at each yield after the load resolved. */
async function slices(n: number, opts: { indexChunk?: number; indexSliceMs?: number }): Promise<number[]> {
  const store = new CorpusStore();
  const seen: number[] = [];
  const api = createApi(store, {
    ...opts,
    batchBytes: 1 << 30,
    yieldTurn: async () => {
      // With one huge batch, extraction never yields: every yield is the indexer's.
      seen.push(store.pendingIndexCount);
    },
  });
  await api.load(files(n));
  await api.whenIndexed();
  return seen;
}

describe('background indexing slices', () => {
  it('stop after one step of at most 20 documents when the time budget is spent', async () => {
    expect(await slices(45, { indexSliceMs: 0 })).toEqual([45, 25, 5, 0]);
  });

  it('never index more than indexChunk documents per slice', async () => {
    expect(await slices(45, { indexChunk: 30, indexSliceMs: Infinity })).toEqual([45, 15, 0]);
    expect(await slices(5, { indexChunk: 1, indexSliceMs: Infinity })).toEqual([5, 4, 3, 2, 1, 0]);
  });

  it('pause after a view, so the page draws it with a core to itself, and then go on', async () => {
    const store = new CorpusStore();
    const api = createApi(store, { indexSliceMs: 0, indexPauseAfterViewMs: 1500, yieldTurn: () => new Promise((r) => setImmediate(r)) });
    await api.load(files(45));
    // Before the first slice (it waits for a turn after the load resolves): a view, as the page's first one.
    await api.view(viewRequest());
    const pending = store.pendingIndexCount;
    await new Promise((r) => setTimeout(r, 100));
    expect(pending).toBe(45);
    expect(store.pendingIndexCount).toBe(pending);
    await api.whenIndexed();
    expect(store.pendingIndexCount).toBe(0);
    expect(store.indexReady).toBe(true);
  });

  it('ends with every document searchable', async () => {
    const store = new CorpusStore();
    const api = createApi(store, { indexSliceMs: 0, yieldTurn: async () => {} });
    await api.load(files(30));
    await api.whenIndexed();
    expect(store.indexReady).toBe(true);
    expect(store.search('Souveraenitaet').ids).toHaveLength(30);
  });
});
