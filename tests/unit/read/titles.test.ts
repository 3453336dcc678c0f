/**
 * `splitGluedKicker` checks "occurs as a word elsewhere on the page" with `indexOf` and code-point boundaries; the
 * Unicode regexes it used before are the reference, on glued titles with pages that do and do not repeat the
 * prefix, next to umlauts, digits, punctuation and surrogate pairs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitGluedKicker, type KickedTitle } from '../../../src/corpus/read/titles.ts';

const WORD_BOUNDED = (w: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
const isLower = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

function reference(line: string, page: string): KickedTitle {
  const space = line.indexOf(' ');
  const token = space < 0 ? line : line.slice(0, space);
  if (token.length > 60) return { kicker: null, title: line };
  let elsewhere: string | null = null;
  for (let k = 2; k < token.length - 1; k++) {
    if (!(isLower(token.charAt(k - 1)) && isUpper(token.charAt(k)) && isLower(token.charAt(k + 1)))) continue;
    const prefix = token.slice(0, k);
    if (!isUpper(prefix.charAt(0))) continue;
    elsewhere ??= page.replace(line, '');
    if (WORD_BOUNDED(prefix).test(elsewhere) && !WORD_BOUNDED(token).test(elsewhere)) return { kicker: prefix, title: line.slice(k) };
  }
  return { kicker: null, title: line };
}

describe('splitGluedKicker', () => {
  it('splits a kicker the page names elsewhere, keeps CamelCase names', () => {
    expect(splitGluedKicker('VitakoFundament der Verwaltung', 'VitakoFundament der Verwaltung\nDie Vitako tagte.')).toEqual({ kicker: 'Vitako', title: 'Fundament der Verwaltung' });
    expect(splitGluedKicker('GovTech Campus', 'GovTech Campus\nGov ist kurz.\nGovTech wächst.')).toEqual({ kicker: null, title: 'GovTech Campus' });
  });

  it('agrees with the regex definition on arbitrary pages', () => {
    const pieces = ['Vitako', 'Fundament', 'Gov', 'Tech', 'Äpfel', 'Über', 'ß', 'é', '1', '-', '.', ' ', '\n', '„', '😀', '\ud835\udc00', '\ud835', 'x', 'A', 'b'];
    const words = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    fc.assert(fc.property(words, fc.array(words, { maxLength: 12 }), (line, rest) => {
      const page = [line, ...rest].join(' ');
      expect(splitGluedKicker(line, page)).toEqual(reference(line, page));
    }), { numRuns: 3000 });
  });
});
