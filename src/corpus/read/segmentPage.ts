/**
 * Page text → article parts + teasers + furniture. Works on lines (one paragraph per line, blank lines ignored),
 * which is the shape of both the plain-text pages and `htmlToText` output.
 *
 * Layouts seen so far, all handled by the same rules:
 * - Kommune21 article: `Kicker:` line, title, `[d.m.yyyy] lead`, body, `(ve)`, links, `Stichwörter:`,
 *   `Druckversion …`, teaser list, publisher notice, issue list, vendor adverts.
 * - Kommune21 compact: kicker glued to the title, lead without date, body, teaser list directly after.
 * - Behörden Spiegel: title, view counters, photo caption with `(Foto: BS/…)`, body, comment form.
 * - Press release: `14.06.2023 | Publisher` header line, title, body.
 */
import { isEndMarker, isFurnitureLine, isBrandLine, publisherNoticeAt, vendorBlockAt } from './furniture.ts';
import { parseDateline, parseHeaderLine, splitBracketDate, startsWithBracketDate, type HeaderLine } from './dates.ts';
import { isKickerLine, splitColonKicker, splitGluedKicker, stripTrailingLabel, type KickedTitle } from './titles.ts';

/** The article of a page, before it becomes a `CorpusDocument`. */
export interface ArticleParts {
  kicker: string | null;
  title: string;
  /** ISO date stated on the page (lead stamp, header line or dateline), or null. */
  date: string | null;
  /** Lead paragraph without its date stamp, or null when the article has no paragraphs. */
  lead: string | null;
  /** All paragraphs in order, the lead first; section headings are paragraphs of their own. */
  paragraphs: string[];
  keywords: string[];
  links: string[];
  author: string | null;
}

/** A teaser ("Weitere Meldungen" entry) found on the page. */
export interface TeaserParts {
  kicker: string | null;
  title: string;
  /** ISO date from the teaser's own `[d.m.yyyy]` stamp, or null when the stamp is not a real day. */
  date: string | null;
  /** The teaser lead without `mehr...`. */
  text: string;
}

/** A segmented page. */
export interface PageSegments {
  /** The `14.06.2023 | Kommune21` header line, if the page starts with one. */
  header: HeaderLine | null;
  article: ArticleParts | null;
  teasers: TeaserParts[];
  /** True when the page carries a teaser list with `mehr...` links (a layout feature, used for the publisher). */
  hasTeaserList: boolean;
  /** Dropped lines, in page order (for tests and debugging). */
  furniture: string[];
  /** All non-blank lines, trimmed. */
  lines: string[];
}

/**
 * `mehr...` at the end of a teaser lead. No leading `\s*`: every use either only tests or trims afterwards, and a
 * leading `\s*` made the regex start a whitespace run at every position of every line it was tried on.
 */
const MORE = /(?:mehr\s?(?:\.\.\.|…)|\[mehr\]|weiterlesen(?:\s?(?:\.\.\.|…))?)$/i;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
const KEYWORDS = /^(?:Stichwörter|Stichworte|Schlagwörter|Schlagworte|Tags)\s?:\s*/i;
/** Behörden Spiegel author tag opening the lead: `(BS/Tanja Klement) Bund und Länder …`. */
const BS_AUTHOR = /^\(BS\/([^()]{1,60})\)\s*/;
const AUTHOR = /\s*\(([a-zäöü]{1,4}(?:\/[a-zäöü]{1,4})?)\)$/;
/** A title longer than this is a paragraph that lost its title; cut a title from it instead. */
const MAX_TITLE = 200;

/**
 * The non-empty lines of `text`, trimmed. A loop rather than `split().map().filter()`: Turbofan's inlined `map`
 * makes a holey array where the unoptimised one made a packed one, and `filter`, the publisher and the furniture
 * rules after it each deopted on the new kind once this was optimised.
 */
export function pageLines(text: string): string[] {
  const out: string[] = [];
  for (const l of text.split('\n')) {
    const t = l.trim();
    if (t !== '') out.push(t);
  }
  return out;
}

