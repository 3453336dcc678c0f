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
  const keep = ~FAIL_PEOPLE;
  const size = cols.personNames.length;
  const articles = new Int32Array(size);
  const quotes = new Int32Array(size);
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
  const m = chosen.length;
  // Shared-article counts per pair `min * m + max`: flat for the graph sizes a screen shows (no Map update per
  // pair), a Map for huge ones (m² would not fit). Links come out in (source, target) order either way.
  const flat = m <= FLAT_MAX ? new Int32Array(m * m) : null;
  const sparse = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if ((fails[i]! & keep) !== 0) continue;
    const from = starts[i]!;
    const to = starts[i + 1]!;
    if (to - from < 2) continue;
    for (let a = from; a < to; a++) {
      const pa = pos[values[a]!]!;
      if (pa < 0) continue;
      for (let b = a + 1; b < to; b++) {
        const pb = pos[values[b]!]!;
        if (pb < 0) continue;
        const key = pa < pb ? pa * m + pb : pb * m + pa;
        if (flat) flat[key]!++;
        else sparse.set(key, (sparse.get(key) ?? 0) + 1);
      }
    }
  }
  let links: SpeakerGraph['links'] = [];
  if (flat) {
    for (let source = 0; source < m; source++) {
      for (let target = source + 1; target < m; target++) {
        const weight = flat[source * m + target]!;
        if (weight > 0) links.push({ source, target, weight });
      }
    }
  } else {
    links = [...sparse]
      .map(([key, weight]) => ({ source: Math.floor(key / m), target: key % m, weight }))
      .sort((x, y) => x.source - y.source || x.target - y.target);
  }
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
