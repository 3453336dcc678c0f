/**
 * Page text → `CorpusDocument`s: the article (if any) and one document per teaser. Entity fields stay empty
 * here; extraction fills them later in the pipeline.
 */
import type { CorpusDocument } from '../types.ts';
import { pageLines, segmentPage, shortTitle } from './segmentPage.ts';
import { inferPublisher } from './publisher.ts';
import { inferEventDate } from './dates.ts';
import { cleanText } from './cleanText.ts';

/** Where the page came from: file base name and the id stem for its documents. */
export interface PageOrigin {
  /** Base name of the input file (`000_89bbb2d4f43df416.txt`). */
  file: string;
  /** File stem: the article id, and the prefix of teaser ids. */
  stem: string;
}

/** What an HTML page's markup states about its article (read in htmlPage.ts); null fields: it does not say. */
export interface MarkupHints {
  /** The headline's text (`<h1>`, or an `<h2>` marked as the article's title). */
  title: string | null;
  /** A kicker marked by class, inside or before the headline. */
  kicker: string | null;
  /** ISO day the page's metadata states (`article:published_time`, JSON-LD `datePublished`). */
  date: string | null;
  /**
   * A weaker date, asked for only when neither `date` nor the article's text states one: a `<time>` marked
   * `datePublished` or a `Veröffentlicht am …` line in the article's element (an article's `<footer>`, which the
   * text leaves out), else the first `<time datetime>` after the headline. A teaser's `<time>` in a sidebar may
   * come first, hence the order. A function: most pages never need it, and it reads the markup once more.
   */
  dateNear?: () => string | null;
  /** The site's name: `og:site_name`, else the part of `<title>` that reads like a name. */
  source: string | null;
}

/**
 * Read one page of text into documents. Returns an empty list only for text without any visible content. `hints`
 * (HTML pages) win over what the text suggests: a headline in `<h1>` and a date in the page's metadata are stated.
 */
export function pageDocuments(pageText: string, origin: PageOrigin, hints: MarkupHints | null = null): CorpusDocument[] {
  const seg = segmentPage(pageText);
  const source = inferPublisher({ headerSource: seg.header?.source ?? null, lines: seg.lines, hasTeaserList: seg.hasTeaserList, siteName: hints?.source ?? null, text: pageText });
  if (hints !== null && seg.article !== null) Object.assign(seg.article, headline(seg.article, hints));
  // Every document is made with the same keys in the same order, the ones filled later (`mentions` by extraction,
  // `story` by story linking) and the absent ones as `undefined`, which JSON leaves out: one object shape for all
  // of them, and no key added later (a key added to a copy costs it a separate property store). Story linking and
  // the store's columns over 40,000 documents took twice as long without these keys.
  const docs: CorpusDocument[] = [];
  const a = seg.article;
  if (a !== null && (a.paragraphs.length > 0 || seg.teasers.length === 0)) {
    let date = hints?.date ?? a.date ?? hints?.dateNear?.() ?? null;
    let dateSource: CorpusDocument['dateSource'] = date === null ? null : 'stated';
    let dateNote: string | null = null;
    if (date === null) {
      // Only the article's own paragraphs: teasers and furniture carry other articles' dates.
      const inferred = inferEventDate(a.paragraphs.join('\n'));
      if (inferred) {
        date = inferred.date;
        dateSource = 'inferred';
        dateNote = inferred.note;
      }
    }
    docs.push({
      id: origin.stem,
      file: origin.file,
      kind: 'article',
      title: cleanText(a.title),
      kicker: a.kicker === null ? null : cleanText(a.kicker),
      date,
      dateSource,
      dateNote,
      source,
      keywords: cleanAll(a.keywords),
      lead: a.lead === null ? null : cleanText(a.lead),
      text: cleanText(a.paragraphs.join('\n\n')),
      links: cleanAll(a.links),
      author: a.author,
      parent: undefined,
      organisations: [],
      people: [],
      topics: [],
      mentions: undefined,
      story: undefined,
    });
  }
  seg.teasers.forEach((t, k) => {
    const text = cleanText(t.text); // a teaser's lead is its text
    docs.push({
      id: `${origin.stem}~t${k + 1}`,
      file: origin.file,
      kind: 'teaser',
      title: cleanText(t.title),
      kicker: t.kicker === null ? null : cleanText(t.kicker),
      date: t.date,
      dateSource: t.date === null ? null : 'stated',
      dateNote: undefined,
      source,
      keywords: [],
      lead: text,
      text,
      links: undefined,
      author: undefined,
      parent: docs[0]?.kind === 'article' ? origin.stem : null,
      organisations: [],
      people: [],
      topics: [],
      mentions: undefined,
      story: undefined,
    });
  });
  if (docs.length === 0) {
    // No recognisable article: keep the whole text rather than lose the file.
    const lines = pageLines(pageText);
    if (lines.length === 0) return [];
    docs.push({
      id: origin.stem,
      file: origin.file,
      kind: 'article',
      title: cleanText(shortTitle(lines[0]!)),
      kicker: null,
      date: null,
      dateSource: null,
      dateNote: undefined,
      source,
      keywords: [],
      lead: null,
      text: cleanText(lines.join('\n\n')),
      links: undefined,
      author: undefined,
      parent: undefined,
      organisations: [],
      people: [],
      topics: [],
      mentions: undefined,
      story: undefined,
    });
  }
  return docs;
}

/**
 * Kicker and title from the markup: the `<h1>` is the title, a kicker marked by class its kicker. A `Kicker: Title`
 * headline the text split on its colon keeps that split (as for text pages), so both kinds of pages agree.
 */
function headline(a: { kicker: string | null; title: string }, hints: MarkupHints): { kicker: string | null; title: string } {
  if (hints.title === null) return { kicker: hints.kicker ?? a.kicker, title: a.title };
  if (hints.kicker !== null) return { kicker: hints.kicker, title: hints.title };
  if (a.kicker !== null && `${a.kicker}: ${a.title}` === hints.title) return a;
  return { kicker: a.title === hints.title ? a.kicker : null, title: hints.title };
}

/**
 * `list.map(cleanText)` as a loop. `map` makes a packed array while its caller runs unoptimised and a holey one once
 * Turbofan inlines it, so every later reader of the field would first see one kind and then the other (a deopt).
 */
function cleanAll(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of list) out.push(cleanText(s));
  return out;
}