/** Segment a page's text. Pure; linear in the number of lines. */
export function segmentPage(text: string): PageSegments {
  const lines = pageLines(text);
  const n = lines.length;
  const role: Array<'teaserTitle' | 'teaserLead' | undefined> = new Array(n);

  // Teasers first: a `[d.m.yyyy] … mehr...` line, and the line before it as title. Their position also tells
  // where the article ends.
  let firstTeaser = n;
  let hasTeaserList = false;
  for (let i = 1; i < n; i++) {
    const l = lines[i]!;
    if (!startsWithBracketDate(l) || !MORE.test(l)) continue;
    const t = lines[i - 1]!;
    if (role[i - 1] !== undefined || startsWithBracketDate(t) || t.length > MAX_TITLE || isFurnitureLine(t)) continue;
    role[i - 1] = 'teaserTitle';
    role[i] = 'teaserLead';
    hasTeaserList = true;
    if (i - 1 < firstTeaser) firstTeaser = i - 1;
  }

  const furniture: string[] = [];
  const teasers: TeaserParts[] = [];
  for (let i = 0; i < n; i++) {
    if (role[i] !== 'teaserTitle') continue;
    const kicked = splitColonKicker(lines[i]!);
    const stamp = splitBracketDate(lines[i + 1]!)!;
    teasers.push({ kicker: kicked.kicker, title: stripTrailingLabel(kicked.title), date: stamp.date, text: stamp.rest.replace(MORE, '').trim() });
  }

  // Before the title: header line, navigation and breadcrumbs, notices. Candidates for the title are the
  // non-furniture lines up to the first paragraph-like line; the title is the last of them (navigation comes first
  // on a page), with a kicker line before it.
  let header: HeaderLine | null = null;
  const candidates: number[] = [];
  let firstParagraph = firstTeaser;
  for (let k = 0; k < firstTeaser; k++) {
    const l = lines[k]!;
    const skip = publisherNoticeAt(lines, k) || vendorBlockAt(lines, k);
    if (skip > 0) {
      furniture.push(...lines.slice(k, k + skip));
      k += skip - 1;
      continue;
    }
    if (candidates.length === 0 && header === null && (header = parseHeaderLine(l)) !== null) continue;
    if (isFurnitureLine(l) || isBrandLine(l) || role[k] !== undefined) {
      furniture.push(l);
      continue;
    }
    if (isParagraphLike(l)) {
      firstParagraph = k;
      break;
    }
    candidates.push(k);
  }
  let title: KickedTitle | null = null;
  let i = 0;
  let titleAt = -1;
  let kickerAt = -1;
  if (candidates.length === 0) {
    titleAt = firstParagraph < firstTeaser ? firstParagraph : -1;
  } else if (firstParagraph < firstTeaser && candidates.every((k) => lines[k]!.length <= 60 || k === candidates[candidates.length - 1])) {
    titleAt = candidates[candidates.length - 1]!;
    const before = candidates[candidates.length - 2];
    if (before !== undefined && isKickerLine(lines[before]!)) kickerAt = before;
  } else {
    // No paragraph follows, or long lines before it: read top-down (first line is the title).
    const first = candidates[0]!;
    if (isKickerLine(lines[first]!) && candidates[1] !== undefined) {
      kickerAt = first;
      titleAt = candidates[1];
    } else titleAt = first;
  }
  if (titleAt >= 0) {
    // Lines above the title that are not its kicker were navigation.
    for (const k of candidates) if (k < titleAt && k !== kickerAt) furniture.push(lines[k]!);
    const l = lines[titleAt]!;
    if (kickerAt >= 0) title = { kicker: lines[kickerAt]!.slice(0, -1).trim(), title: l };
    else {
      title = splitGluedKicker(l, text);
      if (title.kicker === null) {
        const colon = splitColonKicker(l);
        if (colon.kicker !== null && colon.title.length <= MAX_TITLE) title = colon;
      }
    }
    // A paragraph-like line read as title (page without title line) stays in the body too.
    i = titleAt === firstParagraph ? titleAt : titleAt + 1;
  }

  if (title === null) {
    furniture.push(...lines.filter((_, k) => role[k] === undefined));
    return { header, article: null, teasers, hasTeaserList, furniture, lines };
  }

  // Body: from after the title to the first end marker or teaser.
  const paragraphs: string[] = [];
  const keywords: string[] = [];
  const links: string[] = [];
  let tail = false; // after `Stichwörter:`: only links can still belong to the article
  let ended = false;
  for (; i < n; i++) {
    const l = lines[i]!;
    if (ended || role[i] !== undefined) {
      if (role[i] === undefined) furniture.push(l);
      ended = true;
      continue;
    }
    if (isEndMarker(l)) {
      ended = true;
      furniture.push(l);
      continue;
    }
    const skip = vendorBlockAt(lines, i) || publisherNoticeAt(lines, i);
    if (skip > 0) {
      furniture.push(...lines.slice(i, i + skip));
      i += skip - 1;
      continue;
    }
    const kw = KEYWORDS.exec(l);
    if (kw) {
      for (const k of l.slice(kw[0].length).split(/\s*[,;]\s*/)) if (k.trim() !== '') keywords.push(k.trim());
      tail = true;
      continue;
    }
    if (URL_LINE.test(l)) {
      links.push(l);
      continue;
    }
    if (tail || isFurnitureLine(l) || isBrandLine(l)) {
      furniture.push(l);
      continue;
    }
    paragraphs.push(l);
  }

  // Title too long to be one: it is the first paragraph of a page without a title line.
  let t = title;
  if (titleAt === firstParagraph) t = { kicker: null, title: shortTitle(splitBracketDate(t.title)?.rest ?? t.title) };
  else if (t.title.length > MAX_TITLE) {
    paragraphs.unshift(t.title);
    t = { kicker: t.kicker, title: shortTitle(t.title) };
  }

  // Lead: date stamp or dateline.
  let date: string | null = header?.date ?? null;
  let lead: string | null = paragraphs[0] ?? null;
  let bsAuthor: string | null = null;
  if (lead !== null) {
    const stamp = splitBracketDate(lead);
    if (stamp) {
      date ??= stamp.date;
      lead = stamp.rest;
      paragraphs[0] = lead;
    } else {
      date ??= parseDateline(lead);
    }
    const bs = BS_AUTHOR.exec(lead);
    if (bs) {
      bsAuthor = bs[1]!.trim();
      lead = lead.slice(bs[0].length);
      paragraphs[0] = lead;
    }
    if (lead === '') {
      paragraphs.shift();
      lead = paragraphs[0] ?? null;
    }
  }

  // Author initials end the body: `… Rehfeld. (ve)`.
  let author: string | null = bsAuthor;
  const last = paragraphs.length - 1;
  if (last >= 0) {
    // `AUTHOR` ends in `\)$`: without a closing parenthesis at the end it cannot match, and its leading `\s*` would
    // make it start at every whitespace run of the paragraph.
    const m = paragraphs[last]!.endsWith(')') ? AUTHOR.exec(paragraphs[last]!) : null;
    if (m) {
      author = m[1]!;
      paragraphs[last] = paragraphs[last]!.slice(0, m.index);
      if (paragraphs[last] === '') paragraphs.pop();
      if (last === 0) lead = paragraphs[0] ?? null;
    }
  }

  return {
    header,
    article: { kicker: t.kicker, title: t.title, date, lead, paragraphs, keywords, links, author },
    teasers,
    hasTeaserList,
    furniture,
    lines,
  };
}

/**
 * A line that reads as a paragraph rather than a title or navigation: long, or a sentence, or a dated lead.
 * Titles rarely end with a full stop; paragraphs of 40+ characters nearly always do.
 */
function isParagraphLike(line: string): boolean {
  return line.length >= 120 || (line.length >= 40 && /[.!?…“”"]$/.test(line)) || startsWithBracketDate(line) || BS_AUTHOR.test(line);
}

/** First words of a long line, cut at a word boundary, for a title. */
export function shortTitle(line: string, max = 120): string {
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(' ', max);
  return `${line.slice(0, cut > 40 ? cut : max)} …`;
}
