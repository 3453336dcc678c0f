/**
 * The dashboard's state: the one filter, the view options, what the worker last answered, loading progress,
 * problems and notices, and the open document. Created in App and shared through typed context, so views read it
 * with `getDashboard()` and change it only through its methods (each method also says how the change should land
 * in the browser history: a filter change is a new entry, typing in the search box is not).
 *
 * The worker is called from two effects (`connect()`), the edges of this class: one for the view, one for the
 * opened document. Responses that arrive after a newer request was sent are discarded by sequence number.
 */
import { createContext } from 'svelte';
import { proxy, transfer, type Remote } from 'comlink';
import { EMPTY_FILTER, type Filter } from '../corpus/filter.ts';
import type { FileProblem, InputFile, TopicDefinition } from '../corpus/types.ts';
import type { DashboardView, DocumentDetail, FileSource, LagebildApi, LoadProgress, LoadSummary, ViewRequest } from '../worker/api.ts';
import { packFiles } from '../worker/packFiles.ts';
import { drawApart } from '../charts/deferRender.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import { DEFAULT_OPTIONS, type UrlState, type UserTopicSpec, type ViewOptions } from './urlCodec.ts';
import { userTopicDefinitions } from './userTopics.ts';

export type WorkerApi = Remote<LagebildApi>;
export type Phase = 'starting' | 'loading' | 'ready' | 'failed';
export type HistoryMode = 'push' | 'replace';
export type NameKind = 'org' | 'person' | 'topic' | 'doc';

/** Something the user should know about the link they opened or the files they added; worded by the UI. */
export type Notice =
  | { kind: 'param'; text: string }
  | { kind: 'unknown'; what: NameKind; name: string }
  | { kind: 'storage' }
  | { kind: 'corpus'; what: 'foreign' | 'invalid' | 'fetch'; url: string; reason?: string };

/**
 * One call into the worker while (re)building the corpus: `load` replaces it, `add` adds to it; a `stream` is
 * added part by part, read by the page while the worker analyses the parts it has (`addStream`).
 */
export type CorpusStep =
  | {
      files: InputFile[];
      add: boolean;
      /**
       * Buffers of `files` the page does not keep (fetched for `?corpus=`): moved to the worker instead of copied
       * (structured cloning tens of MB is a long main-thread task). They are empty (detached) afterwards.
       */
      transfer?: ArrayBuffer[];
    }
  | { stream: FileSource; expectedFiles: number; add: true };

/** How a corpus update ended: the worker's summaries, whether it was cancelled, and how many files each step took. */
export interface UpdateResult {
  summaries: LoadSummary[];
  cancelled: boolean;
  /** Files the worker read in each step (all of them unless cancelled). */
  filesDone: number[];
}

/** Silence from the worker during loading, after which the page shows an error instead of waiting forever. */
export const LOAD_STALL_MS = 20_000;

/** Speakers in the network; not a user option (yet). */
const TOP_SPEAKERS = 60;

export class DashboardState {
  filter = $state.raw<Filter>(EMPTY_FILTER);
  options = $state.raw<ViewOptions>(DEFAULT_OPTIONS);
  /** Id of the document open in the reader. */
  doc = $state<string | null>(null);
  page = $state(0);

  phase = $state<Phase>('starting');
  progress = $state.raw<LoadProgress | null>(null);
  indexReady = $state(false);
  problems = $state.raw<FileProblem[]>([]);
  notices = $state.raw<Notice[]>([]);
  /** A message for the error screen when the worker failed. */
  fatal = $state<string | null>(null);
  /** True while a corpus update runs behind the dashboard (the charts keep the previous corpus until it is done). */
  updating = $state(false);
  /** Bumped when the worker holds a new corpus, so every view is asked again. */
  corpusVersion = $state(0);
  names = $state.raw<{ organisations: string[]; people: string[]; topics: TopicDefinition[] } | null>(null);

  view = $state.raw<DashboardView | null>(null);
  viewPending = $state(false);
  document = $state.raw<DocumentDetail | null>(null);
  documentPending = $state(false);

