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
 * - Pages of other sites (the held-out pages in tests/fixtures/read/unseen*): cookie banners, skip links, menus and
 *   a tagline above the title; a sub-headline, byline and date lines between title and text; adverts, newsletter
 *   and "Lesen Sie auch" boxes inside it; contacts, `Über …` boilerplate, author boxes, comments and teaser lists
 *   of title, date line and text after it. The title is the candidate nearest the text.
 */
import { advertAt, newsletterBoxAt, isAboutSender, isCookieNotice, isEndMarker, isFurnitureButNoEnd, isFurnitureLine, isBrandLine, publisherNoticeAt, vendorBlockAt, CREDIT_LINE, ISSUE_NUMBER, SECTION_NAMES } from './furniture.ts';
import { parseGermanDate, splitDateline, parseHeaderLine, splitBracketDate, startsWithBracketDate, type HeaderLine } from './dates.ts';
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
const KEYWORD_LABELS = 'Stichwörter|Stichworte|Schlagwörter|Schlagworte|Tags|Themen';
const KEYWORDS = new RegExp(`^(?:${KEYWORD_LABELS})\\s?:\\s*`, 'i');
/** The same label on a line of its own, the keywords on the lines after it. */
const KEYWORDS_HEADING = new RegExp(`^(?:${KEYWORD_LABELS})$`, 'i');
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

type LineRole = 'teaserTitle' | 'teaserLead' | undefined;

// The stages below are separate functions rather than one: segmentPage as one function took 50-100 ms to compile,
// and a rule first met in the middle of a load (a layout the warm-up did not have) recompiled all of it.

/** Segment a page's text. Pure; linear in the number of lines. */
export function segmentPage(text: string): PageSegments {
  const lines = pageLines(text);
  const n = lines.length;
  const role: LineRole[] = new Array(n);
  const furniture: string[] = [];

  // Teasers first: their position also tells where the article ends.
  const firstTeaser = markTeasers(lines, role);
  const hasTeaserList = firstTeaser < n;
  const teasers = teaserParts(lines, role);

  const top = readTop(lines, role, firstTeaser, furniture);
  const { titleAt, kickerAt } = titleLines(lines, top.candidates, top.firstParagraph, firstTeaser, furniture);
  if (titleAt < 0) return untitled(top.header, teasers, hasTeaserList, furniture, lines, role);
  // Lines above the title that are not its kicker were navigation.
  for (const k of top.candidates) if (k < titleAt && k !== kickerAt) furniture.push(lines[k]!);
  // Candidates after the title (a sub-headline) went to furniture in titleLines; the body starts at the paragraph.
  const l = lines[titleAt]!;
  const kickerLine = kickerAt >= 0 ? lines[kickerAt]! : '';
  const title = kickerAt >= 0 ? { kicker: (kickerLine.endsWith(':') ? kickerLine.slice(0, -1) : kickerLine).trim(), title: l } : titleOfLine(l, text);

  // A paragraph-like line read as title (page without title line) stays in the body too.
  // Lines between the title and the first paragraph were read as meta or furniture in readTop.
  const from = titleAt === top.firstParagraph ? titleAt : top.firstParagraph < firstTeaser ? Math.max(titleAt + 1, top.firstParagraph) : titleAt + 1;
  const body = readBody(lines, role, from, furniture);
  const paragraphs = body.paragraphs;
  // A page with a Kommune21 teaser list has its teasers; other lists are looked for on the other pages only.
  if (!hasTeaserList && body.endedAt >= 0) for (const t of listTeasers(lines, role, body.endedAt)) teasers.push(t);

  // Title too long to be one: it is the first paragraph of a page without a title line.
  let t = title;
  if (titleAt === top.firstParagraph) t = { kicker: null, title: shortTitle(splitBracketDate(t.title)?.rest ?? t.title) };
  else if (t.title.length > MAX_TITLE) {
    paragraphs.unshift(t.title);
    t = { kicker: t.kicker, title: shortTitle(t.title) };
  }
  // A date line well above the title (a sidebar's teaser, a site header's day) yields to the article's own
  // publication line after its text; one between title and text, or right above the title, does not.
  const fromAbove = top.dateAt >= 0 && top.dateAt < Math.min(titleAt, kickerAt >= 0 ? kickerAt : titleAt) - 1;
  const lead = leadAndAuthor(paragraphs, fromAbove && body.published !== null ? body.published : top.header?.date ?? null);
  lead.date ??= body.published;

  return {
    header: top.header,
    article: { kicker: t.kicker, title: t.title, date: lead.date, lead: lead.lead, paragraphs, keywords: body.keywords, links: body.links, author: lead.author },
    teasers,
    hasTeaserList,
    furniture,
    lines,
  };
}

/**
 * Mark teasers in `role`: a `[d.m.yyyy] … mehr...` line, and the line before it as title. Returns the first
 * teaser title's line, or the number of lines when there is none.
 */
function markTeasers(lines: string[], role: LineRole[]): number {
  const n = lines.length;
  let firstTeaser = n;
  for (let i = 1; i < n; i++) {
    const l = lines[i]!;
    if (!startsWithBracketDate(l) || !MORE.test(l)) continue;
    const t = lines[i - 1]!;
    if (role[i - 1] !== undefined || startsWithBracketDate(t) || t.length > MAX_TITLE || isFurnitureLine(t)) continue;
    role[i - 1] = 'teaserTitle';
    role[i] = 'teaserLead';
    if (i - 1 < firstTeaser) firstTeaser = i - 1;
  }
  return firstTeaser;
}

