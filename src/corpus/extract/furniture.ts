/**
 * Lines that are page furniture for the purpose of organisation mentions: short lines without sentence
 * punctuation (`ekom21`, `procilon GmbH`, `04425 Taucha bei Leipzig`, a lone heading). A real mention sits in a
 * sentence; an advert or a heading naming a company is not a co-mention.
 */

/** Minimum number of words for a line without sentence punctuation to count as running text. */
const MIN_WORDS = 6;

/** Sentence-closing marks: a line ending in one of them is running text. */
const CLOSERS = new Set(['.', '!', '?', '“', '”', '"', '«', '»']);
const SPACE_RE = /\s/u;

/**
 * Whether text[from, end) is furniture: fewer than {@link MIN_WORDS} words and no closing mark at its end.
 * Counted in place (no slice, trim or split per line: this runs on every line of every document).
 */
function isFurnitureLine(text: string, from: number, end: number): boolean {
  let last = end - 1;
  while (last >= from && isSpace(text.charCodeAt(last))) last--;
  if (last >= from && CLOSERS.has(text[last]!)) return false;
  let words = 0;
  let inWord = false;
  for (let i = from; i <= last; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words >= MIN_WORDS) return false;
    inWord = !space;
  }
  return true;
}

/** `\s` of a Unicode regex, by code unit (ASCII decided inline, the rest by the regex). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_RE.test(String.fromCharCode(c));
}

/** A predicate telling whether an offset of `text` lies on a furniture line. Built once per text, O(lines). */
export function furnitureLines(text: string): (offset: number) => boolean {
  const starts: number[] = [];
  const furniture: boolean[] = [];
  let from = 0;
  while (from <= text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    starts.push(from);
    furniture.push(isFurnitureLine(text, from, end));
    from = end + 1;
  }
  return (offset: number): boolean => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return furniture[lo] ?? false;
  };
}
