/**
 * Lines that are page furniture for the purpose of organisation mentions: short lines without sentence
 * punctuation (`ekom21`, `procilon GmbH`, `04425 Taucha bei Leipzig`, a lone heading). A real mention sits in a
 * sentence; an advert or a heading naming a company is not a co-mention.
 */

/** Minimum number of words for a line without sentence punctuation to count as running text. */
const MIN_WORDS = 6;

/** A predicate telling whether an offset of `text` lies on a furniture line. Built once per text, O(lines). */
export function furnitureLines(text: string): (offset: number) => boolean {
  const starts: number[] = [];
  const furniture: boolean[] = [];
  let from = 0;
  while (from <= text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const line = text.slice(from, end).trim();
    const words = line.length === 0 ? 0 : line.split(/\s+/).length;
    starts.push(from);
    furniture.push(words < MIN_WORDS && !/[.!?“”"«»]$/u.test(line));
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