function teaserParts(lines: string[], role: LineRole[]): TeaserParts[] {
  const teasers: TeaserParts[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (role[i] !== 'teaserTitle') continue;
    const kicked = splitColonKicker(lines[i]!);
    const stamp = splitBracketDate(lines[i + 1]!)!;
    teasers.push({ kicker: kicked.kicker, title: stripTrailingLabel(kicked.title), date: stamp.date, text: stamp.rest.replace(MORE, '').trim() });
  }
  return teasers;
}

/** What precedes the article's body: the header line, the candidates for the title and the first paragraph. */
interface PageTop {
  header: HeaderLine | null;
  /** The line a date line between navigation and text stated `header`'s date on, or -1 (none, or the header line). */
  dateAt: number;
  candidates: number[];
  /** The first paragraph-like line, or the first teaser's line when none comes before it. */
  firstParagraph: number;
}

/**
 * Before the title: header line, navigation and breadcrumbs, notices. Candidates for the title are the
 * non-furniture lines up to the first paragraph-like line; the furniture among them goes to `furniture`.
 */
function readTop(lines: string[], role: LineRole[], firstTeaser: number, furniture: string[]): PageTop {
  let header: HeaderLine | null = null;
  let dateAt = -1;
  /** `header` is a date line's that came before any title candidate. */
  let dateBeforeAll = false;
  const candidates: number[] = [];
  let firstParagraph = firstTeaser;
  for (let k = 0; k < firstTeaser; k++) {
    const l = lines[k]!;
    const skip = publisherNoticeAt(lines, k) || vendorBlockAt(lines, k) || advertAt(lines, k);
    if (skip > 0) {
      pushLines(furniture, lines, k, k + skip);
      k += skip - 1;
      continue;
    }
    if (candidates.length === 0 && header === null && (header = parseHeaderLine(l)) !== null) {
      if (header.source !== null && PAGE_KIND.test(header.source)) header = { date: header.date, source: null };
      continue;
    }
    if (isFurnitureLine(l) || isBrandLine(l) || role[k] !== undefined || isCookieNotice(l) || isCaptionBeforeCredit(lines, k)) {
      furniture.push(l);
      // A byline's date (`Von Miriam Eckhoff | 06.03.2024 | Lesezeit: 4 Minuten`) is the article's.
      if (header === null) {
        const dated = bylineDate(l);
        if (dated !== null) {
          header = { date: dated, source: null };
          dateAt = k;
        }
      }
      // A byline split over lines (`Von` / `Marten Hollweg`): the name is no title.
      if (BYLINE_HEAD.test(l) && k + 1 < firstTeaser && BYLINE_NAME.test(lines[k + 1]!)) furniture.push(lines[++k]!);
      continue;
    }
    // A date line between title and text (`21. März 2023`, `07.11.2023 | Pressemitteilung`,
    // `Veröffentlicht am 17.05.2022 | Aktualisiert am …`): the article's date, and no title.
    const stated = metaDate(l);
    if (stated !== null) {
      // A date line after a title candidate also replaces one that stood alone before them all, above the
      // navigation: that is the site's day (`Freitag, 30. September 2022` in a newspaper's header), this the
      // article's (`Von` / `Jonas Brandt` / `22. September 2022` under the title).
      if (header === null || (dateBeforeAll && header.source === null && candidates.length > 0)) {
        header = { date: stated, source: null };
        dateAt = k;
        dateBeforeAll = candidates.length === 0;
      }
      furniture.push(l);
      // The author's name alone under the date (`18.03.2025, 17:05 Uhr` / `Katrin Vollmer`): no title.
      if (k + 1 < firstTeaser && lines[k + 1]!.length <= 40 && BYLINE_NAME.test(lines[k + 1]!)) furniture.push(lines[++k]!);
      continue;
    }
    if (isParagraphLike(l)) {
      // A site's tagline or a lone notice above the navigation reads like a paragraph but stands alone; the text
      // is a run of paragraphs further down.
      if (isLoneParagraph(lines, k, firstTeaser)) {
        furniture.push(l);
        continue;
      }
      firstParagraph = k;
      break;
    }
    candidates.push(k);
  }
  return { header, dateAt, candidates, firstParagraph };
}

/**
 * A paragraph-like line at `k` with no paragraph among the three lines after it, while two paragraphs close
 * together follow further down (before `end` and before any end marker). A dated lead (`[25.11.2019] …`) is never
 * alone: it starts a text.
 */
function isLoneParagraph(lines: string[], k: number, end: number): boolean {
  if (startsWithBracketDate(lines[k]!)) return false;
  let last = -10;
  for (let j = k + 1; j < end; j++) {
    // Past an end marker come contacts, boilerplate and teasers, not the text: a one-paragraph article is not alone.
    if (isEndMarker(lines[j]!)) return false;
    if (j < k + 4) {
      if (isParagraphLike(lines[j]!)) return false;
      continue;
    }
    if (!isParagraphLike(lines[j]!) || isFurnitureLine(lines[j]!)) continue;
    if (j - last <= 2) return true;
    last = j;
  }
  return false;
}

