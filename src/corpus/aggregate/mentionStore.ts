/**
 * The reader's mention spans, kept compactly. Only the one opened document needs them, but every document has a
 * few dozen: as objects (`{start, end, type, ref}`) they cost ≈ 60 bytes each, ≈ 10 MB at 10,000 pages. Here each
 * document's spans are one `Int32Array` of triples `[start, end, ref << 2 | type]`, with `ref` an index into a shared
 * name table (0 = null). Spans come back exactly as given (order, offsets, types, refs).
 */
import type { Mention } from '../types.ts';

const TYPES: readonly Mention['type'][] = ['organisation', 'person', 'quote'];
const TYPE_CODE = new Map(TYPES.map((t, i) => [t, i]));

export class MentionStore {
  private byId = new Map<string, Int32Array>();
  private refNames: (string | null)[] = [null];
  private refIndex = new Map<string, number>();

  /** Remember `mentions` for document `id` (replacing earlier ones). False when a span is malformed: keep them as is. */
  set(id: string, mentions: readonly Mention[]): boolean {
    const data = new Int32Array(mentions.length * 3);
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      const type = TYPE_CODE.get(m?.type);
      const ok = type !== undefined && isInt(m.start) && isInt(m.end) && (m.ref === null || typeof m.ref === 'string');
      if (!ok || Object.keys(m).length !== 4) return false;
      data[3 * k] = m.start;
      data[3 * k + 1] = m.end;
      data[3 * k + 2] = (this.ref(m.ref) << 2) | type;
    }
    this.byId.set(id, data);
    return true;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The spans of document `id`, as `Mention` objects, or undefined when none were stored. */
  get(id: string): Mention[] | undefined {
    const data = this.byId.get(id);
    if (!data) return undefined;
    const out: Mention[] = new Array(data.length / 3);
    for (let k = 0; k < out.length; k++) {
      const code = data[3 * k + 2]!;
      out[k] = { start: data[3 * k]!, end: data[3 * k + 1]!, type: TYPES[code & 3]!, ref: this.refNames[code >>> 2] ?? null };
    }
    return out;
  }

  /** Keep only the documents in `ids`. */
  retain(ids: ReadonlySet<string> | ReadonlyMap<string, unknown>): void {
    for (const id of [...this.byId.keys()]) if (!ids.has(id)) this.byId.delete(id);
  }

  clear(): void {
    this.byId.clear();
    this.refNames = [null];
    this.refIndex.clear();
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

function isInt(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= -(2 ** 31) && x < 2 ** 31;
}
