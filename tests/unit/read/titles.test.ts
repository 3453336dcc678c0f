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

/** The rule written plainly: candidate split points tried one by one, the title word measured with regexes. */
function reference(line: string, page: string): KickedTitle {
  const elsewhere = page.replace(line, '');
  const letter = (ch: string) => isLower(ch) || isUpper(ch);
  const digit = (ch: string) => /^[0-9]$/.test(ch);
  const words = line.split(' ');
  let start = 0;
  for (const token of words.slice(0, 6)) {
    if (start + token.length > 60) break;
    for (let k = 2; k < token.length - 1; k++) {
      const a = token.charAt(k - 1);
      const chars = [...token.slice(k)].flatMap((cp) => (cp.length === 2 ? [cp[0]!, cp[1]!] : [cp]));
      let word = 0;
      if (isUpper(chars[0]!) && isLower(chars[1] ?? '') && (letter(a) || digit(a))) {
        word = 2;
        while (isLower(chars[word] ?? '')) word++;
      } else if (isUpper(chars[0]!) && !isLower(chars[1] ?? '') && (isLower(a) || digit(a)) && k >= 3) {
        let n = 1;
        while (isUpper(chars[n] ?? '')) n++;
        word = n <= 5 && chars[n] === '-' ? n : 0;
      }
      if (word === 0) continue;
      if (chars[word] === '-') while (chars[word] === '-' || letter(chars[word] ?? '')) word++;
      if (WORD_BOUNDED(token).test(elsewhere)) break;
      if (word >= 5 || WORD_BOUNDED(token.slice(0, k)).test(elsewhere)) return { kicker: line.slice(0, start + k), title: line.slice(start + k) };
    }
    start += token.length + 1;
  }
  return { kicker: null, title: line };
}

describe('splitGluedKicker', () => {
  it('splits a kicker the page names elsewhere, keeps CamelCase names', () => {
    expect(splitGluedKicker('VitakoFundament der Verwaltung', 'VitakoFundament der Verwaltung\nDie Vitako tagte.')).toEqual({ kicker: 'Vitako', title: 'Fundament der Verwaltung' });
    expect(splitGluedKicker('GovTech Campus', 'GovTech Campus\nGov ist kurz.\nGovTech wächst.')).toEqual({ kicker: null, title: 'GovTech Campus' });
    expect(splitGluedKicker('GovTech Campus eröffnet', 'GovTech Campus eröffnet\nDer Campus öffnet.')).toEqual({ kicker: null, title: 'GovTech Campus eröffnet' });
    expect(splitGluedKicker('EfA-Leistungen: Warum es stockt', 'EfA-Leistungen: Warum es stockt\nDie Nachnutzung stockt.').kicker).toBeNull();
  });

  it('splits a kicker of several words, an acronym or a name with digits when the title starts with a long word', () => {
    const page = (l: string) => `${l}\nSeit Februar arbeitet die Bauaufsicht digital.`;
    for (const [line, kicker] of [
      ['Landkreis ObertalDigitale Bauakte im Echtbetrieb', 'Landkreis Obertal'],
      ['DStGBMindeststandards für Kommunen', 'DStGB'],
      ['ekom21Digitale Souveränität stärken', 'ekom21'],
      ['MünsterZwischenfazit zum OZG', 'Münster'],
      ['DataportOZG-Umsetzung nimmt Fahrt auf', 'Dataport'],
      ['KGStSchul-IT aus einer Hand', 'KGSt'],
      ['ITZBundZwischenfazit zum OZG', 'ITZBund'],
      ['WeißenfelsDaten für die Stadtentwicklung', 'Weißenfels'],
    ]) expect(splitGluedKicker(line!, page(line!)).kicker, line).toBe(kicker);
  });

  it('agrees with the regex definition on arbitrary pages', () => {
    const pieces = ['Vitako', 'Fundament', 'Gov', 'Tech', 'OZG-', 'E-', 'KGSt', 'Daten', 'Äpfel', 'Über', 'ß', 'é', '1', '-', '.', ' ', '\n', '„', '😀', '\ud835\udc00', '\ud835', 'x', 'A', 'b'];
    const words = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    fc.assert(fc.property(words, fc.array(words, { maxLength: 12 }), (line, rest) => {
      const page = [line, ...rest].join(' ');
      expect(splitGluedKicker(line, page)).toEqual(reference(line, page));
    }), { numRuns: 3000 });
  });
});
