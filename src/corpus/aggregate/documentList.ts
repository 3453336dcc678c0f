/**
 * The document list: matching articles, newest first and undated last, with teasers listed apart; one page of
 * each crosses the worker boundary, never the whole result.
 */
import type { DocumentHit, DocumentList } from '../../worker/api.ts';
import type { CorpusColumns } from './columns.ts';
import { makeSnippet, type Snippet } from '../search/snippet.ts';

/** Hits per page (articles and teasers each). */
export const PAGE_SIZE = 50;

/**
 * List the documents with `fails === 0`. `matchedTerms`: the folded terms the search matched (snippets around
 * them), or null without a query (then the snippet is the start of the lead).
 * `totals`: the numbers of such articles and teasers when already counted (`summary` counts the same documents);
 * then the scan stops once both pages are full instead of visiting every document to count them (on a broad
 * filter: a few hundred documents instead of 42,000 at 10,000 pages, which mattered most in the first, unoptimised
 * views).
 */
export function documentList(
  cols: CorpusColumns,
  fails: Uint8Array,
  page: number,
  matchedTerms: ReadonlySet<string> | null,
  totals?: { articles: number; teasers: number },
): DocumentList {
  const first = Math.max(0, Math.floor(page)) * PAGE_SIZE;
  const articles: DocumentHit[] = [];
  const teasers: DocumentHit[] = [];
  let totalArticles = 0;
  let totalTeasers = 0;
  // Past both pages' ends (or past every document of a kind), nothing more is listed.
  const articlesEnd = totals ? Math.min(first + PAGE_SIZE, totals.articles) : Infinity;
  const teasersEnd = totals ? Math.min(first + PAGE_SIZE, totals.teasers) : Infinity;
  const order = cols.byDateDesc;
  for (let k = 0; k < order.length; k++) {
    if (totalArticles >= articlesEnd && totalTeasers >= teasersEnd) break;
    const i = order[k]!;
    if (fails[i] !== 0) continue;
    if (cols.isTeaser[i]) {
      if (totalTeasers >= first && teasers.length < PAGE_SIZE) teasers.push(hit(cols, i, matchedTerms));
      totalTeasers++;
    } else {
      if (totalArticles >= first && articles.length < PAGE_SIZE) articles.push(hit(cols, i, matchedTerms));
      totalArticles++;
    }
  }
  if (totals) return { articles, teasers, totalArticles: totals.articles, totalTeasers: totals.teasers };
  return { articles, teasers, totalArticles, totalTeasers };
}

function hit(cols: CorpusColumns, i: number, terms: ReadonlySet<string> | null): DocumentHit {
  const d = cols.docs[i]!;
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    date: d.date,
    dateSource: d.dateSource,
    source: d.source,
    ...snippetOf(d.text, d.lead ?? null, terms),
  };
}

function snippetOf(text: string, lead: string | null, terms: ReadonlySet<string> | null): Snippet {
  if (terms && terms.size > 0) {
    const s = makeSnippet(text, terms);
    // The match may be in the title or the names only: then the lead says more than the text's first words.
    if (s.highlights.length > 0 || !lead) return s;
  }
  return makeSnippet(lead || text, new Set());
}
