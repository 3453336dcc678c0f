/**
 * The user's own files in IndexedDB: raw bytes, name and when they were added, so they survive a reload until
 * removed. A small promise wrapper over one object store; no library. Nothing here ever leaves the browser.
 *
 * `openFileStore()` rejects when IndexedDB is unavailable (a `file://` page in some browsers, private modes,
 * storage disabled); callers then keep files in memory for this page only.
 */

/** One stored file. */
export interface StoredFile {
  /** Key assigned by the store (auto-increment). */
  id: number;
  /** File name, with the folder path for files picked from a folder. */
  name: string;
  bytes: Uint8Array;
  /** When it was added, in ms since the epoch. */
  added: number;
}

export interface FileStore {
  /** Store a file; resolves to the stored record with its new id. */
  put(file: { name: string; bytes: Uint8Array; added?: number }): Promise<StoredFile>;
  /**
   * Store several files in one transaction (all or none); resolves to the stored records, in order. One
   * transaction per file costs ≈ 0.1 ms of main-thread work and a commit each: 10,000 files took seconds.
   */
  putMany(files: readonly { name: string; bytes: Uint8Array; added?: number }[]): Promise<StoredFile[]>;
  /** All stored files, oldest first. */
  list(): Promise<StoredFile[]>;
  /** How many files are stored, without reading them (reading 10,000 takes a while: see corpusSources). */
  count(): Promise<number>;
  delete(id: number): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

const DB_NAME = 'lagebild';
const DB_VERSION = 1;
const STORE = 'files';

/** Open (and on first use create) the database. */
export function openFileStore(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<FileStore> {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new Error('fileStore: IndexedDB is not available'));
      return;
    }
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(DB_NAME, DB_VERSION);
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
    };
    req.onerror = () => reject(req.error ?? new Error('fileStore: could not open IndexedDB'));
    req.onblocked = () => reject(new Error('fileStore: IndexedDB is blocked by another tab'));
    req.onsuccess = () => resolve(wrap(req.result));
  });
}

function wrap(db: IDBDatabase): FileStore {
  /** Run one request in its own transaction; resolve when the transaction has committed. */
  function run<T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? req.error ?? new Error('fileStore: transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('fileStore: transaction aborted'));
    });
  }

  return {
    async put(file) {
      const record = { name: file.name, bytes: file.bytes, added: file.added ?? Date.now() };
      const id = await run('readwrite', (s) => s.add(record));
      return { ...record, id: Number(id) };
    },
    putMany(files) {
      return new Promise((resolve, reject) => {
        const added = Date.now();
        const records = files.map((f) => ({ name: f.name, bytes: f.bytes, added: f.added ?? added }));
        const ids: number[] = new Array(records.length);
        const tx = db.transaction(STORE, 'readwrite');
        const store = tx.objectStore(STORE);
        records.forEach((r, i) => {
          const req = store.add(r);
          req.onsuccess = () => (ids[i] = Number(req.result));
        });
        tx.oncomplete = () => resolve(records.map((r, i) => ({ ...r, id: ids[i]! })));
        tx.onerror = () => reject(tx.error ?? new Error('fileStore: transaction failed'));
        tx.onabort = () => reject(tx.error ?? new Error('fileStore: transaction aborted'));
      });
    },
    count() {
      return run<number>('readonly', (s) => s.count());
    },
    async list() {
      const all = await run<StoredFile[]>('readonly', (s) => s.getAll() as IDBRequest<StoredFile[]>);
      return all.sort((a, b) => a.added - b.added || a.id - b.id);
    },
    async delete(id) {
      await run('readwrite', (s) => s.delete(id));
    },
    async clear() {
      await run('readwrite', (s) => s.clear());
    },
    close() {
      db.close();
    },
  };
}

/** The same interface in memory: used when IndexedDB is unavailable, and in unit tests. */
export function memoryFileStore(): FileStore {
  const files = new Map<number, StoredFile>();
  let next = 1;
  const put = (file: { name: string; bytes: Uint8Array; added?: number }): StoredFile => {
    const record: StoredFile = { id: next++, name: file.name, bytes: file.bytes, added: file.added ?? Date.now() };
    files.set(record.id, record);
    return record;
  };
  return {
    async put(file) {
      return put(file);
    },
    async putMany(list) {
      return list.map(put);
    },
    async list() {
      return [...files.values()].sort((a, b) => a.added - b.added || a.id - b.id);
    },
    async count() {
      return files.size;
    },
    async delete(id) {
      files.delete(id);
    },
    async clear() {
      files.clear();
    },
    close() {},
  };
}
