/**
 * Where the dashboard's corpus comes from, and the edge that changes it: the base collection (the bundled seeds or
 * a `?corpus=` URL on the same origin) plus the user's own files, kept in IndexedDB until removed.
 *
 * Decision (documented in README "Own articles"): the corpus is base + user files; "only my files" hides the base
 * (a remembered toggle). Removing a file reloads the corpus from what remains; adding uses the worker's `add`, so
 * the previous corpus keeps answering until the new one is complete. Nothing is sent anywhere: files are read in
 * the page, stored in this browser's IndexedDB and analysed in the worker.
 */
import { createContext } from 'svelte';
import type { FileProblem, InputFile } from '../corpus/types.ts';
import type { FileSource } from '../worker/api.ts';
import type { FileStore, StoredFile } from '../storage/fileStore.ts';
import { memoryFileStore } from '../storage/fileStore.ts';
import type { CorpusStep, DashboardState } from './dashboard.svelte.ts';
import { fileNameOf, looksLikeJson, parseFileList, partitionFiles, readAll, readBody, resolveCorpusUrl } from './sources.ts';

/** What the list of the user's files shows (bytes stay out of reactive state). */
export interface UserFileInfo {
  id: number;
  name: string;
  size: number;
  added: number;
}

const ONLY_MINE_KEY = 'lagebild.onlyMine';
/**
 * Files stored per IndexedDB transaction. `add` clones each file on the main thread, all of a batch in one task:
 * 200 took 10–13 ms of CPU there, which the worker and its helper, busy on both cores meanwhile, stretched to
 * 35–40 ms on the wall clock (traced in Chromium, `bench:browser` `ui-own-files`). 50 keep that task a quarter as
 * long; a failing batch (over quota) loses only its own files' storage.
 */
const STORE_BATCH = 50;
/**
 * A `?corpus=` list of at least this many pages, or as many stored files, has the worker warm up while they are
 * fetched or read (below that, the load is over before a warm-up would pay off).
 */
const PREPARE_FILES = 500;

/** The bundled seeds, or a collection fetched from `?corpus=`. */
export interface BaseCorpus {
  kind: 'seeds' | 'url';
  files: InputFile[];
  /** Files of a `files.txt` list that could not be fetched, by name. */
  problems: FileProblem[];
  /** Label for the UI: `seeds` or the corpus URL as given. */
  label: string;
  /**
   * Where each fetched file came from (same order as `files`). Fetched bytes are moved to the worker, not copied;
   * when a later reload needs them again (own files added or removed), they are fetched again (usually from the
   * browser's cache).
   */
  urls?: URL[];
}

export class CorpusSources {
  files = $state.raw<UserFileInfo[]>([]);
  /** Names of picked or dropped files that were not read (wrong type, hidden, duplicate). */
  skipped = $state.raw<string[]>([]);
  /** Hide the base collection and show only the user's files. */
  onlyMine = $state(readFlag(ONLY_MINE_KEY));
  /** False when IndexedDB could not be opened: files are then kept for this page only. */
  persistent = $state(true);
  base = $state.raw<BaseCorpus>({ kind: 'seeds', files: [], problems: [], label: 'seeds' });

