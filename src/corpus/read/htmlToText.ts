/**
 * HTML → plain page text, without a DOM (so it runs in a worker and in Node). A single left-to-right scan:
 * linear time on any input, including unclosed tags and comments. The output has one paragraph per line, in the
 * same shape as the plain-text seed pages, so the same segmenter reads both.
 */
import { decodeEntities } from './entities.ts';
import { neutraliseMarkup } from './cleanText.ts';

/** Elements dropped with everything inside them: never article text, and script/style must never leak. */
const DROP = new Set([
  'script', 'style', 'nav', 'footer', 'head', 'noscript', 'template', 'iframe', 'svg', 'math', 'object',
  'canvas', 'form', 'select', 'button', 'textarea', 'title',
  // A caption belongs to its picture, not to the text (and repeats or credits it: `Foto: …`).
  'figcaption',
]);

/** Elements whose content the parser never treats as markup; their end tag is found by plain search. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'iframe', 'xmp']);

/** Elements that start a new line of text. */
const BLOCK = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'section',
  'article', 'header', 'main', 'aside', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'figure', 'figcaption', 'hr',
  'address', 'body', 'html', 'caption', 'details', 'summary', 'time',
]);

/**
 * Inline formatting: no space of its own, as a browser renders it (`(<a>wir berichteten</a>)` is
 * `(wir berichteten)`, `Open-<em>Source</em>` one word). Other inline elements (`<img>`, unknown tags) separate.
 */
const INLINE = new Set(['a', 'span', 'strong', 'em', 'b', 'i', 'u', 's', 'small', 'sup', 'sub', 'abbr', 'mark', 'cite', 'q', 'code', 'del', 'ins', 'font', 'dfn', 'kbd', 'var', 'bdi', 'bdo']);

// Each whitespace run becomes one space. A replace matches every single space of a line too, rebuilding the line
// word by word, so it runs only where a run is not already one space (a tab, a no-break space, two spaces).
const BLANKS_RE = /[ \t\f\r\u00a0]+/g;
const NOT_ONE_BLANK_RE = /[\t\f\r\u00a0]| {2}/;
const SPACES_RE = /[ \u00a0]+/g;
const NOT_ONE_SPACE_RE = /\u00a0| {2}/;
const WHITESPACE_RE = /[\s]+/g;
const NOT_ONE_WHITESPACE_RE = /[^\S ]| {2}/;
const collapseWhitespace = (t: string): string => (NOT_ONE_WHITESPACE_RE.test(t) ? t.replace(WHITESPACE_RE, ' ') : t);
const collapseBlanks = (l: string): string => (NOT_ONE_BLANK_RE.test(l) ? l.replace(BLANKS_RE, ' ') : l);
const collapseSpaces = (l: string): string => (NOT_ONE_SPACE_RE.test(l) ? l.replace(SPACES_RE, ' ') : l);

/** Cheap sniff: does this text look like an HTML document or fragment? */
export function looksLikeHtml(text: string): boolean {
  const head = text.length > 4096 ? text.slice(0, 4096) : text;
  // No `<`, no tag: a native search for one character says so faster than the regex (most plain-text pages).
  return head.includes('<') && /<(?:!doctype|html|head|body|meta|title|p|div|br|span|a|script|style|article|section|h[1-6]|ul|li|table|nav)(?:[\s/>])/i.test(head);
}

/** Index just past the `>` ending the tag that starts at `i`, honouring quoted attribute values; -1 if none. */
function tagEnd(html: string, i: number): number {
  let quote = 0;
  for (let j = i; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      // A quote only opens inside attribute syntax (after `=`), otherwise `<p don't>` would swallow the page.
      const prev = html.charCodeAt(j - 1);
      if (prev === 61 /* = */ || (prev === 32 && html.charCodeAt(j - 2) === 61)) quote = c;
    } else if (c === 62 /* > */) return j + 1;
  }
  return -1;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Read the tag name starting at `i` (lower-cased). */
function tagName(html: string, i: number): string {
  let j = i;
  while (j < html.length) {
    const c = html.charCodeAt(j);
    if (isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 58) j++;
    else break;
  }
  return html.slice(i, j).toLowerCase();
}