/**
 * A plain-text page's horizontal rule (`————————`, `______`): after some of the text, it closes the article (a
 * newsletter's next item, a letter's footer). Not before: under a letterhead it opens the text.
 */
const RULE_LINE = /^(?:[—–_=-]{5,}|(?:\* ?){3,})$/;

/** A publication line after an article's text: only the words that state publication (not `Stand`, `Datum`). */
const PUBLISHED_AFTER = /^(?:Veröffentlicht|Erschienen|Publiziert)(?:\s+am)?\s?:?\s?\d/;
/** A word and a full stop at a line's end: a sentence (`Veröffentlicht am 3. März 2024 wurde der Bericht …`). */
const SENTENCE_END = /\p{Ll}{3}[.!?]$/u;

/** A byline's label on a line of its own (`Von`, `Autor:`); the name follows on the next line. */
const BYLINE_HEAD = /^(?:[Vv]on|Autor(?:in)?\s?:|Text\s?:)$/;
/** A person's name alone on a line, as after a `Von` line. */
const BYLINE_NAME = /^(?:Dr\. |Prof\. )?\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,3}$/u;

/**
 * The date among a byline's parts after its name (`von Jana Schütte | 14.02.2025`, `Von … | 06.03.2024 | Lesezeit:
 * …`), or null, also for a line that is no byline.
 */
function bylineDate(line: string): string | null {
  if (!line.startsWith('Von ') && !line.startsWith('von ')) return null;
  const parts = line.split(/\s?[|·•]\s?/);
  for (let p = 1; p < parts.length && p < 4; p++) {
    const date = parseGermanDate(parts[p]!.replace(TIME_AFTER, '').trim());
    if (date !== null) return date;
  }
  return null;
}

/** Two sentences in a line (a sentence's end after a word, not after `Dr.` or an initial): a caption has one. */
const SECOND_SENTENCE = /\p{Ll}{2}[.!?] \p{Lu}/u;

/**
 * An image's caption: one sentence of at most 250 characters, ending in a full stop (a title has none), with a bare
 * credit line right after it (`Blick in die Kreiskämmerei …` / `Foto: Landkreis Weserhagen`). A paragraph of the
 * text has more sentences, or no credit after it.
 */
function isCaptionBeforeCredit(lines: string[], k: number): boolean {
  const next = k + 1 < lines.length ? lines[k + 1]! : '';
  const l = lines[k]!;
  return next.length <= 120 && CREDIT_LINE.test(next) && l.length <= 250 && l.endsWith('.') && !SECOND_SENTENCE.test(l);
}

/**
 * An author box after the text: the author's name on a line of its own, then a line that starts with it and goes
 * on as a biography (`Miriam Koch` / `Miriam Koch schreibt über Verwaltungsmodernisierung …`).
 */
function isAuthorBoxAt(lines: string[], i: number): boolean {
  const l = lines[i]!;
  return l.length <= 50 && i + 1 < lines.length && lines[i + 1]!.startsWith(`${l} `) && BYLINE_NAME.test(l) && BIO_VERB.test(lines[i + 1]!.slice(l.length + 1));
}

/** How an author's biography goes on after the name (a heading repeated by its paragraph does not). */
const BIO_VERB = /^(?:ist|war|schreibt|arbeitet|leitet|berichtet|verantwortet|begleitet|lebt|studierte|beschäftigt sich)\b/;

/** Words that name the kind of page, not its publisher (`07.11.2023 | Pressemitteilung`). */
const PAGE_KINDS = 'Pressemitteilung|Pressemitteilungen|Pressemeldung|Presseinformation|Meldung|News|Nachricht|Aktuelles|Artikel|Beitrag|Interview|Kommentar|Bericht';
const PAGE_KIND = new RegExp(`^(?:${PAGE_KINDS})$`, 'i');
/** The same as a label before a date, with its number (`Pressemitteilung Nr. 58/2023 | 12.05.2023`). */
const PAGE_KIND_LABEL = new RegExp(`^(?:${PAGE_KINDS})(?:\\s?Nr\\.?\\s?[\\d/-]+)?$`, 'i');
const PUBLISHED = /^(?:Veröffentlicht|Erschienen|Erstellt|Datum|Stand|Publiziert|vom)(?:\s+am)?\s?:?\s*(\d{1,2}\.\s?(?:\d{1,2}\.|[\p{L}]+\.?)\s?\d{4})\b/iu;

const HAS_DIGIT = /\d/;
/** A label, then a date after a bar, `vom` or `am` (`News | 3. Mai 2022`, `Pressemitteilung Nr. 09/2024 vom …`). */
const LABEL_THEN_DATE = /^(.{3,40}?)\s?(?:\||\svom\s|\sam\s)\s?(.+)$/;
const PLACE_DATE = /^\p{Lu}[\p{L} .-]{1,40},\s(?:den\s)?(\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}+)\s?\d{4})$/u;
const TIME_AFTER = /,?\s(?:um\s)?\d{1,2}[:.]\d{2}(?:\sUhr)?$/;
/** An issue's number and its day: `Newsletter 03/2025 · 12. März 2025`, `BKD-Newsletter 06/2021 | 17.06.2021`. */
const ISSUE_DATE = new RegExp(`${ISSUE_NUMBER.source}\\s?[·|–—]\\s?(.{6,24})$`, 'u');