  /** How the next URL write lands in history; set by every change method, read by urlSync. */
  historyMode: HistoryMode = 'push';

  readonly i18n: I18n;
  readonly #api: WorkerApi;
  #viewSeq = 0;
  /** The corpus version of the view on screen (-1: none yet). */
  #viewCorpus = -1;
  #docSeq = 0;

  readonly userTopics: TopicDefinition[] = $derived(userTopicDefinitions(this.options.userTopics));

  readonly request: ViewRequest = $derived({
    filter: this.filter,
    granularity: this.options.granularity,
    includeTeasers: this.options.includeTeasers,
    topOrgs: this.options.topOrgs,
    topSpeakers: TOP_SPEAKERS,
    userTopics: this.userTopics,
    page: this.page,
  });

  readonly urlState: UrlState = $derived.by(() => ({
    filter: this.filter,
    doc: this.doc,
    lang: this.i18n.fromUrl,
    options: this.options,
  }));

  /** Topic id → label, for chips and the reader. */
  readonly topicLabels: Map<string, string> = $derived(
    new Map([...(this.names?.topics ?? []), ...this.userTopics].map((t) => [t.id, t.label])),
  );

  constructor(api: WorkerApi, i18n: I18n) {
    this.#api = api;
    this.i18n = i18n;
  }

  /** Start the worker edges. Call once, during component initialisation (effects need an owner). */
  connect(): void {
    // A pre-effect: the request leaves before this flush updates the DOM (chips, highlights), so the worker
    // computes while the page draws those, instead of after.
    $effect.pre(() => {
      if (this.phase !== 'ready') return;
      const request = this.request;
      void this.corpusVersion;
      void this.indexReady; // a query answered before the index was complete is asked again
      void this.requestView(request);
    });
    $effect(() => {
      if (this.phase !== 'ready') return;
      void this.corpusVersion;
      void this.requestDocument(this.doc);
    });
  }

