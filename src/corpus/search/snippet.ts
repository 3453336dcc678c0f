/**
 * Plain-text snippets around the best match, with highlight offsets into the snippet.
 *
 * Matching happens on folded words (the index's terms), but offsets always come from the original text: each word
 * is folded on its own and, when it matches, its *original* span is highlighted. Folding changes lengths
 * (`ß` → `ss`, `ä` → `a`, `ae` → `a`), so offsets computed on folded text would drift on umlaut text; word-level
 * mapping cannot.
 */
import { foldGerman } from '../text/fold.ts';
import { forEachWordSpan } from './tokenize.ts';

/** A snippet and its `[start, end)` highlight offsets (UTF-16) into `snippet`. */
export interface Snippet {
  snippet: string;
  highlights: [number, number][];
}

/** Default snippet length in characters (before the ellipses). */
export const SNIPPET_LENGTH = 200;
/** Characters of context shown before the first match of the window. */
const LEAD_IN = 40;
const ELLIPSIS = '…';
/** Longest text scanned for matches: enough for any article, bounded for pathological inputs. */
const MAX_SCAN = 200_000;

/**
 * Folded forms of recently seen words. Snippets for a page of 100 hits fold ~50,000 words, most of them repeats;
 * folding (lowercase, NFD, four replaces) dominated the cost of a page with a query. Bounded, then dropped whole.
 */
const foldCache = new Map<string, string>();
function foldWord(w: string): string {
  let f = foldCache.get(w);
  if (f === undefined) {
    if (foldCache.size >= 50_000) foldCache.clear();
    f = foldGerman(w);
    foldCache.set(w, f);
  }
  return f;
}

/** Original spans `[start, end)` of every word of `text` whose folded form is in `terms`, in text order. */
export function matchSpans(text: string, terms: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  if (terms.size === 0) return out;
  const scan = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const initials = asciiInitials(terms);
  let coveredTo = -1;
  forEachWordSpan(scan, (start, end) => {
    // A compound's parts follow the compound; when the whole matched, its parts are inside that highlight already.
    if (start < coveredTo) return;
    // A word starting with an ASCII letter or digit folds to a word starting with that character in lower case
    // (folding lower-cases, and its replacements keep the first letter), so most words are rejected here, before
    // being sliced and folded: a page of hits scans ≈ 50,000 words.
    const c = scan.charCodeAt(start);
    if (c < 128 && !initials[c >= 65 && c <= 90 ? c + 32 : c]) return;
    if (terms.has(foldWord(scan.slice(start, end)))) {
      out.push([start, end]);
      coveredTo = end;
    }
  });
  return out;
}

/** 1 for each ASCII code unit some term starts with. */
function asciiInitials(terms: ReadonlySet<string>): Uint8Array {
  const out = new Uint8Array(128);
  for (const t of terms) {
    const c = t.charCodeAt(0);
    if (c < 128) out[c] = 1;
  }
  return out;
}

/**
 * A window of about `length` characters around the densest cluster of matches (most distinct terms, then most
 * matches, then earliest), whitespace collapsed, with `…` where text was cut. Without matches: the start of the text.
 */
export function makeSnippet(text: string, terms: ReadonlySet<string>, length = SNIPPET_LENGTH): Snippet {
  const spans = matchSpans(text, terms);
  let from = 0;
  if (spans.length > 0) {
    const best = bestWindowStart(text, spans, length);
    // Some context before the match, but never a window shorter than `length` because it ran off the end.
    from = Math.max(0, Math.min(best - LEAD_IN, text.length - length));
    if (from > 0) from = wordStart(text, from, best);
  }
  let to = Math.min(text.length, from + length);
  if (to < text.length && !isSpace(text.charCodeAt(to))) {
    // End at a word boundary too, unless the window is one giant word.
    let i = to;
    while (i > from + length / 2 && !isSpace(text.charCodeAt(i - 1))) i--;
    if (i > from + length / 2) to = i;
  }
  return cut(text, from, to, spans);
}

/** The start of the word at or after `pos` (a snippet should not begin mid-word), not beyond `limit`. */
function wordStart(text: string, pos: number, limit: number): number {
  if (pos < 1 || pos > text.length || isSpace(text.charCodeAt(pos - 1))) return pos;
  for (let i = pos; i < limit; i++) if (isSpace(text.charCodeAt(i))) return i + 1;
  return pos;
}

function bestWindowStart(text: string, spans: [number, number][], length: number): number {
  let bestStart = spans[0]![0];
  let bestDistinct = -1;
  let bestCount = -1;
  const limit = Math.min(spans.length, 400);
  for (let i = 0; i < limit; i++) {
    const start = spans[i]![0];
    const seen = new Set<string>();
    let count = 0;
    for (let j = i; j < spans.length && spans[j]![1] <= start + length - LEAD_IN; j++) {
      seen.add(foldWord(text.slice(spans[j]![0], spans[j]![1])));
      count++;
    }
    if (seen.size > bestDistinct || (seen.size === bestDistinct && count > bestCount)) {
      bestDistinct = seen.size;
      bestCount = count;
      bestStart = start;
    }
  }
  return bestStart;
}

/**
 * Cut `[from, to)`, collapse whitespace runs to one space, and shift the spans inside into snippet offsets.
 * Runs of non-space text are copied as slices (not character by character with a regex test each): the first
 * views build 100 snippets before this code is optimised, and that per-character work was most of their cost.
 */
function cut(text: string, from: number, to: number, spans: [number, number][]): Snippet {
  const parts: string[] = [];
  let len = 0;
  if (from > 0) (parts.push(ELLIPSIS), (len = ELLIPSIS.length));
  const map = new Int32Array(to - from + 1);
  let inSpace = false;
  let lineBreak = false;
  // Last code unit written (a separator is always followed by text, so this is the end of the text so far).
  let last = -1;
  let run = -1;
  for (let i = from; i < to; i++) {
    map[i - from] = len;
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (run >= 0) (parts.push(text.slice(run, i)), (run = -1));
      inSpace = true;
      if (c === 10) lineBreak = true;
    } else {
      if (inSpace && len > (from > 0 ? 1 : 0)) {
        const sep = lineBreak && !ENDS_SENTENCE.has(last) ? ' · ' : ' ';
        parts.push(sep);
        len += sep.length;
      }
      if (run < 0) run = i;
      map[i - from] = len;
      len++;
      last = c;
      inSpace = false;
      lineBreak = false;
    }
  }
  if (run >= 0) parts.push(text.slice(run, to));
  map[to - from] = len;
  let out = parts.join('');
  out = out.trimEnd();
  const highlights: [number, number][] = [];
  for (const [s, e] of spans) {
    if (s >= from && e <= to) highlights.push([map[s - from]!, Math.min(map[e - from]!, out.length)]);
  }
  if (to < text.length) out += ELLIPSIS;
  return { snippet: out, highlights };
}

/**
 * After a paragraph break, text that does not end a sentence (a section heading such as `Digitale Souveränität`)
 * is followed by ` · ` instead of one space, so the heading does not read as the start of the next sentence.
 */
const ENDS_SENTENCE = new Set([...'.!?:;"“”»«…)'].map((ch) => ch.charCodeAt(0)));

/** `/\s/` on one UTF-16 code unit: ECMAScript white space and line terminators. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
