/**
 * `foldGerman` folds in one pass with a per-character table; the six-step definition (lower case, ß, NFD, accents,
 * ae/oe/ue) is the reference it must equal on every string: German text, accents written precomposed or
 * combining, transliterations, typographic punctuation, and characters outside the table.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldGerman } from '../../../src/corpus/text/fold.ts';
import { readSeed } from './fixtures.ts';

function reference(s: string): string {
  return s.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

const PIECES = ['a', 'e', 'o', 'u', 'A', 'E', 'O', 'U', 'ä', 'Ä', 'é', 'É', 'è', 'ö', 'ü', 'Ü', 'ß', 'ẞ', 'ǅ', 'İ', 'Σ', 'ς',
  '\u0301', '\u0308', '\u0323', '\u0483', '\u05b0', 'æ', 'œ', 'ø', 'ł', 'ĳ', 'ﬁ', '„', '“', '–', '…', '€', '\u2000', '\u00a0',
  'Straße', 'Souveränität', 'Quelle', 'aee', 'oue', ' ', '\n', 'ц', '中', '😀', '\ud835'];

describe('foldGerman', () => {
  it('equals the definition on the seeds', () => {
    for (const f of ['000_89bbb2d4f43df416.txt', '002_7c26aae1279bb77d.txt', '004_ac2f4d37a3170e1a.txt']) {
      for (const d of readSeed(f)) expect(foldGerman(`${d.title}\n${d.text}`)).toBe(reference(`${d.title}\n${d.text}`));
    }
  });

  it('equals the definition on arbitrary strings', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => { expect(foldGerman(t)).toBe(reference(t)); }), { numRuns: 5000 });
  });

  it('equals the definition on every character up to U+2FFF, after a, o and u', () => {
    for (let c = 0; c < 0x3000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}e`, `${ch}e`, `u${ch}`, `ä${ch}e`, `ae${ch}e`, `o${ch}\u0301e`, `${ch}${ch}e`]) expect(foldGerman(s), `U+${c.toString(16)}`).toBe(reference(s));
    }
  });
});
