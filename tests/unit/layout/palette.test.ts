import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CATEGORICAL, OTHER_COLOR, colorsByKey, colorsByRank, contrast, textOn } from '../../../src/layout/palette.ts';

describe('colorsByKey', () => {
  it('gives distinct colours while there are no more keys than colours', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: CATEGORICAL.length }), (keys) => {
      const m = colorsByKey(keys);
      expect(new Set(m.values()).size).toBe(keys.length);
    }));
  });
  it('does not depend on the order of the keys', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 10 }), (keys) => {
      const a = colorsByKey(keys);
      const b = colorsByKey([...keys].reverse());
      for (const k of keys) expect(a.get(k)).toBe(b.get(k));
    }));
  });
  it('keeps a topic colour when another topic is hidden or added without collision', () => {
    const base = ['souveraenitaet', 'ozg', 'cloud'];
    const a = colorsByKey(base);
    const b = colorsByKey([...base, 'fachkraefte']);
    const unchanged = base.filter((k) => a.get(k) === b.get(k));
    expect(unchanged.length).toBeGreaterThanOrEqual(2);
    expect(colorsByKey(['ozg', 'cloud']).get('ozg')).toBe(a.get('ozg'));
  });
  it('keeps the weak last colour for the seventh key and grey beyond', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect([...colorsByKey(six).values()]).not.toContain(CATEGORICAL[CATEGORICAL.length - 1]);
    const nine = colorsByKey([...six, 'g', 'h', 'i']);
    expect([...nine.values()].filter((c) => c === OTHER_COLOR).length).toBe(2);
  });
});

describe('colorsByRank and contrast', () => {
  it('assigns in order and lumps the rest', () => {
    const m = colorsByRank(['x', 'y', 'z'], ['#111111', '#222222']);
    expect([...m.values()]).toEqual(['#111111', '#222222', OTHER_COLOR]);
  });
  it.each([
    ['#ffffff', '#000000', 21],
    ['#595959', '#ffffff', 7],
  ])('contrast(%s, %s) ≈ %d', (a, b, want) => {
    expect(contrast(a, b)).toBeCloseTo(want, 0);
  });
  // Okabe–Ito trades some contrast for distinguishability: orange and sky blue are near 2.2:1 on white, so every
  // mark is mirrored by legend text, tooltip and table (WCAG 1.4.11 allows that); none may fall below 2:1.
  it.each(CATEGORICAL.map((c) => [c]))('%s stays above 2:1 on white and 3:1 on a dark background', (c) => {
    expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(2);
    expect(contrast(c, '#16181c')).toBeGreaterThanOrEqual(3);
  });
  it.each([['#08306b', '#ffffff'], ['#deebf7', '#000000']])('text on %s is %s', (bg, fg) => {
    expect(textOn(bg)).toBe(fg);
  });
});
