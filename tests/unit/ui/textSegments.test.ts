import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlightPairs, highlightSegments, mentionSegments } from '../../../src/ui/textSegments.ts';
import type { Mention } from '../../../src/corpus/types.ts';

describe('highlightSegments', () => {
  it('marks the given ranges and keeps the rest', () => {
    expect(highlightSegments('Die Cloud der Verwaltung', [[4, 9]])).toEqual([
      { text: 'Die ', hit: false },
      { text: 'Cloud', hit: true },
      { text: ' der Verwaltung', hit: false },
    ]);
  });

  it('merges overlapping ranges and clips ranges outside the text', () => {
    expect(highlightSegments('abcdef', [[3, 99], [1, 4], [-5, 0]])).toEqual([
      { text: 'a', hit: false },
      { text: 'bcdef', hit: true },
    ]);
  });

  it('keeps markup as plain characters', () => {
    const text = 'x <script>alert(1)</script> <img src=x onerror=alert(2)>';
    const segs = highlightSegments(text, [[2, 10]]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs[1]).toEqual({ text: '<script>', hit: true });
  });

  it('always reproduces the text exactly (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }))), (text, ranges) => {
        expect(highlightSegments(text, ranges).map((s) => s.text).join('')).toBe(text);
      }),
    );
  });
});

describe('mentionSegments', () => {
  const text = '„Wir müssen handeln“, sagte Hans-Henning Lühr von Vitako.';
  const mentions: Mention[] = [
    { start: 0, end: 20, type: 'quote', ref: 'Hans-Henning Lühr' },
    { start: 28, end: 45, type: 'person', ref: 'Hans-Henning Lühr' },
    { start: 50, end: 56, type: 'organisation', ref: 'Vitako' },
  ];

  it('cuts the text at mention boundaries', () => {
    const segs = mentionSegments(text, mentions);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.types.length).map((s) => [s.text, s.types.join('+'), s.ref])).toEqual([
      ['„Wir müssen handeln“', 'quote', null],
      ['Hans-Henning Lühr', 'person', 'Hans-Henning Lühr'],
      ['Vitako', 'organisation', 'Vitako'],
    ]);
  });

  it('gives nested mentions both types', () => {
    const segs = mentionSegments('„Vitako hilft“', [
      { start: 0, end: 14, type: 'quote', ref: null },
      { start: 1, end: 7, type: 'organisation', ref: 'Vitako' },
    ]);
    expect(segs.map((s) => [s.text, s.types.join('+')])).toEqual([
      ['„', 'quote'],
      ['Vitako', 'organisation+quote'],
      [' hilft“', 'quote'],
    ]);
  });

  it('ignores broken offsets and never loses text (property)', () => {
    const mention = fc.record({
      start: fc.integer({ min: -3, max: 40 }),
      end: fc.integer({ min: -3, max: 40 }),
      type: fc.constantFrom('organisation' as const, 'person' as const, 'quote' as const),
      ref: fc.option(fc.string({ maxLength: 5 })),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(mention, { maxLength: 6 }), (t, ms) => {
        expect(mentionSegments(t, ms).map((s) => s.text).join('')).toBe(t);
      }),
    );
  });
});

describe('highlightPairs', () => {
  it('pairs the text before each highlight with it and keeps a tail', () => {
    expect(highlightPairs('Die Cloud der Verwaltung', [[4, 9], [14, 24]])).toEqual({
      pairs: [
        { text: 'Die ', mark: 'Cloud' },
        { text: ' der ', mark: 'Verwaltung' },
      ],
      tail: '',
    });
    expect(highlightPairs('abc', [])).toEqual({ pairs: [], tail: 'abc' });
  });

  it('agrees with highlightSegments (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.integer({ min: -3, max: 40 }), fc.integer({ min: -3, max: 40 }))), (text, ranges) => {
        const { pairs, tail } = highlightPairs(text, ranges);
        expect(pairs.every((p) => p.mark.length > 0)).toBe(true);
        expect(pairs.map((p) => p.text + p.mark).join('') + tail).toBe(text);
        const marks = highlightSegments(text, ranges).filter((s) => s.hit).map((s) => s.text);
        expect(pairs.map((p) => p.mark)).toEqual(marks);
      }),
    );
  });
});
