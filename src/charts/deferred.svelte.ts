/**
 * A chart's input, applied in the chart's own turn (see deferRender.ts): when a new view arrives from the worker,
 * every chart would otherwise recompute its layout and patch its DOM inside the one task that received the
 * message (one long main-thread task for the whole dashboard). With `Deferred`, each chart takes the new value in
 * a turn of its own: the first turn at the end of that task (charts updated in the same frame as the documents),
 * what exceeds its budget in later tasks, so a large update is still a row of short tasks. A value replaced
 * before its turn came is dropped (only the latest is drawn).
 *
 * An input built as a fresh object literal (`() => ({ data, granularity })`) counts as unchanged when every field is
 * the same value as before: a filter change through the URL replaces the options object without changing the
 * granularity, and must not lay the chart out again with the old data (only once, when the new view arrives).
 *
 * Create it during component initialisation: `const d = new Deferred(() => data, 'lb:chart-update:speakers')`, then
 * read `d.current`.
 * Without a DOM (server rendering, unit tests) `current` is the input itself.
 */
import { untrack } from 'svelte';
import { canDefer, deferRender } from './deferRender.ts';

/** Identical, or two plain objects whose own fields are identical (one level). */
export function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!isPlain(a) || !isPlain(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && Object.is(a[k], b[k]));
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

export class Deferred<T> {
  #get: () => T;
  #current: T = $state.raw() as T;

  /** `name`: the performance measure of each update (default `lb:chart-update`). */
  constructor(get: () => T, name = 'lb:chart-update') {
    this.#get = get;
    if (!canDefer) return;
    this.#current = untrack(get);
    $effect.pre(() => {
      const next = get();
      if (same(untrack(() => this.#current), next)) return;
      return deferRender(() => {
        this.#current = next;
      }, name, { sameTask: true });
    });
  }

  get current(): T {
    return canDefer ? this.#current : this.#get();
  }
}

/**
 * A component's parts drawn one turn after another on its first mount (see deferRender.ts): part 0 with the
 * component, part k in the k-th turn after it. A chart's first mount runs cold code and builds every element at
 * once (≈ 40–60 ms per chart at 10,000 articles on a 2-core machine, issue 4); drawn in parts, each task builds
 * a share, and the browser may paint between them. Later updates patch all parts in one turn, as before.
 *
 * `const parts = new Parts(3, 'lb:chart-part:matrix')` during component initialisation, then
 * `{#if parts.has(1)}…{/if}` around the later parts. Without a DOM (server rendering, unit tests, snapshots)
 * every part is there at once.
 */
export class Parts {
  #shown = $state(0);

  /** `count`: number of parts (part 0 included); `name`: the performance measure of each later part. */
  constructor(count: number, name = 'lb:chart-part') {
    this.#shown = canDefer ? 0 : count - 1;
    if (!canDefer || count <= 1) return;
    let cancel: (() => void) | null = null;
    const next = () => {
      this.#shown++;
      cancel = this.#shown < count - 1 ? deferRender(next, name) : null;
    };
    cancel = deferRender(next, name);
    $effect(() => () => cancel?.());
  }

  /** True once part `k` is drawn (and from then on). */
  has(k: number): boolean {
    return this.#shown >= k;
  }
}
