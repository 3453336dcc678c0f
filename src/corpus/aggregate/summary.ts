/** The summary bar: counts, date range and sources of the documents matching the whole filter. */
import type { CorpusSummary } from '../../worker/api.ts';
import type { CorpusColumns } from './columns.ts';
import { monthKey } from './months.ts';

/** Summarise the documents with `fails === 0`. Sources: most documents first, then by name. */
export function summary(cols: CorpusColumns, fails: Uint8Array): CorpusSummary {
  let articles = 0;
  let teasers = 0;
  let undated = 0;
  let stories = 0;
  let lo = -1;
  let hi = -1;
  const seenStory = new Uint8Array(cols.storyCount);
  const perSource = new Int32Array(cols.sourceNames.length);
  const n = cols.docs.length;
  for (let i = 0; i < n; i++) {
    if (fails[i] !== 0) continue;
    if (cols.isTeaser[i]) teasers++;
    else {
      articles++;
      const s = cols.story[i]!;
      if (!seenStory[s]) (seenStory[s] = 1), stories++;
    }
    const m = cols.month[i]!;
    if (m < 0) undated++;
    else {
      if (lo < 0 || m < lo) lo = m;
      if (m > hi) hi = m;
    }
    const src = cols.source[i]!;
    if (src >= 0) perSource[src]!++;
  }
  return {
    articles,
    teasers,
    stories,
    undated,
    dateRange: lo < 0 ? null : [monthKey(lo), monthKey(hi)],
    sources: cols.sourceNames
      .map((name, k) => ({ name, count: perSource[k]! }))
      .filter((x) => x.count > 0)
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
}
