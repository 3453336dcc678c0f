import { describe, expect, it } from 'vitest';
import { memoryFileStore, openFileStore } from '../../../src/storage/fileStore.ts';

// IndexedDB itself is exercised in Chromium (tests/browser/ownFiles.spec.ts); here: the in-memory twin's contract
// and the refusal without IndexedDB.
describe('fileStore', () => {
  it('rejects when IndexedDB is unavailable', async () => {
    await expect(openFileStore(undefined)).rejects.toThrow(/IndexedDB is not available/);
  });

  it('memory store: put, list oldest first, count, delete, clear', async () => {
    const store = memoryFileStore();
    const b = await store.put({ name: 'b.txt', bytes: new Uint8Array([2]), added: 20 });
    await store.put({ name: 'a.txt', bytes: new Uint8Array([1]), added: 10 });
    expect((await store.list()).map((f) => f.name)).toEqual(['a.txt', 'b.txt']);
    expect(await store.count()).toBe(2);
    await store.delete(b.id);
    expect((await store.list()).map((f) => f.name)).toEqual(['a.txt']);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it('memory store: putMany keeps the order and gives every file its own id', async () => {
    const store = memoryFileStore();
    const stored = await store.putMany([
      { name: 'x.txt', bytes: new Uint8Array([1]) },
      { name: 'y.txt', bytes: new Uint8Array([2]) },
    ]);
    expect(stored.map((f) => f.name)).toEqual(['x.txt', 'y.txt']);
    expect(new Set(stored.map((f) => f.id)).size).toBe(2);
    expect((await store.list()).map((f) => [...f.bytes])).toEqual([[1], [2]]);
  });
});