/** A label, then a date (`News | 3. Mai 2022`, `… vom 17.04.2024`, a time after it allowed), or null. */
function dateAfterLabel(line: string): { label: string; date: string } | null {
  const m = LABEL_THEN_DATE.exec(line);
  const date = m ? parseGermanDate(m[2]!.replace(TIME_AFTER, '').trim()) : null;
  return date === null ? null : { label: m![1]!.trim(), date };
}

/** The date a meta line between title and text states, or null when the line is something else. */
function metaDate(line: string): string | null {
  // Every date has a digit; most lines above a text (menus, titles) have none.
  if (line.length > 120 || !HAS_DIGIT.test(line)) return null;
  const published = PUBLISHED.exec(line);
  if (published) return parseGermanDate(published[1]!.replace(/\s+/g, ' '));
  // `Stadt Auenfeld, den 19.06.2024` as a line of its own; a time after the date (`12. Februar 2026, 09:30 Uhr`).
  const placed = PLACE_DATE.exec(line);
  if (placed) return parseGermanDate(placed[1]!);
  // A newsletter's issue and its day (`Newsletter 03/2025 · 12. März 2025`): the day of every article in it.
  const issue = ISSUE_DATE.exec(line);
  if (issue) return parseGermanDate(issue[1]!);
  // The label first: `Pressemitteilung Nr. 58/2023 | 12.05.2023`, `Pressemitteilung Nr. 09/2024 vom 17.04.2024`.
  const labelled = dateAfterLabel(line);
  if (labelled !== null && PAGE_KIND_LABEL.test(labelled.label)) return labelled.date;
  const h = parseHeaderLine(line.replace(TIME_AFTER, ''));
  if (h === null) return null;
  return h.source === null || PAGE_KIND.test(h.source) || /\d{4}/.test(h.source) || SECTION_LABEL.test(h.source) ? h.date : null;
}

/**
 * A section's label after the date (`12.03.2025 | Unternehmen`, `05.11.2024 | Digitales`): one or two capitalised
 * words. Longer, it may be a teaser's title beside its date (`24.10.2023 | Neue Leitstelle geht in Betrieb`).
 */
const SECTION_LABEL = /^\p{Lu}[\p{L}-]{2,24}(?: \p{Lu}[\p{L}-]{1,24})?$/u;

/** `lines[from]` … `lines[to - 1]` (as far as there are lines) appended to `out`. */
function pushLines(out: string[], lines: string[], from: number, to: number): void {
  for (let k = from; k < to && k < lines.length; k++) out.push(lines[k]!);
}

/**
 * The title's line and its kicker line (-1 when none). Navigation comes first on a page and the text right after
 * the title, so the title is the candidate nearest the first paragraph: the last one, or the one before it when
 * the last is a longer sub-headline (`Once-Only: BDKV fordert …` / `Kommunale IT-Dienstleister warnen vor …`).
 * With no paragraph after them, the page is read top-down (first line is the title).
 */
function titleLines(lines: string[], candidates: number[], firstParagraph: number, firstTeaser: number, furniture: string[]): { titleAt: number; kickerAt: number } {
  const c = candidates.length;
  if (c === 0) return { titleAt: firstParagraph < firstTeaser ? firstParagraph : -1, kickerAt: -1 };
  if (firstParagraph < firstTeaser) {
    let t = c - 1;
    if (c >= 2 && isSubheadline(lines[candidates[c - 1]!]!, lines[candidates[c - 2]!]!)) {
      furniture.push(lines[candidates[c - 1]!]!);
      t = c - 2;
    }
    const before = t >= 1 ? candidates[t - 1]! : -1;
    if (before >= 0 && isKickerLine(lines[before]!)) return { titleAt: candidates[t]!, kickerAt: before };
    // A kicker without a colon (`E-Akte im Landratsamt` above the title): right above the title, alone (furniture
    // or nothing before it, as a breadcrumb or an advert; the last item of a menu has another item right before it).
    const alone = before >= 0 && before === candidates[t]! - 1 && (t < 2 || candidates[t - 2]! < before - 1);
    return { titleAt: candidates[t]!, kickerAt: alone && isBareKicker(lines[before]!) ? before : -1 };
  }
  const first = candidates[0]!;
  if (isKickerLine(lines[first]!) && c >= 2) return { titleAt: candidates[1]!, kickerAt: first };
  return { titleAt: first, kickerAt: -1 };
}

/**
 * A kicker's words without a colon: one to four words, a capital first, no sentence, digit or separator, not a
 * breadcrumb that lost its separators (`Start Digitaler Staat`), not a section's name.
 */
function isBareKicker(line: string): boolean {
  return line.length >= 3 && line.length <= 40 && line.split(' ').length <= 4 && /^\p{Lu}/u.test(line) && !/[.!?:|›>»/·•\d]/.test(line)
    && !/^(?:Start|Startseite|Home|Übersicht)\b/.test(line) && !SECTION_NAME.test(line);
}

const SECTION_NAME = new RegExp(`^(?:${SECTION_NAMES})$`, 'i');

/**
 * `line` reads as the sub-headline under `title`: both headline-sized, the second the longer, neither a sentence.
 * A headline of its own form (`Kicker: Title`, a quotation) is the title, not a sub-headline under a line above it.
 */