  /** Ask the worker for every aggregate of one request; the answer to an older request is dropped. */
  async requestView(request: ViewRequest): Promise<void> {
    const seq = ++this.#viewSeq;
    this.viewPending = true;
    try {
      const version = this.corpusVersion;
      const view = await this.#api.view(request);
      if (seq !== this.#viewSeq) return;
      performance.mark('lagebild:view');
      // The first view of another corpus redraws every chart from scratch: one chart per task (see drawApart).
      if (version !== this.#viewCorpus) drawApart();
      this.#viewCorpus = version;
      this.view = view;
      this.viewPending = false;
    } catch (e) {
      if (seq === this.#viewSeq) this.fail(e);
    }
  }

  /** Fetch the document for the reader (null closes it); the answer for a document no longer open is dropped. */
  async requestDocument(id: string | null): Promise<void> {
    const seq = ++this.#docSeq;
    if (!id) {
      this.document = null;
      this.documentPending = false;
      return;
    }
    this.documentPending = true;
    try {
      const detail = await this.#api.document(id);
      if (seq !== this.#docSeq) return;
      this.document = detail;
      this.documentPending = false;
    } catch (e) {
      if (seq === this.#docSeq) this.fail(e);
    }
  }

  /**
   * Load files into the worker; the charts can be drawn once extraction is done, search once indexing is.
   * A worker that fails to start never answers (Comlink just waits), so a watchdog turns silence into an error.
   */
  async load(files: InputFile[], stallMs = LOAD_STALL_MS): Promise<void> {
    await this.start([{ files, add: false }], [], stallMs);
  }

  /** The first load, in steps (e.g. a prebuilt corpus, then the user's files), behind the loading screen. */
  async start(steps: CorpusStep[], extraProblems: FileProblem[] = [], stallMs = LOAD_STALL_MS): Promise<UpdateResult | null> {
    // The worker may have failed to start while the sources were still being gathered (IndexedDB, `?corpus=`).
    if (this.phase === 'failed') return null;
    this.phase = 'loading';
    performance.mark('lagebild:load-start');
    try {
      const result = await this.#runSteps(steps, stallMs);
      performance.mark('lagebild:load-done');
      this.problems = [...extraProblems, ...result.summaries.flatMap((s) => s.problems)];
      this.phase = 'ready';
      return result;
    } catch (e) {
      this.fail(e);
      return null;
    }
  }

  /**
   * Change the corpus while the dashboard stays usable: the worker answers views from the previous corpus
   * between its batches, and the new one replaces it when it is complete. A first step with `add: false` replaces
   * the problems list; adding appends to it.
   */
  async update(steps: CorpusStep[], extraProblems: FileProblem[] = []): Promise<UpdateResult | null> {
    this.updating = true;
    this.progress = null;
    try {
      const result = await this.#runSteps(steps, LOAD_STALL_MS);
      const fresh = [...extraProblems, ...result.summaries.flatMap((s) => s.problems)];
      this.problems = steps[0]?.add ? [...this.problems, ...fresh] : fresh;
      this.corpusVersion++;
      return result;
    } catch (e) {
      this.fail(e);
      return null;
    } finally {
      this.updating = false;
    }
  }

  /** The analysed corpus as a JSON Blob (the `npm run analyze` format), optionally with the search index. */
  exportCorpus(includeIndex: boolean): Promise<Blob> {
    return this.#api.exportCorpus(includeIndex);
  }

  /**
   * A large load is coming (fetching it takes a while): let the worker warm up on `sample` meanwhile. Best effort:
   * a worker that cannot is simply cold.
   */
  prepare(sample: InputFile[]): void {
    this.#api.prepare(sample).catch(() => {});
  }

  /** Stop a running load or update; what the worker has read so far is kept. */
  async cancel(): Promise<void> {
    await this.#api.cancel();
  }

  async #runSteps(steps: CorpusStep[], stallMs: number): Promise<UpdateResult> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stalled: (e: Error) => void = () => {};
    const watchdog = new Promise<never>((_, reject) => (stalled = reject));
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => stalled(new Error(`Lagebild: the corpus worker did not answer for ${stallMs / 1000} s`)), stallMs);
    };
    const result: UpdateResult = { summaries: [], cancelled: false, filesDone: [] };
    let indexDone = false;
    try {
      for (const step of steps) {
        if (result.cancelled) {
          result.filesDone.push(0);
          continue;
        }
        arm();
        indexDone = false;
        const onProgress = proxy((p: LoadProgress) => {
          arm();
          if (p.phase === 'done') {
            indexDone = true;
            this.indexReady = true;
          } else if (p.phase !== 'indexing') this.progress = p;
        });
        let call: Promise<LoadSummary>;
        if ('stream' in step) {
          const { stream } = step;
          // Each part goes over packed in one moved buffer (worker/packFiles.ts); the page keeps its own copies.
          const parts = proxy({
            async next() {
              const part = await stream.next();
              if (part === null) return null;
              const packed = packFiles(part);
              return transfer(packed.files, [packed.buffer]);
            },
          });
          call = this.#api.addStream(parts, step.expectedFiles, onProgress);
        } else {
          const moved = [...new Set(step.transfer ?? [])].filter((b) => b.byteLength > 0);
          const files = moved.length > 0 ? transfer(step.files, moved) : step.files;
          call = step.add ? this.#api.add(files, onProgress) : this.#api.load(files, onProgress);
        }
        const summary = await Promise.race([call, watchdog]);
        result.summaries.push(summary);
        // From the result, not the last progress message: those travel on their own channel and can come later.
        result.cancelled = summary.cancelled;
        result.filesDone.push(summary.filesDone);
        this.indexReady = summary.indexReady || indexDone;
      }
      arm();
      this.names = await Promise.race([this.#api.names(), watchdog]);
      this.#dropUnknownNames();
      return result;
    } finally {
      clearTimeout(timer);
    }
  }

  fail(error: unknown): void {
    if (this.phase === 'failed') return; // the first error is the informative one
    this.fatal = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.phase = 'failed';
  }

  // ---- changes (each one says how it lands in history) ----

  #setFilter(next: Partial<Filter>, mode: HistoryMode = 'push'): void {
    this.historyMode = mode;
    this.filter = { ...this.filter, ...next };
    this.page = 0;
  }

  /** Typing in the search box: replaces the history entry instead of adding one per keystroke. */
  setQuery(q: string): void {
    this.#setFilter({ q }, 'replace');
  }

  /** Removing the query chip is a filter change like any other: a new history entry. */
  clearQuery(): void {
    this.#setFilter({ q: '' });
  }

  setRange(from: string | null, to: string | null): void {
    if (from && to && from > to) [from, to] = [to, from];
    this.#setFilter({ from, to });
  }

  setOrgs(orgs: string[]): void {
    this.#setFilter({ orgs: [...new Set(orgs)] });
  }

  toggleOrg(name: string): void {
    this.setOrgs(toggle(this.filter.orgs, name));
  }

  togglePerson(name: string): void {
    this.#setFilter({ people: toggle(this.filter.people, name) });
  }

  toggleTopic(id: string): void {
    this.#setFilter({ topics: toggle(this.filter.topics, id) });
  }

  removeFrom(): void {
    this.#setFilter({ from: null });
  }

  removeTo(): void {
    this.#setFilter({ to: null });
  }

  clearFilters(): void {
    this.#setFilter({ ...EMPTY_FILTER });
  }

  setOption<K extends keyof ViewOptions>(key: K, value: ViewOptions[K]): void {
    this.historyMode = 'push';
    this.options = { ...this.options, [key]: value };
  }

  addUserTopic(spec: UserTopicSpec): void {
    const existing = this.options.userTopics.filter((t) => t.label !== spec.label);
    this.setOption('userTopics', [...existing, spec]);
  }

  removeUserTopic(label: string): void {
    const id = this.userTopics.find((t) => t.label === label)?.id;
    this.setOption('userTopics', this.options.userTopics.filter((t) => t.label !== label));
    if (id && this.filter.topics.includes(id)) this.filter = { ...this.filter, topics: this.filter.topics.filter((t) => t !== id) };
  }

  setPage(page: number): void {
    this.historyMode = 'push';
    this.page = Math.max(0, page);
  }

  openDocument(id: string): void {
    this.historyMode = 'push';
    this.doc = id;
  }

  closeDocument(): void {
    this.historyMode = 'push';
    this.doc = null;
  }

  /** Take over what the URL says (first load, Back/Forward). Notices replace the previous ones. */
  applyUrlState(state: UrlState, notices: string[]): void {
    this.filter = state.filter;
    this.options = state.options;
    this.doc = state.doc;
    this.page = 0;
    this.i18n.fromUrl = state.lang;
    this.notices = [...this.notices.filter((n) => n.kind !== 'param' && n.kind !== 'unknown'), ...notices.map((text): Notice => ({ kind: 'param', text }))];
    this.#dropUnknownNames();
  }

  /** A notice from outside the filter (storage, `?corpus=`, embed parameters); kept across Back/Forward. */
  addNotice(notice: Notice): void {
    this.notices = [...this.notices, notice];
  }

  dismissNotice(notice: Notice): void {
    this.notices = this.notices.filter((n) => n !== notice);
  }

  /** Names from a link that the loaded corpus does not know are dropped with a notice, not silently kept. */
  #dropUnknownNames(): void {
    const names = this.names;
    if (!names) return;
    const unknown: Notice[] = [];
    const keep = (list: string[], known: Set<string>, what: NameKind) =>
      list.filter((n) => known.has(n) || (unknown.push({ kind: 'unknown', what, name: n }), false));
    const f = this.filter;
    const topicIds = new Set([...names.topics, ...this.userTopics].map((t) => t.id));
    const next: Filter = {
      ...f,
      orgs: keep(f.orgs, new Set(names.organisations), 'org'),
      people: keep(f.people, new Set(names.people), 'person'),
      topics: keep(f.topics, topicIds, 'topic'),
    };
    if (unknown.length === 0) return;
    this.filter = next;
    this.historyMode = 'replace';
    this.notices = [...this.notices, ...unknown];
  }
}

function toggle(list: string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const [getDashboard, setDashboard] = createContext<DashboardState>();
