/**
 * The furniture tests skip an unanchored rule ending in `\)$` for lines that do not end in `)` (`lastCharacter`).
 * That must never change an answer: checked against each rule alone on tricky lines, and `lastCharacter` declines
 * every rule whose last character is not certain.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FURNITURE_LINES, END_MARKERS, isCaptionWithCredit, isEndMarker, isFurnitureLine, isIconLeftover, isMenuLine, lastCharacter } from '../../../src/corpus/read/furniture.ts';

describe('lastCharacter', () => {
  it('finds the escaped punctuation before `$` of plain sequences', () => {
    expect(lastCharacter([/\((?:Foto|Bild)\s?:[^()]{0,120}\)$/i])).toBe(')');
    expect(lastCharacter([/a\)$/, /b\)$/u])).toBe(')');
    expect(lastCharacter([/a\.$/])).toBe('.');
  });

  it('declines whatever it cannot be sure of', () => {
    expect(lastCharacter([/a|\)$/])).toBeNull(); // top-level alternation: `a` matches anywhere
    expect(lastCharacter([/(?:a)|b\)$/])).toBeNull();
    expect(lastCharacter([/[|]\)$/])).toBe(')'); // a `|` in a class is no alternation
    expect(lastCharacter([/\)$/m])).toBeNull(); // `$` before a line break
    expect(lastCharacter([/\)?$/])).toBeNull();
    expect(lastCharacter([/\\\)$/])).toBeNull(); // escaped backslash before: not worth parsing
    expect(lastCharacter([/a\b$/])).toBeNull();
    expect(lastCharacter([/(a)\1$/])).toBeNull();
    expect(lastCharacter([/(\))$/])).toBeNull();
    expect(lastCharacter([/a\)$/, /b\.$/])).toBeNull();
    expect(lastCharacter([/a\)$/, /b/])).toBeNull();
    expect(lastCharacter([])).toBeNull();
  });
});

describe('furniture rules as one test', () => {
  const anyRule = (rules: readonly RegExp[], line: string): boolean => rules.some((r) => new RegExp(r.source, r.flags).test(line));
  const pieces = ['(Foto: BS/Vitako)', '(Bild: x)', '(Foto:', ')', '(', ' ', '\n', 'Foto', 'Druckversion', '383', '1.204', '©', 'Teilen',
    'Suchen …', 'Aktuelle Meldungen', 'ü', '😀', 'a', '.', ':'];
  const line = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 12 }).map((a) => a.join(''));

  it('agree with the rules one by one', () => {
    for (const l of ['Ein Bild (Foto: BS/Vitako)', 'Ein Bild (Foto: BS/Vitako) ', 'Ein Bild (Foto: BS/Vitako)\n', '(Grafik: x)', '(Grafik: x', '']) {
      expect(isFurnitureLine(l), l).toBe(anyRule(FURNITURE_LINES, l) || isCaptionWithCredit(l) || isMenuLine(l) || isIconLeftover(l));
    }
    fc.assert(fc.property(line, (l) => {
      expect(isFurnitureLine(l)).toBe(anyRule(FURNITURE_LINES, l) || isCaptionWithCredit(l) || isMenuLine(l) || isIconLeftover(l));
      expect(isEndMarker(l)).toBe(anyRule(END_MARKERS, l));
    }), { numRuns: 3000 });
  });
});