  readonly #dash: DashboardState;
  #store: FileStore = memoryFileStore();
  #bytes = new Map<number, Uint8Array>();
  /** Corpus changes run one after the other. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(dash: DashboardState) {
    this.#dash = dash;
  }

  /**
   * Open the file store, pick the base collection and load everything behind the loading screen.
   * `openStore` rejects when IndexedDB is unavailable; then a notice is shown once and files stay in memory.
   */
  async start(opts: { seeds: () => InputFile[]; corpusParam: string | null; pageHref: string; openStore: () => Promise<FileStore> }): Promise<void> {
    try {
      this.#store = await opts.openStore();
    } catch {
      this.persistent = false;
      this.#dash.addNotice({ kind: 'storage' });
    }
    // Many stored files take a while to read, and then meet a cold worker: it warms up on the seeds meanwhile.
    try {
      if ((await this.#store.count()) >= PREPARE_FILES) this.#dash.prepare(opts.seeds());
    } catch {
      // Only a warm-up; reading the files below says what is wrong with the store.
    }
    let stored: StoredFile[] = [];
    try {
      stored = await this.#store.list();
    } catch {
      stored = [];
    }
    this.#remember(stored);
    this.base = await this.#resolveBase(opts.seeds, opts.corpusParam, opts.pageHref);
    if (this.files.length === 0 && this.onlyMine) this.onlyMine = false;
    await this.#dash.start(await this.#steps(), this.base.problems);
  }

  /**
   * Read, store and add picked or dropped files (`path`: the name with its folder, for files from a folder).
   * Resolves when the corpus includes them (or the run was cancelled).
   */
  add(picked: { file: File; path: string }[]): Promise<void> {
    return this.#enqueue(async () => {
      // Known = same name and size. `File.size` of a picked file can cost Chromium a synchronous look at the disk, so
      // it is read only for names already stored (10,000 fresh files: one 3.6 s main-thread task before).
      const known = new Map<string, Set<number>>();
      for (const f of this.files) known.set(f.name, (known.get(f.name) ?? new Set()).add(f.size));
      const { accepted, skipped } = partitionFiles(picked.map((p) => ({ name: p.path || p.file.name, file: p.file })));
      const fresh = accepted.filter((f) => !known.get(f.name)?.has(f.file.size));
      // A Set, not `fresh.includes`: with 10,000 files that was 10^8 comparisons in one 3.6 s main-thread task.
      const freshSet = new Set(fresh);
      const duplicates = accepted.filter((f) => !freshSet.has(f)).map((f) => f.name);
      this.skipped = [...skipped, ...duplicates];
      if (fresh.length === 0) return;
      // Read in parts while the worker analyses the parts it has; the page keeps what it read for IndexedDB.
      const source = pickedSource(fresh);
      const result = await this.#dash.update([{ stream: source, expectedFiles: fresh.length, add: true }], source.problems);
      if (!result) return;
      const inputs = source.inputs;
      // Keep what the worker read (everything, or the first files of a cancelled run), except files nothing could
      // be read from: they are listed as problems now and would only come back as the same problem.
      const unreadable = new Set(result.summaries.flatMap((s) => s.problems).filter((p) => p.severity === 'error').map((p) => p.file));
      const kept = inputs.slice(0, result.filesDone[0] ?? 0).filter((f) => !unreadable.has(f.name));
      const added: StoredFile[] = [];
      for (let i = 0; i < kept.length; i += STORE_BATCH) added.push(...(await this.#putMany(kept.slice(i, i + STORE_BATCH))));
      this.#remember([...this.#storedNow(), ...added]);
    });
  }

  /** Remove one of the user's files and rebuild the corpus from what remains. */
  remove(id: number): Promise<void> {
    return this.#enqueue(async () => {
      try {
        await this.#store.delete(id);
      } catch {
        // Already gone: the list below is what counts.
      }
      this.#remember(this.#storedNow().filter((f) => f.id !== id));
      if (this.files.length === 0) this.onlyMine = false;
      await this.#dash.update(await this.#steps(), this.base.problems);
    });
  }

