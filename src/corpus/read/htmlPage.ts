/**
 * What a saved HTML page says about its article in markup, which its text alone loses: the headline (an `<h1>`
 * that is not the logo, a section name or skip navigation; else an `<h2>` marked as the article's title), the
 * element holding the article (`<article>`, else `<main>`), a kicker marked by class (`entry-kicker`,
 * `node__overline`), the publication date (`article:published_time` or JSON-LD; microdata and a `<time>` after the
 * headline only as a weaker fallback) and the site's name (`og:site_name`, else the site's part of `<title>`). The
 * reader segments the article's element from its kicker or headline on, then the rest of the page after an end
 * marker, so the menus, cookie banners and accessibility bars before it cannot become the title or the lead.
 *
 * No DOM (this runs in a worker and in Node): a few anchored searches over the markup, each linear in its length.
 */
import { decodeEntities } from './entities.ts';
import { htmlToText } from './htmlToText.ts';
import { isoDay, parseGermanDate } from './dates.ts';
import { ARTICLE_END, SECTION_NAMES } from './furniture.ts';
import type { MarkupHints } from './pageDocuments.ts';

/** An HTML page's article text and what its markup states about it (MarkupHints: null fields, it does not say). */
export interface HtmlPage extends MarkupHints {
  /** Page text from the article's kicker or headline on (or of the whole page without a headline), as `htmlToText` makes it. */
  text: string;
  dateNear: () => string | null;
}

