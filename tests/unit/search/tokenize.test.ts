import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forEachWord, forEachWordSpan, tokenize, wordSpans } from '../../../src/corpus/search/tokenize.ts';

/** The word definition as a Unicode regex: the reference the hand-written scanner must agree with. */
const REFERENCE = /[\p{L}\p{N}]+(?:(?:[-\u2010\u2011]|\.(?=\p{N}))[\p{L}\p{N}]+)*/gu;

describe('tokenize', () => {
  it.each([
    ['Die OZG-Umsetzung läuft.', ['Die', 'OZG-Umsetzung', 'OZG', 'Umsetzung', 'läuft']],
    ['Straße, Größe; Ärger!', ['Straße', 'Größe', 'Ärger']],
    ['E-Government 2.0 und 4.0.', ['E-Government', 'E', 'Government', '2.0', 'und', '4.0']],
    ['„Zitat“ – sagt er…', ['Zitat', 'sagt', 'er']],
    ['Bund-/Länder-Ebene', ['Bund', 'Länder-Ebene', 'Länder', 'Ebene']],
    ['Ende-', ['Ende']],
  ])('%j', (text, expected) => expect(tokenize(text)).toEqual(expected));

  it('agrees with the Unicode regex definition on BMP text', () => {
    const chars = fc.constantFrom(...'aZß ÄöüÉ-‐.,;:0 9„“–…\n\u00a0ñçøł×·'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        const whole = [...text.matchAll(REFERENCE)].map((m) => [m.index, m.index + m[0].length]);
        const mine = wordSpans(text).filter((w) => !whole.some(([s, e]) => w.start >= s! && w.end <= e! && (w.start > s! || w.end < e!)));
        expect(mine.map((w) => [w.start, w.end])).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });
});

describe('forEachWord', () => {
  it('passes exactly the spans of wordSpans, in order', () => {
    const chars = fc.constantFrom(...'aZß ÄöüÉ-‐.,;:0 9„“–…\n\u00a0ñçøł×·'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        const seen: { word: string; start: number; end: number }[] = [];
        forEachWord(text, (word, start, end) => seen.push({ word, start, end }));
        expect(seen).toEqual(wordSpans(text));
      }),
    );
  });
});

describe('forEachWordSpan', () => {
  it('passes exactly the offsets of wordSpans, in order', () => {
    const chars = fc.constantFrom(...'aZß ÄöüÉ-‐‑.,;:0 9„“–…\n\u00a0ñçøł×·'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        const seen: { word: string; start: number; end: number }[] = [];
        forEachWordSpan(text, (start, end) => seen.push({ word: text.slice(start, end), start, end }));
        expect(seen).toEqual(wordSpans(text));
      }),
    );
  });
});
