import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  CATEGORICAL_DARK, CATEGORICAL_LIGHT, OTHER_COLOR, categoricalPalette, colorsByKey, colorsByRank, contrast, textOn,
} from '../../../src/layout/palette.ts';
import { VISIONS, distanceAs } from '../../support/colourVision.ts';

const CATEGORICAL = CATEGORICAL_LIGHT;

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
  it.each([['#08306b', '#ffffff'], ['#deebf7', '#000000']])('text on %s is %s', (bg, fg) => {
    expect(textOn(bg)).toBe(fg);
  });
});

/** `--lb-bg` (the charts' background) of the light and the forced-dark theme, read from global.css. */
function chartBackgrounds(): { light: string; dark: string } {
  const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');
  const bgIn = (selector: string) => {
    const block = css.slice(css.indexOf(selector));
    return /--lb-bg:\s*(#[0-9a-fA-F]{6})/.exec(block.slice(0, block.indexOf('}')))?.[1];
  };
  const light = bgIn(':root {');
  const dark = bgIn(":root[data-theme='dark'] {");
  if (!light || !dark) throw new Error('global.css: --lb-bg not found in the light or dark theme');
  return { light, dark };
}

describe.each([
  ['light', CATEGORICAL_LIGHT],
  ['dark', CATEGORICAL_DARK],
] as const)('the %s palette', (scheme, palette) => {
  const bg = chartBackgrounds()[scheme];
  it('is the one categoricalPalette gives for its scheme, with seven distinct colours', () => {
    expect(categoricalPalette(scheme)).toBe(palette);
    expect(new Set(palette.map((c) => c.toLowerCase())).size).toBe(7);
  });
  // WCAG 1.4.11: a thin line or a small dot is a graphical object that must be seen, 3:1 against its background.
  it.each([...palette, OTHER_COLOR].map((c) => [c]))('%s is at least 3:1 on the chart background', (c) => {
    expect(contrast(c, bg)).toBeGreaterThanOrEqual(3);
  });
  // ΔE*ab ≥ 15 for every pair, as seen with each kind of dichromacy and with normal vision (Okabe–Ito as darkened
  // for white before: 2.5 for orange and yellow under protanopia). "Other" grey must not pass for a category either.
  it.each(VISIONS.map((v) => [v]))('keeps every two colours and the "other" grey apart for %s', (vision) => {
    const all = [...palette, OTHER_COLOR];
    let closest = { d: Infinity, a: '', b: '' };
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const d = distanceAs(all[i]!, all[j]!, vision);
        if (d < closest.d) closest = { d, a: all[i]!, b: all[j]! };
      }
    }
    expect(closest.d, `${closest.a} and ${closest.b}`).toBeGreaterThanOrEqual(15);
  });
});

describe('colour-vision measure', () => {
  it('finds the old darkened Okabe–Ito orange and yellow one colour for protanopes, as measured when choosing', () => {
    expect(distanceAs('#E69F00', '#B8A200', 'protanopia')).toBeLessThan(5);
    expect(distanceAs('#E69F00', '#B8A200', 'normal')).toBeGreaterThan(20);
  });
});
