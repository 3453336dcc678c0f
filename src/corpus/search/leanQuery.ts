/**
 * A lean query executor over MiniSearch's index: the same term expansion (exact, prefix, fuzzy), the same BM25
 * scores, field boosts and expansion weights as `MiniSearch.search`, but with scores summed in typed arrays by
 * document number instead of one result object (with `match` and `terms` dictionaries) per hit and posting.
 *
 * Why: the dashboard needs the hit *set* for every aggregate and the matched terms only for snippet highlighting;
 * `search()` built and sorted a full result object for each of several thousand hits, which was most of the
 * cost of a broad query at 10,000 articles (profile: `termResults` ≈ 2/3 of a query).
 *
 * It reads MiniSearch's internal fields (pinned minisearch 7.2; the shape is checked, and `leanSearch` returns
 * null when it does not match so the caller can fall back to `search()`).
 */
import type MiniSearch from 'minisearch';

type Postings = Map<number, number>;
type FieldTermData = Map<number, Postings>;

interface Internals {
  _index: {
    get(term: string): FieldTermData | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
  };
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _fieldLength: Map<number, number[]>;
  _documentIds: Map<number, unknown>;
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
}

/**
 * Field lengths as one typed array (`lengths[fieldId * size + doc]`, 0 for a discarded or absent document):
 * scoring reads one per posting, and the index keeps them as a small array per document in a Map, scattered over
 * the heap. Rebuilt when the index changes (document count, next id or discards differ).
 */
interface Columns {
  key: string;
  size: number;
  lengths: Float64Array;
  alive: Uint8Array;
}
const columnsCache = new WeakMap<object, Columns>();

function columns(ix: Internals, fieldCount: number): Columns {
  const key = `${ix._nextId}|${ix._documentCount}|${ix._dirtCount}`;
  const hit = columnsCache.get(ix);
  if (hit && hit.key === key) return hit;
  const size = ix._nextId;
  const lengths = new Float64Array(size * fieldCount);
  const alive = new Uint8Array(size);
  for (const doc of ix._documentIds.keys()) alive[doc] = 1;
  for (const [doc, lens] of ix._fieldLength) {
    for (let f = 0; f < fieldCount; f++) lengths[f * size + doc] = lens[f] ?? 0;
  }
  const out = { key, size, lengths, alive };
  columnsCache.set(ix, out);
  return out;
}

/** One query term and how it expands. */
export interface LeanTermSpec {
  term: string;
  prefix: boolean;
  /** Maximum edit distance, or 0 for none. */
  fuzzy: number;
}

/** Hits best first, and the index terms that matched in at least one hit. */
export interface LeanResult {
  ids: string[];
  terms: Set<string>;
  /** The same hits as MiniSearch's internal document numbers (see `documentPositions`). */
  docs: Int32Array;
}

// MiniSearch's defaults (defaultSearchOptions.weights and defaultBM25params).
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const BM25_K = 1.2;
const BM25_B = 0.7;
const BM25_D = 0.5;

function internals(index: MiniSearch<never> | MiniSearch<unknown>): Internals | null {
  const x = index as unknown as Partial<Internals>;
  const ix = x._index;
  if (
    !ix ||
    typeof ix.get !== 'function' ||
    typeof ix.atPrefix !== 'function' ||
    typeof ix.fuzzyGet !== 'function' ||
    !(x._fieldLength instanceof Map) ||
    !(x._documentIds instanceof Map) ||
    typeof x._fieldIds !== 'object' ||
    !Array.isArray(x._avgFieldLength) ||
    typeof x._documentCount !== 'number' ||
    typeof x._nextId !== 'number' ||
    typeof x._dirtCount !== 'number'
  ) {
    return null;
  }
  return x as Internals;
}

/**
 * Build the per-index columns now (≈ 10 ms at 10,000 articles) rather than in the first query. Call when the index
 * is complete; a later change to the index rebuilds them lazily.
 */
export function prepareLeanSearch(index: MiniSearch<never> | MiniSearch<unknown>): void {
  const ix = internals(index);
  if (ix) columns(ix, ix._avgFieldLength.length);
}

/**
 * Run `specs` with AND (`all`: a hit matches every spec) or OR. `boosts`: field name → boost. Null when the
 * index's internals are not the expected shape.
 */