  /** "Back to the seed articles": drop every user file and show the base collection only. */
  reset(): Promise<void> {
    return this.#enqueue(async () => {
      try {
        await this.#store.clear();
      } catch {
        // Storage failing here must not keep the files on screen.
      }
      this.#remember([]);
      this.setOnlyMine(false, false);
      this.skipped = [];
      await this.#dash.update(await this.#steps(), this.base.problems);
    });
  }

  /** Show only the user's files (true) or base + user files (false), and reload. */
  setOnlyMine(value: boolean, reload = true): Promise<void> | void {
    this.onlyMine = value;
    writeFlag(ONLY_MINE_KEY, value);
    if (reload) return this.#enqueue(async () => void (await this.#dash.update(await this.#steps(), this.base.problems)));
  }

  cancel(): Promise<void> {
    return this.#dash.cancel();
  }

  // ---- internals ----

  async #steps(): Promise<CorpusStep[]> {
    const user: InputFile[] = this.#storedNow().map((f) => ({ name: f.name, bytes: f.bytes }));
    const base = this.onlyMine && user.length > 0 ? [] : await this.#baseFiles();
    // Fetched base bytes are not kept by the page: the worker gets them without a copy (user files stay here,
    // they are kept for IndexedDB).
    const transfer = this.base.urls ? base.map((f) => f.bytes.buffer as ArrayBuffer) : undefined;
    // A single corpus JSON with a prebuilt index is only used as such when loaded alone: load it, then add.
    if (base.length === 1 && user.length > 0) return [{ files: base, add: false, transfer }, { files: user, add: true }];
    return [{ files: [...base, ...user], add: false, transfer }];
  }

  /** The base files; fetched ones whose bytes went to the worker before are fetched again. */
  async #baseFiles(): Promise<InputFile[]> {
    const { files, urls } = this.base;
    if (!urls || files.every((f) => f.bytes.byteLength > 0)) return files;
    const again: InputFile[] = [];
    const againUrls: URL[] = [];
    for (let i = 0; i < files.length; i++) {
      const f = files[i]!;
      const url = urls[i]!;
      try {
        again.push(f.bytes.byteLength > 0 ? f : { name: f.name, bytes: await fetchBytes(url) });
        againUrls.push(url);
      } catch {
        // Gone from the server meanwhile: left out from now on.
      }
    }
    this.base = { ...this.base, files: again, urls: againUrls };
    return again;
  }

  #storedNow(): StoredFile[] {
    return this.files.map((f) => ({ id: f.id, name: f.name, added: f.added, bytes: this.#bytes.get(f.id) ?? new Uint8Array() }));
  }

  #remember(stored: StoredFile[]): void {
    this.#bytes = new Map(stored.map((f) => [f.id, f.bytes]));
    this.files = stored.map((f) => ({ id: f.id, name: f.name, size: f.bytes.byteLength, added: f.added }));
  }

  async #putMany(inputs: InputFile[]): Promise<StoredFile[]> {
    try {
      return await this.#store.putMany(inputs.map((f) => ({ name: f.name, bytes: f.bytes })));
    } catch {
      // Quota exceeded or storage gone mid-session: keep the files for this page and say so once.
      if (this.persistent) {
        this.persistent = false;
        this.#dash.addNotice({ kind: 'storage' });
      }
      const memory = await memoryFileStore().putMany(inputs);
      return memory.map((f) => ({ ...f, id: -Date.now() - Math.random() }));
    }
  }

  #enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(op, op);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #resolveBase(seeds: () => InputFile[], param: string | null, pageHref: string): Promise<BaseCorpus> {
    const seedBase: BaseCorpus = { kind: 'seeds', files: seeds(), problems: [], label: 'seeds' };
    if (param === null || param.trim() === '') return seedBase;
    const resolved = resolveCorpusUrl(param.trim(), pageHref);
    if (!resolved.ok) {
      this.#dash.addNotice({ kind: 'corpus', what: resolved.reason, url: param });
      return seedBase;
    }
    try {
      const main = await fetchBytes(resolved.url);
      // Only the start is decoded to tell a corpus JSON from a list of files (decoding tens of MB on the main
      // thread is a long task; the worker reads the JSON).
      if (/\.json$/i.test(resolved.url.pathname) || looksLikeJson(new TextDecoder().decode(main.subarray(0, 64)))) {
        const name = fileNameOf(resolved.url).replace(/(\.json)?$/i, '.json');
        return { kind: 'url', files: [{ name, bytes: main }], problems: [], label: param, urls: [resolved.url] };
      }
      const text = new TextDecoder().decode(main);
      const problems: FileProblem[] = [];
      const wanted: URL[] = [];
      for (const line of parseFileList(text)) {
        const entry = resolveCorpusUrl(line, resolved.url.href);
        if (entry.ok) wanted.push(entry.url);
        else problems.push({ file: line, reason: entry.reason === 'foreign' ? 'refused: not on this server' : 'not a valid address', severity: 'error' });
      }
      // Fetching many pages takes a while, and they will meet a cold worker: it warms up on the seeds meanwhile.
      if (wanted.length >= PREPARE_FILES) this.#dash.prepare(seeds());
      // Several requests at a time (one after the other, a list of 10,000 pages is 10,000 round trips), kept in
      // the list's order.
      const fetched = await readAll(wanted, fileNameOf, fetchBytes, '');
      return { kind: 'url', files: fetched.inputs, problems: [...problems, ...fetched.problems], label: param, urls: fetched.from };
    } catch (e) {
      this.#dash.addNotice({ kind: 'corpus', what: 'fetch', url: param, reason: e instanceof Error ? e.message : String(e) });
      return seedBase;
    }
  }
}

/** Files per part of a stream (≈ 1 MB of typical pages: a few batches for every thread while the next is read). */
const PART_FILES = 256;

/**
 * The picked files as a stream of parts for the worker (`addStream`), each read while the worker analyses the one
 * before. What was read stays in `inputs` (for IndexedDB) and what could not be read in `problems`, by name.
 */
function pickedSource(picked: readonly { name: string; file: File }[]): FileSource & { inputs: InputFile[]; problems: FileProblem[] } {
  let at = 0;
  const readPart = async (): Promise<InputFile[] | null> => {
    if (at >= picked.length) return null;
    const part = picked.slice(at, (at += PART_FILES));
    const { inputs, problems } = await readAll(part, (f) => f.name, async (f) => new Uint8Array(await f.file.arrayBuffer()), 'could not be read: ');
    source.inputs.push(...inputs);
    source.problems.push(...problems);
    return inputs;
  };
  let ahead: Promise<InputFile[] | null> | null = null;
  const source = {
    inputs: [] as InputFile[],
    problems: [] as FileProblem[],
    async next() {
      const part = await (ahead ?? readPart());
      ahead = part === null ? null : readPart();
      return part;
    },
  };
  return source;
}

async function fetchBytes(url: URL): Promise<Uint8Array> {
  // Same origin was checked by the caller; `same-origin` mode makes the browser refuse anything else as well.
  const res = await fetch(url, { mode: 'same-origin', credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return readBody(res);
}

function readFlag(key: string): boolean {
  try {
    return globalThis.localStorage?.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string, value: boolean): void {
  try {
    localStorage.setItem(key, value ? '1' : '0');
  } catch {
    // Private mode: the choice holds for this page.
  }
}

export const [getSources, setSources] = createContext<CorpusSources>();
