/**
 * The speaker network: people quoted (directly or in reported speech) in the filtered documents, ignoring the
 * person filter so a selected speaker is shown among the others. A node per person name across the corpus;
 * an edge when two speak in the same document, weighted by the number of such documents.
 */
import type { SpeakerGraph } from '../../worker/api.ts';
import type { CorpusColumns } from './columns.ts';
import { FAIL_PEOPLE } from './filterMask.ts';
import { layoutSpeakers, type SpeakerLayoutFn } from './speakerLayout.ts';

/** Most nodes for which pair counts are a flat m × m array (4 MB at the limit). */
const FLAT_MAX = 1024;

/**
 * Top `topN` speakers by articles, then quotes, then name; selected people who speak anywhere are always included.
 * `layout`: the position function (pass a `createLayoutCache()` instance to reuse layouts across views).
 * `quotes` and `articles` count within the filtered documents; role, organisation and sample quote describe the
 * person over the whole corpus (they should not change when the filter does).
 */
export function speakerGraph(
  cols: CorpusColumns,
  fails: Uint8Array,
  topN: number,
  selected: readonly string[],
  layout: SpeakerLayoutFn = layoutSpeakers,
): SpeakerGraph {
  const size = cols.personNames.length;
  const articles = new Int32Array(size);
  const quotes = new Int32Array(size);
  countSpeakers(cols, fails, articles, quotes);
  const ranked: number[] = [];
  for (let id = 0; id < size; id++) if (articles[id]! > 0) ranked.push(id);
  ranked.sort(
    (a, b) =>
      articles[b]! - articles[a]! ||
      quotes[b]! - quotes[a]! ||
      (cols.personNames[a]! < cols.personNames[b]! ? -1 : 1),
  );
  const chosen = ranked.slice(0, Math.max(0, topN));
  for (const name of selected) {
    const id = cols.personIndex.get(name);
    if (id !== undefined && cols.speakerFacts[id] && !chosen.includes(id)) chosen.push(id);
  }
  const pos = new Int32Array(size).fill(-1);
  chosen.forEach((id, p) => (pos[id] = p));
  const links = sharedArticles(cols, fails, pos, chosen.length);
  const nodes = chosen.map((id) => {
    const f = cols.speakerFacts[id]!;
    const name = cols.personNames[id]!;
    return {
      id: name,
      name,
      role: f.role,
      organisation: f.organisation,
      quotes: quotes[id]!,
      articles: articles[id]!,
      sampleQuote: f.sampleQuote,
      x: 0.5,
      y: 0.5,
    };
  });
  const xy = layout(nodes.length, links, nodes.map((d) => d.quotes));
  nodes.forEach((d, k) => {
    d.x = xy[2 * k]!;
    d.y = xy[2 * k + 1]!;
  });
  return { nodes, links };
}

/*
 * The passes over all documents are functions of their own, one loop each. In one function, V8 optimised the
 * first loop on the fly (on-stack replacement), then dropped that code at the first statement after it (no type
 * feedback there yet) and ran the next loop unoptimised again; this repeated on each new filter's first views
 * (--trace-deopt: two deoptimisations per call). A one-loop function is optimised whole after its first call.
 */

/** Articles and direct quotes per speaker id over the documents the graph counts (the person filter ignored). */
function countSpeakers(cols: CorpusColumns, fails: Uint8Array, articles: Int32Array, quotes: Int32Array): void {
  const keep = ~FAIL_PEOPLE;
  const n = cols.docs.length;
  const { starts, values } = cols.speakerIds;
  const qs = cols.speakerQuotes;
  for (let i = 0; i < n; i++) {
    if ((fails[i]! & keep) !== 0) continue;
    for (let k = starts[i]!, end = starts[i + 1]!; k < end; k++) {
      articles[values[k]!]!++;
      quotes[values[k]!]! += qs[k]!;
    }
  }
}

/**
 * Links between the `m` chosen speakers (`pos`: speaker id → node index, -1 when not chosen), weighted by shared
 * articles, in (source, target) order. Pair counts are a flat m × m array for the graph sizes a screen shows (no
 * Map update per pair), a Map for huge ones (m² would not fit).
 */
function sharedArticles(cols: CorpusColumns, fails: Uint8Array, pos: Int32Array, m: number): SpeakerGraph['links'] {
  if (m > FLAT_MAX) return sharedArticlesSparse(cols, fails, pos, m);
  const flat = new Int32Array(m * m);
  countPairs(cols, fails, pos, m, flat);
  return linksOf(flat, m);
}

/** Shared articles per pair of chosen speakers into `flat` (`min * m + max`). */
function countPairs(cols: CorpusColumns, fails: Uint8Array, pos: Int32Array, m: number, flat: Int32Array): void {
  const keep = ~FAIL_PEOPLE;
  const n = cols.docs.length;
  const { starts, values } = cols.speakerIds;
  for (let i = 0; i < n; i++) {
    if ((fails[i]! & keep) !== 0) continue;
    const from = starts[i]!;
    const to = starts[i + 1]!;
    for (let a = from; a + 1 < to; a++) {
      const pa = pos[values[a]!]!;
      if (pa < 0) continue;
      for (let b = a + 1; b < to; b++) {
        const pb = pos[values[b]!]!;
        if (pb >= 0) flat[pa < pb ? pa * m + pb : pb * m + pa]!++;
      }
    }
  }
}

function linksOf(flat: Int32Array, m: number): SpeakerGraph['links'] {
  const links: SpeakerGraph['links'] = [];
  for (let source = 0; source < m; source++) {
    for (let target = source + 1; target < m; target++) {
      const weight = flat[source * m + target]!;
      if (weight > 0) links.push({ source, target, weight });
    }
  }
  return links;
}

function sharedArticlesSparse(cols: CorpusColumns, fails: Uint8Array, pos: Int32Array, m: number): SpeakerGraph['links'] {
  const keep = ~FAIL_PEOPLE;
  const n = cols.docs.length;
  const { starts, values } = cols.speakerIds;
  const weights = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if ((fails[i]! & keep) !== 0) continue;
    const to = starts[i + 1]!;
    for (let a = starts[i]!; a + 1 < to; a++) {
      const pa = pos[values[a]!]!;
      if (pa < 0) continue;
      for (let b = a + 1; b < to; b++) {
        const pb = pos[values[b]!]!;
        if (pb < 0) continue;
        const key = pa < pb ? pa * m + pb : pb * m + pa;
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
    }
  }
  return [...weights]
    .map(([key, weight]) => ({ source: Math.floor(key / m), target: key % m, weight }))
    .sort((x, y) => x.source - y.source || x.target - y.target);
}