export function leanSearch(
  index: MiniSearch<never> | MiniSearch<unknown>,
  specs: readonly LeanTermSpec[],
  boosts: Readonly<Record<string, number>>,
  all: boolean,
): LeanResult | null {
  const ix = internals(index);
  if (!ix) return null;
  const size = ix._nextId;
  const score = new Float64Array(size);
  const count = new Uint16Array(size);
  const stamp = new Int32Array(size);
  const touched: number[] = [];
  const fields = Object.keys(boosts)
    .map((f) => ({ id: ix._fieldIds[f], boost: boosts[f]! }))
    .filter((f): f is { id: number; boost: number } => f.id !== undefined);
  const derived: { term: string; data: FieldTermData }[] = [];
  const docIds = ix._documentIds;
  const { lengths, alive } = columns(ix, ix._avgFieldLength.length);
  const total = ix._documentCount;

  const add = (q: number, data: FieldTermData, weight: number): void => {
    for (const f of fields) {
      const postings = data.get(f.id);
      if (!postings) continue;
      const n = postings.size;
      const idf = Math.log(1 + (total - n + 0.5) / (n + 0.5));
      const avg = ix._avgFieldLength[f.id]!;
      const w = weight * f.boost * idf;
      const base = f.id * size;
      for (const [doc, tf] of postings) {
        // Discarded documents stay in the postings until MiniSearch cleans them up.
        if (alive[doc] !== 1) continue;
        const len = lengths[base + doc]!;
        score[doc] = score[doc]! + w * (BM25_D + (tf * (BM25_K + 1)) / (tf + BM25_K * (1 - BM25_B + (BM25_B * len) / avg)));
        if (stamp[doc] !== q) {
          if (count[doc] === 0) touched.push(doc);
          stamp[doc] = q;
          count[doc] = count[doc]! + 1;
        }
      }
    }
  };

  specs.forEach((spec, k) => {
    const q = k + 1;
    const exact = ix._index.get(spec.term);
    if (exact) {
      add(q, exact, 1);
      derived.push({ term: spec.term, data: exact });
    }
    const prefixed = new Set<string>();
    if (spec.prefix) {
      for (const [term, data] of ix._index.atPrefix(spec.term)) {
        const distance = term.length - spec.term.length;
        if (!distance) continue;
        prefixed.add(term);
        add(q, data, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance));
        derived.push({ term, data });
      }
    }
    if (spec.fuzzy > 0) {
      for (const [term, [data, distance]] of ix._index.fuzzyGet(spec.term, spec.fuzzy)) {
        if (!distance || prefixed.has(term)) continue;
        add(q, data, (FUZZY_WEIGHT * term.length) / (term.length + distance));
        derived.push({ term, data });
      }
    }
  });

  const need = all ? specs.length : 1;
  const hits = touched.filter((d) => count[d]! >= need);
  // MiniSearch's ranking: score times the number of query terms matched.
  hits.sort((a, b) => score[b]! * count[b]! - score[a]! * count[a]! || a - b);
  const isHit = new Uint8Array(size);
  for (const d of hits) isHit[d] = 1;
  const terms = new Set<string>();
  for (const { term, data } of derived) {
    if (terms.has(term)) continue;
    outer: for (const f of fields) {
      const postings = data.get(f.id);
      if (!postings) continue;
      for (const doc of postings.keys()) {
        if (isHit[doc]) {
          terms.add(term);
          break outer;
        }
      }
    }
  }
  return { ids: hits.map((d) => docIds.get(d) as string), terms, docs: Int32Array.from(hits) };
}

/**
 * For each internal document number of the index, the position of its document in the store (`positions`: id →
 * position), -1 for none; so a hit set becomes a mask by array reads. Looking each hit's string id up in a Map
 * cost ≈ 1 µs per hit, as much as the search itself for a broad query (5,000 hits at 10,000 pages).
 */
export function documentPositions(index: MiniSearch<never> | MiniSearch<unknown>, positions: ReadonlyMap<string, number>): Int32Array | null {
  const ix = internals(index);
  if (!ix) return null;
  const key = `${ix._nextId}|${ix._documentCount}|${ix._dirtCount}`;
  const hit = positionsCache.get(positions);
  if (hit && hit.ix === ix && hit.key === key) return hit.table;
  const table = new Int32Array(ix._nextId).fill(-1);
  for (const [doc, id] of ix._documentIds) {
    const p = positions.get(id as string);
    if (p !== undefined) table[doc] = p;
  }
  positionsCache.set(positions, { ix, key, table });
  return table;
}

/**
 * The last table per `positions` map (one per document set), for index `ix` in state `key`. Keyed by the map, not
 * the index, so a replaced document set's map is not kept alive by an index that outlives it.
 */
const positionsCache = new WeakMap<ReadonlyMap<string, number>, { ix: object; key: string; table: Int32Array }>();
