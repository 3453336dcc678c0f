/** The summary bar: counts, date range and sources of the documents matching the whole filter. */
import type { CorpusSummary } from '../../worker/api.ts';
import type { CorpusColumns } from './columns.ts';
import { monthKey } from './months.ts';

/** Summarise the documents with `fails === 0`. Sources: most documents first, then by name. */
export function summary(cols: CorpusColumns, fails: Uint8Array): CorpusSummary {
  const perSource = new Int32Array(cols.sourceNames.length);
  const c = count(cols, fails, perSource);
  return {
    articles: c[ARTICLES]!,
    teasers: c[TEASERS]!,
    stories: c[STORIES]!,
    undated: c[UNDATED]!,
    dateRange: c[LO]! < 0 ? null : [monthKey(c[LO]!), monthKey(c[HI]!)],
    sources: cols.sourceNames
      .map((name, k) => ({ name, count: perSource[k]! }))
      .filter((x) => x.count > 0)
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
}

const ARTICLES = 0;
const TEASERS = 1;
const STORIES = 2;
const UNDATED = 3;
const LO = 4;
const HI = 5;

/**
 * The pass over the documents, a function of its own that returns its counts in an Int32Array (indexes above):
 * V8 optimises the loop on the fly in the first views, and the object and the source list built after it, never
 * run before, threw that code away on every call (--trace-deopt) until the whole function had been seen.
 */
function count(cols: CorpusColumns, fails: Uint8Array, perSource: Int32Array): Int32Array {
  let articles = 0;
  let teasers = 0;
  let undated = 0;
  let stories = 0;
  let lo = -1;
  let hi = -1;
  const seenStory = new Uint8Array(cols.storyCount);
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
  return Int32Array.of(articles, teasers, stories, undated, lo, hi);
}
