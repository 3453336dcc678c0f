import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from '../../../src/i18n/format.ts';

// formatNumber groups whole numbers by hand (no Intl cost while the dashboard loads); it must say exactly what
// Intl.NumberFormat says for de-DE and en-GB.
describe('formatNumber', () => {
  const intl = { de: new Intl.NumberFormat('de-DE'), en: new Intl.NumberFormat('en-GB') };
  it('formats German and English thousands', () => {
    expect(formatNumber(1234, 'de')).toBe('1.234');
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(0, 'de')).toBe('0');
    expect(formatNumber(-1234567, 'de')).toBe('-1.234.567');
  });
  it('matches Intl.NumberFormat for integers, fractions and edge values', () => {
    const edge = [0, -0, 1, 999, 1000, 9999, 10000, 99999, 100000, 123456789, -5, -1000, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 60, 0.5, 1234.5678, NaN, Infinity];
    for (const n of edge) for (const lang of ['de', 'en'] as const) expect(formatNumber(n, lang), `${n} ${lang}`).toBe(intl[lang].format(n));
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('de' as const, 'en' as const), (n, lang) => formatNumber(n, lang) === intl[lang].format(n)));
  });
});