function isSubheadline(line: string, title: string): boolean {
  const words = (s: string) => s.split(' ').length;
  return words(title) >= 3 && words(line) >= 5 && title.length >= 20 && line.length > title.length && !/[.:]$/.test(title) && !/[.:]$/.test(line)
    && !line.includes(': ') && !isQuotedHeadline(line);
}

/** A title line's kicker, glued to it or before a colon. */
function titleOfLine(l: string, page: string): KickedTitle {
  const title = splitGluedKicker(l, page);
  if (title.kicker === null) {
    const colon = splitColonKicker(l);
    if (colon.kicker !== null && colon.title.length <= MAX_TITLE) return colon;
  }
  return title;
}

/** A page without an article: everything but the teasers is furniture. */
function untitled(
  header: HeaderLine | null, teasers: TeaserParts[], hasTeaserList: boolean, furniture: string[], lines: string[], role: LineRole[],
): PageSegments {
  for (let k = 0; k < lines.length; k++) if (role[k] === undefined) furniture.push(lines[k]!);
  return { header, article: null, teasers, hasTeaserList, furniture, lines };
}

/** Body: from line `from` to the first end marker or teaser; keywords and links after it, the rest furniture. */
function readBody(lines: string[], role: LineRole[], from: number, furniture: string[]): { paragraphs: string[]; keywords: string[]; links: string[]; endedAt: number; published: string | null } {
  const n = lines.length;
  const paragraphs: string[] = [];
  const keywords: string[] = [];
  const links: string[] = [];
  let tail = false; // after `Stichwörter:`: only links can still belong to the article
  let ended = false;
  let endedAt = -1;
  let published: string | null = null;
  for (let i = from; i < n; i++) {
    const l = lines[i]!;
    if (ended || role[i] !== undefined) {
      if (role[i] === undefined) furniture.push(l);
      if (!ended) endedAt = i;
      ended = true;
      continue;
    }
    const box = readAlsoBoxAt(lines, i);
    if (box > 0) {
      pushLines(furniture, lines, i, i + box);
      i += box - 1;
      continue;
    }
    // The article's own date line after its text (`Veröffentlicht: 04.02.2025 | Kategorie: Cloud`) ends it.
    if (published === null && paragraphs.length > 0 && PUBLISHED_AFTER.test(l) && !SENTENCE_END.test(l) && (published = metaDate(l.split(' | ')[0]!)) !== null) {
      endedAt = i;
      ended = true;
      furniture.push(l);
      continue;
    }
    if (isEndMarker(l) || isAboutSender(lines, i) || isAuthorBoxAt(lines, i) || isArticleListAt(lines, role, i) || (paragraphs.length >= 2 && RULE_LINE.test(l))) {
      endedAt = i;
      ended = true;
      furniture.push(l);
      // A paywall's blurred text (letters with the vowels taken out) just before its box is no paragraph.
      if (paragraphs.length > 1 && isScrambled(paragraphs[paragraphs.length - 1]!)) furniture.push(paragraphs.pop()!);
      continue;
    }
    const skip = vendorBlockAt(lines, i) || publisherNoticeAt(lines, i) || advertAt(lines, i) || newsletterBoxAt(lines, i);
    if (skip > 0) {
      pushLines(furniture, lines, i, i + skip);
      i += skip - 1;
      continue;
    }
    if (l.length <= 14 && KEYWORDS_HEADING.test(l)) {
      // `TAGS` on a line of its own: the keywords follow one per line, the article has ended.
      tail = true;
      furniture.push(l);
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
    if (tail || isFurnitureButNoEnd(l) || isBrandLine(l) || isCaptionBeforeCredit(lines, i)) {
      furniture.push(l);
      // A byline's date under the standfirst (`von Jana Schütte | 14.02.2025`): the article's own, as above it.
      if (published === null && paragraphs.length <= 1) published = bylineDate(l);
      continue;
    }
    paragraphs.push(l);
  }
  return { paragraphs, keywords, links, endedAt, published };
}

/**
 * A "Lesen Sie auch" box inside a text: the heading and up to two lines (a title, a short text), when the text
 * goes on after it (a long paragraph within the next four lines). At the end of a text the heading ends it
 * (END_MARKERS). Returns the number of lines, or 0.
 */
function readAlsoBoxAt(lines: string[], i: number): number {
  if (lines[i]!.length > 20 || !/^(?:Lesen Sie auch|Auch interessant|Passend dazu|Mehr zum Thema)\s?:?$/i.test(lines[i]!)) return 0;
  for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
    const l = lines[j]!;
    // The heading, then a title and a short text; a third line before the paragraph is its section's heading.
    if (l.length >= 150 && /[.!?…“”"]$/.test(l)) return 1 + Math.min(j - i - 1, 2);
  }
  return 0;
}

/**
 * A long line whose letters are nearly without vowels: a paywall's blurred text (`Wrp Ksnrtvrwlt bghn …`). The
 * first 120 characters decide, counted by code (a regex per character cost 30 µs a page).
 */
function isScrambled(line: string): boolean {
  if (line.length < 40) return false;
  let letters = 0;
  let vowels = 0;
  for (let i = 0; i < line.length && i < 120; i++) {
    const c = line.charCodeAt(i) | 0x20; // ASCII lower case; other code points keep their bit set
    if (c >= 97 && c <= 122) {
      letters++;
      if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) vowels++;
    } else if (c >= 0xe0 && c <= 0xfe) {
      letters++;
      if (c === 0xe4 || c === 0xf6 || c === 0xfc) vowels++; // ä ö ü
    }
    // 15 vowels are over 12 % of any 120 letters: real text, decided within its first 40 or so characters.
    if (vowels >= 15) return false;
  }
  return letters >= 30 && vowels / letters < 0.12;
}

/**
 * Teasers after the article's end in the shape press pages and other sites list their other articles: a title, a
 * date line and a sentence of text, in either order of title and date (`05.06.2023` / `BDKV begrüßt …` / `Der
 * Verband sieht …` / `Weiterlesen`), with a short kicker line before the title. Only after the article has ended
 * (an end marker): inside an article, the same shape is a heading, a date and a paragraph. Under a heading that
 * names a list of articles, shorter entries too (listEntryAt); elsewhere a date and a title without text are an
 * event, no teaser. Marks the lines in `role`.
 */
function listTeasers(lines: string[], role: LineRole[], from: number): TeaserParts[] {
  const out: TeaserParts[] = [];
  const free = (i: number): boolean => i < lines.length && role[i] === undefined;
  // After a heading that names a list of articles (`Weitere Pressemitteilungen`, `Neueste Beiträge`), while every
  // line since is one of its entries: entries there may also be a title and a date without text, or a kicker, a
  // title and a text without date (listEntryAt). Under any other heading (`Termine`) a title and a date are an event.
  let inList = false;
  for (let i = from; i < lines.length; i++) {
    if (!free(i)) {
      inList = false;
      continue;
    }
    if (lines[i]!.length <= 60 && ARTICLE_LIST_HEADING.test(lines[i]!)) {
      inList = true;
      continue;
    }
    // The date first: it is the cheap test (a digit), and most lines after an article have none. listDate's narrow
    // forms here, not entryDate's: outside a list a comment's `11. Oktober 2024, 14:12 Uhr` would date its author.
    let titleAt = -1;
    let date: string | null = null;
    if (i + 2 < lines.length && free(i + 1) && free(i + 2)) {
      if ((date = listDate(lines[i + 1]!)) !== null && isListTitle(lines[i]!)) titleAt = i;
      else if ((date = listDate(lines[i]!)) !== null && isListTitle(lines[i + 1]!)) titleAt = i + 1;
    }
    const text = titleAt >= 0 ? lines[i + 2]! : '';
    if (titleAt >= 0 && isEntryText(lines, i + 2, free)) {
      const k = titleAt === i ? i - 1 : -1;
      const kicker = k >= from && free(k) && isListKicker(lines[k]!) ? lines[k]! : null;
      if (kicker !== null) role[k] = 'teaserTitle';
      role[i] = role[i + 1] = 'teaserTitle';
      role[i + 2] = 'teaserLead';
      out.push({ kicker, title: lines[titleAt]!, date, text });
      i += 2;
      if (isMoreLink(lines, role, i + 1)) role[++i] = 'teaserLead';
      continue;
    }
    const entry = inList ? listEntryAt(lines, i, free) : null;
    if (entry === null) {
      inList = false;
      continue;
    }
    for (let k = i; k < i + entry.lines; k++) role[k] = k === i + entry.lines - 1 && entry.text !== '' ? 'teaserLead' : 'teaserTitle';
    out.push({ kicker: entry.kicker, title: entry.title, date: entry.date, text: entry.text });
    i += entry.lines - 1;
    if (isMoreLink(lines, role, i + 1)) role[++i] = 'teaserLead';
  }
  return out;
}

/**
 * The line at `k` as an entry's text: a paragraph, not furniture, and not the next entry's title (a question reads
 * like a sentence: `Der Digitallotse ist keine Planstelle – oder doch?` with its date line after it).
 */
function isEntryText(lines: string[], k: number, free: (i: number) => boolean): boolean {
  if (!free(k) || !isParagraphLike(lines[k]!) || isFurnitureLine(lines[k]!)) return false;
  return !(k + 1 < lines.length && isListTitle(lines[k]!) && entryDate(lines[k + 1]!) !== null);
}

/** A heading over a list of other articles with an entry after it (`Neueste Beiträge` / title / `5. März 2026`). */
function isArticleListAt(lines: string[], role: LineRole[], i: number): boolean {
  return lines[i]!.length <= 60 && ARTICLE_LIST_HEADING.test(lines[i]!) && listEntryAt(lines, i + 1, (k) => k < lines.length && role[k] === undefined) !== null;
}

/** A heading over a list of other articles (not of events, links or downloads). */
const ARTICLE_LIST_HEADING = new RegExp(
  '^(?:(?:Weitere|Aktuelle|Neueste|Neue|Letzte|Ähnliche|Verwandte|Beliebte|Meistgelesene|Empfohlene)\\s(?:[\\p{L}-]+\\s){0,2}?(?:Meldungen|Beiträge|'
    + 'Pressemitteilungen|Pressemeldungen|Presseinformationen|Nachrichten|Artikel|News|Veröffentlichungen|Berichte)(?:\\s[\\p{L}\\d/.-]+){0,4}|'
    + 'Mehr aus(?:\\s[\\p{L}-]+){1,4}|Aktuelles|Neuigkeiten|Meistgelesen|'
    + 'Mehr zum Thema|Das könnte Sie auch interessieren|Das könnte dich auch interessieren|Auch interessant|Zum Thema|Passend dazu|Weiterlesen|'
    + 'Empfehlungen der Redaktion)\\s?:?$',
  'iu',
);

/** A date and a title on one line, either way round (`05.06.2025 Landesverwaltung führt …`, `Vollsperrung … 13. Mai 2024`). */
const DATE_FIRST = /^(\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}+\.?)\s?\d{4})\s(.+)$/u;
const DATE_LAST = /^(.+?)\s(\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}+\.?)\s?\d{4})$/u;
/** A date line of a list, alone or with a label after a separator (`06.10.2022 · Themenfeld Familie & Kind`). */
const DATE_AND_LABEL = /^(\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}+\.?)\s?\d{4})(?:\s?[|·•–]\s?.{1,40})?$/u;