/**
 * Extract readable text from HTML. Block elements become line breaks, whitespace inside text collapses,
 * entities are decoded, and dropped elements (script, style, nav, footer, …) vanish with their content.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const lower = html.toLowerCase();
  let i = 0;
  let textStart = 0;
  /** While > 0 we are inside a dropped element (e.g. <nav>); counts nesting of `skipName`. */
  let skipDepth = 0;
  let skipName = '';
  /** Where the last `</a>` ended: a link opening right there is the next item of a row of links. */
  let linkClosedAt = -1;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      if (skipDepth === 0) flushText(out, html, textStart, lt);
      const close = html.indexOf('-->', lt + 4);
      i = textStart = close < 0 ? html.length : close + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      if (skipDepth === 0) flushText(out, html, textStart, lt);
      const close = html.indexOf('>', lt + 2);
      i = textStart = close < 0 ? html.length : close + 1;
      continue;
    }
    const closing = next === 47; /* / */
    const nameAt = closing ? lt + 2 : lt + 1;
    if (!isNameStart(html.charCodeAt(nameAt))) {
      // A literal `<` (e.g. `a < b`): keep it as text.
      i = lt + 1;
      continue;
    }
    if (skipDepth === 0) flushText(out, html, textStart, lt);
    const name = tagName(html, nameAt);
    const end = tagEnd(html, nameAt);
    if (end < 0) {
      // Unterminated tag: nothing after it can be trusted as text.
      i = textStart = html.length;
      break;
    }
    i = textStart = end;
    if (skipDepth > 0) {
      if (name === skipName) skipDepth += closing ? -1 : html.charCodeAt(end - 2) === 47 ? 0 : 1;
      if (skipDepth === 0) out.push('\n');
      continue;
    }
    if (!closing && RAW_TEXT.has(name)) {
      // Raw text ends at the first `</name`, whatever it contains; unclosed means the rest of the file.
      const close = lower.indexOf(`</${name}`, end);
      if (close < 0) {
        i = textStart = html.length;
        break;
      }
      const after = tagEnd(html, close + 2);
      i = textStart = after < 0 ? html.length : after;
      if (!DROP.has(name)) out.push(html.slice(end, close));
      // A space, not a break: an inline <script> inside a paragraph must not split it.
      out.push(' ');
      continue;
    }
    if (!closing && DROP.has(name)) {
      if (html.charCodeAt(end - 2) === 47) continue; // self-closing: nothing inside
      skipDepth = 1;
      skipName = name;
      continue;
    }
    if (BLOCK.has(name)) out.push(name === 'br' ? '\n' : '\n\n');
    else if (!INLINE.has(name)) out.push(' ');
    else if (name === 'a') {
      // `<a>Home</a><a>Über uns</a>`: links side by side are items a browser shows apart (their own margins), not
      // one word; inside a word a link ends where text follows, not another link.
      if (closing) linkClosedAt = end;
      else if (lt === linkClosedAt) out.push(' ');
    }
  }
  if (skipDepth === 0) flushText(out, html, textStart, html.length);
  return tidy(out.join(''));
}

/**
 * The text from `start` to `end` (a run between tags), whitespace collapsed: source line breaks are just spaces in
 * HTML; only block elements make lines. A module function, not a closure over the scanner's state: the closure
 * kept `textStart` and `skipDepth` in a heap context, read and written there on every tag.
 */
function flushText(out: string[], html: string, start: number, end: number): void {
  if (end > start) out.push(collapseWhitespace(html.slice(start, end)));
}

/** Collapse whitespace inside lines, decode entities, neutralise decoded `<tag`, trim lines, and keep at most one blank line in a row. */
function tidy(raw: string): string {
  const lines = raw.split('\n');
  const kept: string[] = [];
  let blank = 0;
  for (const l of lines) {
    // Entities decode after tags are gone, so `&lt;script&gt;` is text; neutralised so it can never be markup.
    const line = neutraliseMarkup(collapseSpaces(decodeEntities(collapseBlanks(l))).trim());
    if (line === '') {
      blank++;
      continue;
    }
    if (blank > 0 && kept.length > 0) kept.push('');
    blank = 0;
    kept.push(line);
  }
  return kept.join('\n');
}
