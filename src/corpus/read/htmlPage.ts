/**
 * What a saved HTML page says about its article in markup, which its text alone loses: the headline (`<h1>`), the
 * element holding the article (`<article>`, else `<main>`), a kicker marked by class (`entry-kicker`,
 * `node__overline`), the publication date (`article:published_time`, JSON-LD or microdata `datePublished`) and the
 * site's name (`og:site_name`). The reader segments only the article's element, from its kicker or headline on, so
 * the menus, cookie banners and accessibility bars before it cannot become the title or the lead.
 *
 * No DOM (this runs in a worker and in Node): a few anchored searches over the markup, each linear in its length.
 */
import { decodeEntities } from './entities.ts';
import { htmlToText } from './htmlToText.ts';
import { isoDay } from './dates.ts';
import { ARTICLE_END } from './furniture.ts';

/** An HTML page's article text and what its markup states about it. Null fields: the markup does not say. */
export interface HtmlPage {
  /** Page text of the article's element (or of the whole page when none is found), as `htmlToText` makes it. */
  text: string;
  title: string | null;
  kicker: string | null;
  /** ISO day. */
  date: string | null;
  source: string | null;
}

const H1 = /<h1\b[^>]*>/i;
const CONTAINER = /<(\/?)(article|main)\b[^>]*>/gi;
// A class token that ends in the word (`entry-kicker`, `node__overline`, `news-category`), not one that starts
// with it (`category-infrastruktur` on the <article> itself).
const KICKER_CLASS = /<(\w+)\b[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?[\w-]*(?:kicker|overline|dachzeile|topline|roofline|category)(?=["'\s])[^>]*>/gi;
const TITLE = /<title\b[^>]*>([^<]{1,400})<\/title/i;
const SITE_NAME = /<meta\b[^>]*\bproperty\s*=\s*["']og:site_name["'][^>]*>/i;
const PUBLISHED_META = /<meta\b[^>]*\b(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:article:published_time|datePublished|date|dc\.date)["'][^>]*>/i;
const PUBLISHED_JSON = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/;
const PUBLISHED_TIME = /<time\b[^>]*\bitemprop\s*=\s*["']datePublished["'][^>]*>/i;
const CONTENT_ATTR = /\b(?:content|datetime)\s*=\s*["']([^"']*)["']/i;

/** Read an HTML page: the article's element as text, and the markup's statements about the article. */
export function readHtmlPage(html: string): HtmlPage {
  const h1 = H1.exec(html);
  if (!h1) return { text: htmlToText(html), title: null, kicker: null, date: publishedDate(html, 0), source: siteName(html) };
  const [from, to] = articleElement(html, h1.index);
  const kicker = kickerBefore(html, from, h1.index);
  const start = kicker ? kicker.at : from;
  const title = textOf(html.slice(h1.index, closeOf(html, 'h1', h1.index + h1[0].length)));
  // The rest of the page follows the article's end, so teaser lists and the publisher's footer are still read;
  // the marker line ends the article's body there (furniture.ts, END_MARKERS).
  const rest = to < html.length ? `\n${ARTICLE_END}\n${htmlToText(html.slice(to))}` : '';
  return {
    text: htmlToText(html.slice(start, to)) + rest,
    title: title === '' ? null : title,
    kicker: kicker?.text ?? null,
    date: publishedDate(html, from),
    source: siteName(html) ?? siteInTitle(html, title),
  };
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
  }
  return best ?? main ?? [h1At, html.length];
}

/** A kicker marked by its class between the article's start and the headline (`<span class="entry-kicker">`). */
function kickerBefore(html: string, from: number, h1At: number): { at: number; text: string } | null {
  // Searched in the stretch before the headline only: on a page without a kicker it would run to the end.
  const before = html.slice(from, h1At);
  KICKER_CLASS.lastIndex = 0;
  for (let m = KICKER_CLASS.exec(before); m !== null; m = KICKER_CLASS.exec(before)) {
    const at = from + m.index;
    const text = textOf(html.slice(at, closeOf(html, m[1]!.toLowerCase(), at + m[0].length)));
    if (text !== '' && text.length <= 80) return { at, text: text.replace(/:$/, '').trim() };
  }
  return null;
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
const SECTION = /^(?:Pressemitteilungen|Pressemitteilung|Presse|News|Neuigkeiten|Aktuelles|Meldungen|Nachrichten|Startseite|Home|Artikel|Blog)$/i;

/**
 * The site's name from `<title>` when no `og:site_name` says it: the title's parts (`|`, ` – `, ` - `, `: `)
 * without the headline's and the section's, the last that is left (`Title | Section | Site`, `Site – Title`).
 */
function siteInTitle(html: string, headline: string): string | null {
  const raw = TITLE.exec(html)?.[1];
  if (raw === undefined) return null;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const h = norm(headline);
  const parts = decodeEntities(raw).split(/\s+[|–—-]\s+|\s*\|\s*|:\s+/).map((p) => p.replace(/\s+/g, ' ').trim());
  const left = parts.filter((p) => p !== '' && !SECTION.test(p) && (h === '' || !h.includes(norm(p))));
  const site = left.length > 0 ? left[left.length - 1]! : null;
  return site !== null && site.length <= 80 && left.length < parts.length ? site : null;
}

/** The publication date the markup states (meta, JSON-LD, or a `<time itemprop="datePublished">` in the article). */
function publishedDate(html: string, articleStart: number): string | null {
  const meta = PUBLISHED_META.exec(html);
  const fromMeta = meta ? CONTENT_ATTR.exec(meta[0])?.[1] : undefined;
  const json = PUBLISHED_JSON.exec(html)?.[1];
  PUBLISHED_TIME.lastIndex = 0;
  const time = PUBLISHED_TIME.exec(html.slice(articleStart));
  const fromTime = time ? CONTENT_ATTR.exec(time[0])?.[1] : undefined;
  for (const v of [fromMeta, json, fromTime]) {
    const day = v === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
    const iso = day ? isoDay(Number(day[1]), Number(day[2]), Number(day[3])) : null;
    if (iso !== null) return iso;
  }
  return null;
}
