/**
 * The reader's mention spans, kept compactly. Only the one opened document needs them, but every document has a
 * few dozen: as objects (`{start, end, type, ref}`) they cost ≈ 60 bytes each, ≈ 10 MB at 10,000 pages. Here each
 * document's spans are a run of triples `[start, end, ref << 2 | type]` in one shared `Int32Array`, with `ref` an index into a shared
 * name table (0 = null). Spans come back exactly as given (order, offsets, types, refs).
 */
import type { Mention } from '../types.ts';

const TYPES: readonly Mention['type'][] = ['organisation', 'person', 'quote'];
const TYPE_CODE = new Map(TYPES.map((t, i) => [t, i]));

export class MentionStore {
  /**
   * All spans in one growing buffer: at a document's offset its span count, then its triples. A typed array per
   * document (42,000 of them at 10,000 pages) cost ≈ 30 ms of garbage-collector work in `setDocuments` (every
   * array above 64 bytes has its own off-heap backing store); one buffer costs a few doublings.
   */
  private data = new Int32Array(4096);
  private used = 0;
  /** Slots no document refers to any more (replaced or dropped); compacted away when they pass half the buffer. */
  private garbage = 0;
  private byId = new Map<string, number>();
  private refNames: (string | null)[] = [null];
  private refIndex = new Map<string, number>();

  /** Remember `mentions` for document `id` (replacing earlier ones). False when a span is malformed: keep them as is. */
  set(id: string, mentions: readonly Mention[]): boolean {
    const size = 1 + mentions.length * 3;
    this.reserve(size);
    const at = this.used;
    const data = this.data;
    data[at] = mentions.length;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      const type = TYPE_CODE.get(m?.type);
      const ok = type !== undefined && isInt(m.start) && isInt(m.end) && (m.ref === null || typeof m.ref === 'string');
      if (!ok || keyCount(m) !== 4) return false;
      data[at + 1 + 3 * k] = m.start;
      data[at + 2 + 3 * k] = m.end;
      data[at + 3 + 3 * k] = (this.ref(m.ref) << 2) | type;
    }
    this.drop(id);
    this.byId.set(id, at);
    this.used += size;
    return true;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The spans of document `id`, as `Mention` objects, or undefined when none were stored. */
  get(id: string): Mention[] | undefined {
    const at = this.byId.get(id);
    if (at === undefined) return undefined;
    const data = this.data;
    const out: Mention[] = new Array(data[at]!);
    for (let k = 0; k < out.length; k++) {
      const code = data[at + 3 + 3 * k]!;
      out[k] = { start: data[at + 1 + 3 * k]!, end: data[at + 2 + 3 * k]!, type: TYPES[code & 3]!, ref: this.refNames[code >>> 2] ?? null };
    }
    return out;
  }

  /** Keep only the documents in `ids`. */
  retain(ids: ReadonlySet<string> | ReadonlyMap<string, unknown>): void {
    for (const id of [...this.byId.keys()]) if (!ids.has(id)) this.drop(id);
    if (this.garbage > this.used / 2) this.compact(0);
  }

  clear(): void {
    this.data = new Int32Array(4096);
    this.used = 0;
    this.garbage = 0;
    this.byId.clear();
    this.refNames = [null];
    this.refIndex.clear();
  }

  private drop(id: string): void {
    const at = this.byId.get(id);
    if (at === undefined) return;
    this.garbage += 1 + 3 * this.data[at]!;
    this.byId.delete(id);
  }

  /** Room for `size` more slots after `used`. */
  private reserve(size: number): void {
    if (this.used + size <= this.data.length) return;
    if (this.garbage > this.used / 2) this.compact(size);
    if (this.used + size <= this.data.length) return;
    const grown = new Int32Array(Math.max(2 * this.data.length, this.used + size));
    grown.set(this.data.subarray(0, this.used));
    this.data = grown;
  }

  /** Copy the live documents' spans to a new buffer with `extra` free slots. */
  private compact(extra: number): void {
    let live = 0;
    for (const at of this.byId.values()) live += 1 + 3 * this.data[at]!;
    const out = new Int32Array(Math.max(4096, 2 * (live + extra)));
    let used = 0;
    for (const [id, at] of this.byId) {
      const size = 1 + 3 * this.data[at]!;
      out.set(this.data.subarray(at, at + size), used);
      this.byId.set(id, used);
      used += size;
    }
    this.data = out;
    this.used = used;
    this.garbage = 0;
  }

  private ref(name: string | null): number {
    if (name === null) return 0;
    let i = this.refIndex.get(name);
    if (i === undefined) {
      i = this.refNames.length;
      this.refNames.push(name);
      this.refIndex.set(name, i);
    }
    return i;
  }
}

/**
 * Own enumerable keys (a span with more than its four would lose them). A for-in count allocates nothing:
 * `Object.keys(m).length`, an array per span, was ≈ 40 ms of `setDocuments` at 175,000 spans.
 */
function keyCount(m: object): number {
  let k = 0;
  for (const key in m) if (Object.hasOwn(m, key)) k++;
  return k;
}

function isInt(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= -(2 ** 31) && x < 2 ** 31;
}
