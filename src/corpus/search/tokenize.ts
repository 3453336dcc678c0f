/**
 * Word tokenising for the index, the queries and the snippets. One definition, so a highlighted word in a snippet
 * is exactly a word the index knows.
 *
 * Hyphenated compounds (`OZG-Umsetzung`, `E-Government`) are kept whole *and* split into their parts, so both
 * `OZG-Umsetzung` and `Umsetzung` find the document. Dotted abbreviations and numbers stay together (`2.0`).
 */

/** A word of the original text with its UTF-16 offsets `[start, end)`. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

const HYPHEN = /[-\u2010\u2011]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether a UTF-16 code unit is a letter or digit. ASCII and Latin-1/Latin Extended (all of German) by table, the
 * rest by `\p{L}\p{N}`. A hand-written scan runs about twice as fast as a Unicode regex with `matchAll`, and
 * snippets scan every hit's text on each page of results.
 */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c > 0x24f && /\p{N}/u.test(String.fromCharCode(c)));
}

/**
 * Call `emit(start, end)` for each word: letters and digits, joined by inner hyphens (also the typographic ones)
 * or by a dot followed by a digit (`4.0`).
 */
function scanWords(text: string, emit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordUnit(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (i + 1 < n && ((isHyphen(c) && isWordUnit(next)) || (c === 46 && isDigit(next)))) i++;
      else break;
    }
    emit(start, i);
  }
}

/**
 * Every word with its offsets; for a hyphenated compound, the whole compound first and then each part.
 * Parts carry their own offsets, which the snippet highlighter relies on.
 */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  scanWords(text, (start, end) => {
    const word = text.slice(start, end);
    out.push({ word, start, end });
    if (HYPHEN.test(word)) {
      let offset = 0;
      for (const part of word.split(HYPHEN)) {
        if (part) out.push({ word: part, start: start + offset, end: start + offset + part.length });
        offset += part.length + 1;
      }
    }
  });
  return out;
}

/**
 * The words of `wordSpans`, in the same order, passed to `fn` without building a span object per word (the snippet
 * highlighter scans every word of each listed hit).
 */
export function forEachWord(text: string, fn: (word: string, start: number, end: number) => void): void {
  scanWords(text, (start, end) => {
    const word = text.slice(start, end);
    fn(word, start, end);
    if (HYPHEN.test(word)) {
      let offset = 0;
      for (const part of word.split(HYPHEN)) {
        if (part) fn(part, start + offset, start + offset + part.length);
        offset += part.length + 1;
      }
    }
  });
}

/**
 * The offsets of `forEachWord`'s words, in the same order, without slicing them out: for callers that can reject
 * most words by their first character (the snippet highlighter) and slice only the rest.
 */
export function forEachWordSpan(text: string, fn: (start: number, end: number) => void): void {
  scanWords(text, (start, end) => {
    fn(start, end);
    let hyphen = start;
    while (hyphen < end && !isHyphen(text.charCodeAt(hyphen))) hyphen++;
    if (hyphen === end) return;
    // The parts between hyphens, as `word.split(HYPHEN)` gives them (empty ones skipped).
    let from = start;
    for (let k = start; k <= end; k++) {
      if (k < end && !isHyphen(text.charCodeAt(k))) continue;
      if (k > from) fn(from, k);
      from = k + 1;
    }
  });
}

/** MiniSearch `tokenize`: the words of `wordSpans`, compounds whole and split. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (start, end) => {
    const word = text.slice(start, end);
    out.push(word);
    if (HYPHEN.test(word)) for (const part of word.split(HYPHEN)) if (part) out.push(part);
  });
  return out;
}
