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
import { proxy, type Remote } from 'comlink';
import { EMPTY_FILTER, type Filter } from '../corpus/filter.ts';
import type { FileProblem, InputFile, TopicDefinition } from '../corpus/types.ts';
import type { DashboardView, DocumentDetail, LagebildApi, LoadProgress, ViewRequest } from '../worker/api.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import { DEFAULT_OPTIONS, type UrlState, type UserTopicSpec, type ViewOptions } from './urlCodec.ts';
import { userTopicDefinitions } from './userTopics.ts';

export type WorkerApi = Remote<LagebildApi>;
export type Phase = 'starting' | 'loading' | 'ready' | 'failed';
export type HistoryMode = 'push' | 'replace';
export type NameKind = 'org' | 'person' | 'topic' | 'doc';

/** Something the user should know about the link they opened; worded by the UI. */
export type Notice = { kind: 'param'; text: string } | { kind: 'unknown'; what: NameKind; name: string };

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
    $effect(() => {
      if (this.phase !== 'ready') return;
      const request = this.request;
      void this.indexReady; // a query answered before the index was complete is asked again
      void this.requestView(request);
    });
    $effect(() => {
      if (this.phase !== 'ready') return;
      void this.requestDocument(this.doc);
    });
  }

  /** Ask the worker for every aggregate of one request; the answer to an older request is dropped. */
  async requestView(request: ViewRequest): Promise<void> {
    const seq = ++this.#viewSeq;
    this.viewPending = true;
    try {
      const view = await this.#api.view(request);
      if (seq !== this.#viewSeq) return;
      performance.mark('lagebild:view');
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
    this.phase = 'loading';
    performance.mark('lagebild:load-start');
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stalled: (e: Error) => void = () => {};
    const watchdog = new Promise<never>((_, reject) => (stalled = reject));
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => stalled(new Error(`Lagebild: the corpus worker did not answer for ${stallMs / 1000} s`)), stallMs);
    };
    try {
      arm();
      const summary = await Promise.race([
        this.#api.load(
          files,
          proxy((p: LoadProgress) => {
            arm();
            this.progress = p;
            if (p.phase === 'done') this.indexReady = true;
          }),
        ),
        watchdog,
      ]);
      performance.mark('lagebild:load-done');
      this.problems = summary.problems;
      if (summary.indexReady) this.indexReady = true;
      arm();
      this.names = await Promise.race([this.#api.names(), watchdog]);
      this.#dropUnknownNames();
      this.phase = 'ready';
    } catch (e) {
      this.fail(e);
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
    this.notices = notices.map((text) => ({ kind: 'param', text }));
    this.#dropUnknownNames();
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