/** The date of a list's date line (listDate's forms, or a date with a label of any words after a separator), or null. */
function entryDate(line: string): string | null {
  if (line.length > 60 || !HAS_DIGIT.test(line)) return null;
  const m = DATE_AND_LABEL.exec(line.replace(TIME_AFTER, ''));
  return m ? parseGermanDate(m[1]!.replace(/\s+/g, ' ')) : listDate(line);
}

/**
 * An entry of a list of articles at `i` (only asked right after a list heading or another entry), the longest shape
 * that fits: a date line, a kicker if one comes, a title and a text if one comes; a title, a date line and a text if
 * one comes; a date and a title on one line; a kicker, a title and a text without date. `lines`: how many lines it
 * takes. Null when none starts at `i`.
 */
function listEntryAt(lines: string[], i: number, free: (i: number) => boolean): (TeaserParts & { lines: number }) | null {
  const l = lines[i]!;
  const isText = (k: number): boolean => isEntryText(lines, k, free) && !startsWithBracketDate(lines[k]!);
  // The entry up to its title, with the line at `textAt` as its text when it reads as one.
  const entry = (kicker: string | null, title: string, date: string | null, textAt: number) =>
    isText(textAt) ? { kicker, title, date, text: lines[textAt]!, lines: textAt - i + 1 } : { kicker, title, date, text: '', lines: textAt - i };
  let date = entryDate(l);
  if (date !== null) {
    let t = i + 1;
    let kicker: string | null = null;
    if (free(t + 1) && isListKicker(lines[t]!) && isListTitle(lines[t + 1]!)) kicker = lines[t++]!;
    return free(t) && isListTitle(lines[t]!) ? entry(kicker, lines[t]!, date, t + 1) : null;
  }
  if (free(i + 1) && (date = entryDate(lines[i + 1]!)) !== null && isListTitle(l)) return entry(null, l, date, i + 2);
  const one = HAS_DIGIT.test(l) ? DATE_FIRST.exec(l) ?? DATE_LAST.exec(l) : null;
  if (one !== null) {
    const first = /^\d/.test(l);
    const day = parseGermanDate((first ? one[1]! : one[2]!).replace(/\s+/g, ' '));
    const title = first ? one[2]! : one[1]!;
    if (day !== null && isListTitle(title)) return { kicker: null, title, date: day, text: '', lines: 1 };
  }
  if (free(i + 2) && isListKicker(l) && isListTitle(lines[i + 1]!) && isText(i + 2)) {
    // Its date may follow the text (`Recht` / title / text / `12.01.2026`): in a list whose entries start with a
    // kicker, a date line after a text is that entry's, not the next one's (those start with a date: shape one).
    const after = free(i + 3) ? entryDate(lines[i + 3]!) : null;
    return { kicker: l, title: lines[i + 1]!, date: after, text: lines[i + 2]!, lines: after === null ? 3 : 4 };
  }
  return null;
}