const CONTAINER = /<(\/?)(article|main)\b[^>]*>/gi;
// A class token that ends in the word (`entry-kicker`, `node__overline`, `news-category`), not one that starts
// with it (`category-infrastruktur` on the <article> itself).
const KICKER_CLASS = /<(\w+)\b[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?[\w-]*(?:kicker|overline|dachzeile|topline|roofline|category|rubrik|rubric|eyebrow)(?=["'\s])[^>]*>/gi;
const TITLE = /<title\b[^>]*>([^<]{1,400})<\/title/i;
const SITE_NAME = /<meta\b[^>]*\bproperty\s*=\s*["']og:site_name["'][^>]*>/i;
const PUBLISHED_META = /<meta\b[^>]*\b(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:article:published_time|datePublished|date|dc\.date)["'][^>]*>/i;
const PUBLISHED_JSON = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/;
const PUBLISHED_TIME = /<time\b[^>]*\bitemprop\s*=\s*["']datePublished["'][^>]*>/i;
const BODY_START = /<body\b/i;
const CONTENT_ATTR = /\b(?:content|datetime)\s*=\s*["']([^"']*)["']/i;

/** Read an HTML page: the article's element as text, and the markup's statements about the article. */
export function readHtmlPage(html: string): HtmlPage {
  const site = siteName(html);
  const head = headlineElement(html, site);
  if (head === null) return { text: htmlToText(html), title: null, kicker: null, date: publishedDate(html), dateNear: () => null, source: site ?? siteInTitle(html, []) };
  const [from, to] = articleElement(html, head.at);
  const inner = html.slice(head.at + head.open.length, closeOf(html, head.name, head.at + head.open.length));
  // A kicker inside the headline (`<h1><span class="kicker">Landkreis Odenmark</span><br>E-Akte …</h1>`).
  const innerKicker = kickerIn(inner);
  const kicker = innerKicker === null ? kickerBefore(html, from < head.at ? from : Math.max(0, head.at - KICKER_LOOKBACK), head.at) : null;
  const start = kicker ? Math.min(kicker.at, from) : Math.min(head.at, from);
  const whole = textOf(inner);
  const title = innerKicker === null ? whole : textOf(inner.slice(innerKicker.end));
  // The rest of the page follows the article's end, so teaser lists and the publisher's footer are still read;
  // the marker line ends the article's body there (furniture.ts, END_MARKERS).
  const rest = to < html.length ? `\n${ARTICLE_END}\n${htmlToText(html.slice(to))}` : '';
  return {
    text: htmlToText(html.slice(start, to)) + rest,
    title: title === '' ? null : title,
    kicker: innerKicker?.text ?? kicker?.text ?? null,
    date: publishedDate(html),
    dateNear: () => dateNear(html, Math.min(from, head.at), to) ?? dateJustBefore(html, start),
    source: site ?? siteInTitle(html, [whole, innerKicker?.text ?? kicker?.text ?? '']),
  };
}

/** How far before a headline outside any `<article>`/`<main>` a kicker is looked for. */
const KICKER_LOOKBACK = 1500;

const HEADING = /<(h1|h2)\b[^>]*>/gi;
/** A heading that is the site's logo or name, not an article's headline. */
const LOGO = /<(?:img|svg)\b|\bhref\s*=\s*["'](?:\/|\.\/|index\.html?)["']|class\s*=\s*["'][^"']*\b(?:logo|brand|site-title|site-name)/i;
/** An `<h2>` a CMS uses as the article's headline when the `<h1>` is its logo. */
const HEADLINE_CLASS = /\bclass\s*=\s*["'][^"']*\b(?:article|entry|post|page|news|content)[-_]{0,2}(?:title|headline)\b|\bitemprop\s*=\s*["']headline["']/i;
/** An `<h1>` that names a section or the navigation, not an article (`Aktuelles`, GSB's `Navigation und Service`). */
const SECTION_HEADING = new RegExp(`^(?:${SECTION_NAMES}|Navigation(?: und Service)?|Hauptmenü|Menü|Servicemenü|Inhalt|Service)$`, 'i');

/**
 * The article's headline: the first `<h1>` that is not the site's logo or name, a section's name or skip
 * navigation; failing that, an `<h2>` marked as the article's title by its class or `itemprop` (a page whose
 * `<h1>` is the logo). Null when the page has neither.
 */
function headlineElement(html: string, site: string | null): { at: number; open: string; name: string } | null {
  HEADING.lastIndex = 0;
  let marked: { at: number; open: string; name: string } | null = null;
  for (let m = HEADING.exec(html), n = 0; m !== null && n < 40; m = HEADING.exec(html), n++) {
    const name = m[1]!.toLowerCase();
    const el = { at: m.index, open: m[0], name };
    if (name === 'h2') {
      if (marked === null && HEADLINE_CLASS.test(m[0])) marked = el;
      continue;
    }
    const inner = html.slice(m.index + m[0].length, closeOf(html, 'h1', m.index + m[0].length));
    const text = textOf(inner);
    if (text === '' || LOGO.test(m[0] + inner) || SECTION_HEADING.test(text) || (site !== null && text === site)) continue;
    return el;
  }
  return marked;
}

/** A kicker element at the start of a headline's inner markup: its text and where the rest of the headline starts. */
function kickerIn(inner: string): { text: string; end: number } | null {
  KICKER_CLASS.lastIndex = 0;
  const m = KICKER_CLASS.exec(inner);
  if (!m || textOf(inner.slice(0, m.index)) !== '') return null;
  const end = closeOf(inner, m[1]!.toLowerCase(), m.index + m[0].length);
  const text = textOf(inner.slice(m.index, end)).replace(/:$/, '').trim();
  return text === '' || text.length > 80 ? null : { text, end };
}

/**
 * The innermost `<article>` around the headline, else the `<main>` around it, else from the headline to the end:
 * `[start, end)` in `html`. Teaser lists are often `<article>`s too; only the one holding the `<h1>` counts.
 */
function articleElement(html: string, h1At: number): [number, number] {
  const open: { name: string; at: number }[] = [];
  let best: [number, number] | null = null;
  let main: [number, number] | null = null;
  CONTAINER.lastIndex = 0;
  for (let m = CONTAINER.exec(html); m !== null; m = CONTAINER.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (m[1] === '') {
      open.push({ name, at: m.index });
      continue;
    }
    // Close the nearest open element of this name (markup in the wild is not always balanced).
    let k = open.length - 1;
    while (k >= 0 && open[k]!.name !== name) k--;
    if (k < 0) continue;
    const { at } = open[k]!;
    open.length = k;
    const end = m.index + m[0].length;
    if (at < h1At && end > h1At) {
      if (name === 'article' && best === null) best = [at, end];
      if (name === 'main' && main === null) main = [at, end];
    }
    // Past the headline with nothing open around it any more: the rest of the page cannot change the answer.
    if (m.index > h1At && (best !== null || main !== null) && !open.some((o) => o.at < h1At)) break;
  }
  return best ?? main ?? [h1At, html.length];
}

/** A kicker marked by its class between the article's start and the headline (`<span class="entry-kicker">`). */
function kickerBefore(html: string, from: number, h1At: number): { at: number; text: string } | null {
  // Searched in the stretch before the headline only (on a page without a kicker it would run to the end); the
  // nearest one counts.
  const before = html.slice(from, h1At);
  KICKER_CLASS.lastIndex = 0;
  let found: { at: number; text: string } | null = null;
  for (let m = KICKER_CLASS.exec(before); m !== null; m = KICKER_CLASS.exec(before)) {
    const at = from + m.index;
    const text = textOf(html.slice(at, closeOf(html, m[1]!.toLowerCase(), at + m[0].length)));
    const clean = text.replace(/[\s:+•|–-]+$/u, '').trim();
    if (/\p{L}{2}/u.test(clean) && clean.length <= 80) found = { at, text: clean };
  }
  return found;
}

/** Index just past the first `</name>` after `from` (not nesting-aware: used for h1 and short inline elements). */
function closeOf(html: string, name: string, from: number): number {
  const limit = Math.min(html.length, from + 4000);
  for (let at = html.indexOf('</', from); at >= 0 && at < limit; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() !== name) continue;
    const gt = html.indexOf('>', at);
    return gt < 0 ? html.length : gt + 1;
  }
  return limit;
}

/** An element's text on one line. */
function textOf(fragment: string): string {
  return htmlToText(fragment).replace(/\s+/g, ' ').trim();
}

/** `og:site_name`, or null. */
function siteName(html: string): string | null {
  const m = SITE_NAME.exec(html);
  const v = m ? CONTENT_ATTR.exec(m[0])?.[1] : undefined;
  const name = v === undefined ? '' : decodeEntities(v).trim();
  return name === '' || name.length > 120 ? null : name;
}

/** Words that name a section of a site, not the site (`Pressemitteilungen | Stadt Falkenried`). */
const SECTION = new RegExp(`^(?:${SECTION_NAMES}|Pressemitteilung|Artikel)$`, 'i');

/**
 * The site's name from `<title>` when no `og:site_name` says it: the title's parts (`|`, ` – `, ` - `, `: `)
 * without those of the headline and its kicker (`known`) and the section's, the last that is left
 * (`Title | Section | Site`, `Site – Kicker: Title`).
 */
function siteInTitle(html: string, known: string[]): string | null {
  const raw = TITLE.exec(html)?.[1];
  if (raw === undefined) return null;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const seen = known.map(norm).filter((k) => k !== '');
  const parts = decodeEntities(raw).split(/\s+[|–—-]\s+|\s*\|\s*|:\s+/).map((p) => p.replace(/\s+/g, ' ').trim());
  const left = parts.filter((p) => p !== '' && !SECTION.test(p) && !seen.some((k) => k.includes(norm(p))) && isNameLike(p));
  const site = left.length > 0 ? left[left.length - 1]! : null;
  return site !== null && site.length <= 80 && left.length < parts.length ? site : null;
}

/** Small words a name may contain (`Ministerium für Digitalisierung und …`, `Bundesverband … e. V.`). */
const NAME_SMALL_WORDS = new Set(['für', 'und', 'der', 'die', 'das', 'des', 'dem', 'den', 'im', 'in', 'von', 'vom', 'zur', 'zum', 'am', 'an', 'auf', 'e.', 'v.', 'e.v.', 'mbh', 'de', 'online', 'digital', 'aktuell']);

/**
 * A part of `<title>` that can be a site's name: at most eight words, every lower-case word a small word of names
 * (or a brand with a capital inside).
 * A headline (`Kommunen bereiten sich auf elektronische Rechnungen vor`) has verbs and adjectives in lower case.
 */
function isNameLike(part: string): boolean {
  const words = part.split(' ');
  // A brand may start in lower case when a capital follows (`eKommune`).
  return words.length <= 8 && words.every((w) => !/^\p{Ll}/u.test(w) || /\p{Lu}/u.test(w) || NAME_SMALL_WORDS.has(w.toLowerCase()));
}

/**
 * The publication date the page's metadata states (`article:published_time` and the like, JSON-LD). The `<meta>`
 * elements of the `<head>` only: one in the body is microdata of whatever item holds it, as often a teaser in a
 * list (TYPO3's `<time …><meta itemprop="datePublished" content="2025-03-14"></time>` under `Weitere Meldungen`).
 */
function publishedDate(html: string): string | null {
  const body = BODY_START.exec(html);
  const meta = PUBLISHED_META.exec(body === null ? html : html.slice(0, body.index));
  return isoPrefix(meta ? CONTENT_ATTR.exec(meta[0])?.[1] : undefined) ?? isoPrefix(PUBLISHED_JSON.exec(html)?.[1]);
}

const PUBLISHED_TEXT = /(?:Veröffentlicht|Erschienen|Erstellt|Publiziert)(?:\s+am)?\s?:?\s*(\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}+\.?)\s?\d{4})/u;

/** See HtmlPage.dateNear. Looks only in the article's element (from its start, or the headline's without one),
 * 3,000 characters of it. */
function dateNear(html: string, start: number, end: number): string | null {
  const after = html.slice(start, Math.min(end, start + 3000));
  const marked = PUBLISHED_TIME.exec(after);
  const stated = PUBLISHED_TEXT.exec(textOf(after.replace(/<\/?footer\b[^>]*>/gi, '<div>')));
  return isoPrefix(marked ? CONTENT_ATTR.exec(marked[0])?.[1] : undefined)
    ?? (stated ? parseGermanDate(stated[1]!.replace(/\s+/g, ' ')) : null)
    ?? isoPrefix(TIME_NEAR.exec(after)?.[1]);
}

/**
 * A date marked as the publication's just before the article's element or headline, where some CMS put a page's
 * meta line (TYPO3 news: `Pressemitteilung Nr. 014/2021` and `<time itemprop="datePublished">` above the `<h1>`;
 * the Government Site Builder: `Pressemitteilung Nr. 09/2024 vom 17.04.2024`): the nearest one, within
 * `BEFORE_WINDOW` characters. Only these two explicit forms: a bare date above a headline is as often a sidebar's.
 */
function dateJustBefore(html: string, at: number): string | null {
  const before = html.slice(Math.max(0, at - BEFORE_WINDOW), at);
  let marked: string | undefined;
  for (const m of before.matchAll(PUBLISHED_TIME_ALL)) marked = CONTENT_ATTR.exec(m[0])?.[1];
  const fromMarkup = isoPrefix(marked);
  if (fromMarkup !== null) return fromMarkup;
  let stated: string | undefined;
  for (const m of textOf(before).matchAll(RELEASE_OF)) stated = m[1];
  return stated === undefined ? null : parseGermanDate(stated);
}

const BEFORE_WINDOW = 800;
const PUBLISHED_TIME_ALL = new RegExp(PUBLISHED_TIME.source, 'gi');
/** `Pressemitteilung Nr. 09/2024 vom 17.04.2024`: a release's own day. */
const RELEASE_OF = /(?:Pressemitteilung|Pressemeldung|Presseinformation)(?: Nr\.\s?[\d/-]+)?\s+vom\s+(\d{1,2}\.\d{1,2}\.\d{4})/g;

/** `2023-03-14…` → `2023-03-14` when it is a real day, else null. */
function isoPrefix(v: string | undefined): string | null {
  const day = v === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
  return day ? isoDay(Number(day[1]), Number(day[2]), Number(day[3])) : null;
}

const TIME_NEAR = /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']/i;
