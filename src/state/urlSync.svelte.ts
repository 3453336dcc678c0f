/**
 * The adapter between the dashboard state and `location`: the only code that touches the address bar.
 *
 * - On start, the URL is decoded into the state (malformed values become notices) and rewritten in its clean
 *   form with `replaceState`, keeping parameters other features own (`embed`, `theme`, …).
 * - A filter change becomes a new history entry (`pushState`), so Back steps through filters.
 * - Typing in the search box is written after a pause (debounced): the first write of a typing burst adds one
 *   entry, the following ones replace it, so Back returns to before the search, not to each keystroke.
 * - Back/Forward (`popstate`) decode the URL into the state again, without writing.
 * - Embedded (`replaceOnly`): every write replaces the entry. An iframe's history entries join the host page's
 *   session history, so pushing would make the host's Back button step through the embed's filters.
 */
import { untrack } from 'svelte';
import { decodeState, encodeState, mergeForeignParams, toSearch } from './urlCodec.ts';
import type { DashboardState } from './dashboard.svelte.ts';

/** Pause after the last keystroke before the query lands in the URL. */
export const TYPING_DEBOUNCE_MS = 250;

export class UrlSync {
  readonly #dash: DashboardState;
  /** The search string last written or read, so a state that came from the URL is not written back. */
  #current = '';
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** True while the current history entry was created by typing and may be replaced by more typing. */
  #typingEntry = false;

  readonly #replaceOnly: boolean;

  constructor(dash: DashboardState, opts: { replaceOnly?: boolean } = {}) {
    this.#dash = dash;
    this.#replaceOnly = opts.replaceOnly ?? false;
  }

  /** Read the URL into the state now, then keep both in step. Call during component initialisation. */
  start(): void {
    this.#read();
    history.replaceState(history.state, '', this.#href(this.#current));

    $effect(() => {
      const search = toSearch(encodeState(this.#dash.urlState));
      untrack(() => this.#schedule(search));
    });

    $effect(() => {
      const onPop = () => this.#read();
      addEventListener('popstate', onPop);
      return () => {
        removeEventListener('popstate', onPop);
        this.#cancelTimer();
      };
    });
  }

  #read(): void {
    this.#cancelTimer();
    this.#typingEntry = false;
    const { state, notices } = decodeState(new URLSearchParams(location.search));
    this.#dash.applyUrlState(state, notices);
    this.#current = toSearch(encodeState(this.#dash.urlState));
  }

  #schedule(search: string): void {
    if (search === this.#current) return;
    this.#cancelTimer();
    if (this.#dash.historyMode === 'replace') {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.#write(search, this.#typingEntry ? 'replace' : 'push');
        this.#typingEntry = true;
      }, TYPING_DEBOUNCE_MS);
    } else {
      this.#write(search, 'push');
      this.#typingEntry = false;
    }
  }

  #write(search: string, mode: 'push' | 'replace'): void {
    this.#current = search;
    const href = this.#href(search);
    if (mode === 'push' && !this.#replaceOnly) history.pushState(null, '', href);
    else history.replaceState(history.state, '', href);
  }

  /** Path + our parameters + everyone else's parameters + the hash. */
  #href(search: string): string {
    const merged = mergeForeignParams(new URLSearchParams(search), new URLSearchParams(location.search));
    return location.pathname + toSearch(merged) + location.hash;
  }

  #cancelTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