/** A "read more" link with the title it links to (`Weiterlesen … E-Akte: Landkreis … schließt Einführung ab`). */
const READ_MORE = /^(?:Weiterlesen|Mehr lesen|Mehr erfahren|Zum Artikel|Artikel lesen|mehr)\s?(?:…|\.\.\.)(?:\s.{1,200})?$/;

/** A teaser's "read more" link at `k` (MORE_LINE, or READ_MORE with the title), not yet taken. */
function isMoreLink(lines: string[], role: LineRole[], k: number): boolean {
  return k < lines.length && role[k] === undefined && (MORE_LINE.test(lines[k]!) || READ_MORE.test(lines[k]!));
}

const MORE_LINE = /^(?:Weiterlesen|Mehr lesen|Mehr|mehr\s?(?:\.\.\.|…)|Zum Artikel|Artikel lesen|Details)$/i;

/** A date line of a teaser list: the date alone, `[dd.mm.yyyy]`, or with a short label (`24.10.2023 | Unternehmen`). */
function listDate(line: string): string | null {
  if (line.length > 40 || !HAS_DIGIT.test(line)) return null;
  const bare = line.replace(/^\[(.*)\]$/, '$1').replace(/^(?:Datum|Vom|Stand)\s?:?\s/i, '');
  const h = parseHeaderLine(bare);
  if (h !== null) return h.source === null || h.source.split(' ').length <= 3 ? h.date : null;
  // The label first: `Pressemitteilung | 5. November 2019`.
  const labelled = dateAfterLabel(bare);
  return labelled !== null && labelled.label.split(' ').length <= 3 ? labelled.date : null;
}

