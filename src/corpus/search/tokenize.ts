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

// Letters and digits, joined by inner hyphens (also the typographic ones) or by a dot between digits (`4.0`).
const WORD = /[\p{L}\p{N}]+(?:(?:[-\u2010\u2011]|\.(?=\p{N}))[\p{L}\p{N}]+)*/gu;
const HYPHEN = /[-\u2010\u2011]/;

/**
 * Every word with its offsets; for a hyphenated compound, the whole compound first and then each part.
 * Parts carry their own offsets, which the snippet highlighter relies on.
 */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const word = m[0];
    out.push({ word, start, end: start + word.length });
    if (HYPHEN.test(word)) {
      let offset = 0;
      for (const part of word.split(HYPHEN)) {
        if (part) out.push({ word: part, start: start + offset, end: start + offset + part.length });
        offset += part.length + 1;
      }
    }
  }
  return out;
}

/** MiniSearch `tokenize`: the words of `wordSpans`, compounds whole and split. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    out.push(word);
    if (HYPHEN.test(word)) for (const part of word.split(HYPHEN)) if (part) out.push(part);
  }
  return out;
}