/** A teaser's title line: headline-sized, not a sentence, not furniture or a date. */
function isListTitle(line: string): boolean {
  // isFurnitureLine covers the end markers too. A short question is a headline (`Der Digitallotse ist keine
  // Planstelle – oder doch?`); a longer line ending in a question mark is a teaser's text.
  const question = line.length <= 90 && line.endsWith('?') && !SECOND_SENTENCE.test(line);
  return line.length >= 15 && line.length <= MAX_TITLE && (isQuotedHeadline(line) || question || (!/[.!?]$/.test(line) && !isParagraphLike(line)))
    && !isFurnitureLine(line);
}

/** A kicker line before a teaser's title: one to four words, no sentence. */
function isListKicker(line: string): boolean {
  return line.length <= 40 && line.split(' ').length <= 4 && !/[.!?:]$/.test(line) && !HAS_DIGIT.test(line) && !isFurnitureLine(line);
}

/**
 * The lead (date stamp or dateline taken off, and a Behörden Spiegel author tag) and the author initials that end
 * the body (`… Rehfeld. (ve)`); `paragraphs` is updated to match.
 */
function leadAndAuthor(paragraphs: string[], headerDate: string | null): { date: string | null; lead: string | null; author: string | null } {
  let date = headerDate;
  let lead: string | null = paragraphs.length > 0 ? paragraphs[0]! : null;
  let bsAuthor: string | null = null;
  if (lead !== null) {
    const stamp = splitBracketDate(lead);
    if (stamp) {
      date ??= stamp.date;
      // A dated byline (`[14.03.2023] von Tobias Kerkhoff Lesezeit: 4 Minuten`) is no lead.
      lead = isFurnitureLine(stamp.rest) ? '' : stamp.rest;
      paragraphs[0] = lead;
    } else {
      const dateline = splitDateline(lead);
      if (dateline !== null) {
        date ??= dateline.date;
        lead = dateline.rest;
        paragraphs[0] = lead;
      } else {
        const place = PLACE_LINE.exec(lead);
        if (place !== null && !NOT_PLACES.has(place[1]!)) {
          lead = lead.slice(place[0].length);
          paragraphs[0] = lead;
        }
      }
    }
    const bs = BS_AUTHOR.exec(lead);
    if (bs) {
      bsAuthor = bs[1]!.trim();
      lead = lead.slice(bs[0].length);
      paragraphs[0] = lead;
    }
    if (lead === '') {
      paragraphs.shift();
      lead = paragraphs.length > 0 ? paragraphs[0]! : null;
    }
  }

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
      if (last === 0) lead = paragraphs.length > 0 ? paragraphs[0]! : null;
    }
  }
  return { date, lead, author };
}

/**
 * A newspaper's place line opening the lead (`Lindenau. Der Landkreis …`, `Bad Kissingen. Am Donnerstag …`): one
 * or two capitalised words and a full stop before a sentence of at least 40 more characters.
 */
const PLACE_LINE = /^(\p{Lu}\p{Ll}{2,}(?:[ -]\p{Lu}\p{Ll}+)?)\. (?=\p{Lu}.{40})/u;
/** Words that open a lead as a sentence of their own, not as a place. */
const NOT_PLACES = new Set(['Endlich', 'Genau', 'Danke', 'Achtung', 'Vorsicht', 'Fazit', 'Update', 'Vorab', 'Hintergrund', 'Zunächst', 'Nein', 'Doch', 'Also', 'Stimmt', 'Richtig', 'Klar', 'Schade', 'Korrektur', 'Ergänzung', 'Nachtrag']);

/**
 * A line that reads as a paragraph rather than a title or navigation: long, or a sentence, or a dated lead.
 * Titles rarely end with a full stop; paragraphs of 40+ characters nearly always do.
 */
function isParagraphLike(line: string): boolean {
  return line.length >= 120 || (line.length >= 40 && /[.!?…“”"]$/.test(line) && !ABBREVIATION_END.test(line) && !isQuotedHeadline(line)) || startsWithBracketDate(line) || BS_AUTHOR.test(line);
}

/**
 * A headline that is a quotation (`„Wir haben die Akte nicht digitalisiert, sondern neu gedacht“`): in quotation
 * marks from start to end, one clause, not ending in a full stop. A quoted sentence of the text ends in `.“`.
 */
function isQuotedHeadline(line: string): boolean {
  return line.length <= 160 && /^[„"»]/.test(line) && /[^.][“”"«]$/.test(line) && !/[.!?:;] /.test(line);
}

/** A final full stop that ends an abbreviation, not a sentence (`Bundesverband … e. V.`, `… Co. KG.`, an initial). */
const ABBREVIATION_END = /(?:\be\.\s?V|\b\p{Lu}|\bCo|\bInc|\bLtd|\bmbH)\.$/u;

/** First words of a long line, cut at a word boundary, for a title. */
export function shortTitle(line: string, max = 120): string {
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(' ', max);
  return `${line.slice(0, cut > 40 ? cut : max)} …`;
}
