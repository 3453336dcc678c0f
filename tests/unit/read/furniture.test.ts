/**
 * The furniture rules run joined into a few alternations; a line must be furniture (or an end marker) exactly when
 * one of the listed rules matches it, on the seed pages' lines and on lines made of the rules' own words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { END_MARKERS, FURNITURE_LINES, isCaptionWithCredit, isEndMarker, isFurnitureLine, isIconLeftover, isMenuLine } from '../../../src/corpus/read/furniture.ts';
import { SEEDS } from './helpers.ts';

const agrees = (line: string): void => {
  expect(isEndMarker(line), line).toBe(END_MARKERS.some((r) => r.test(line)));
  expect(isFurnitureLine(line), line).toBe(FURNITURE_LINES.some((r) => r.test(line)) || isCaptionWithCredit(line) || isMenuLine(line) || isIconLeftover(line));
};

describe('furniture rules', () => {
  it('agree with the rule lists on every line of the seed pages', () => {
    for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
      for (const line of readFileSync(join(SEEDS, f), 'utf8').split('\n')) agrees(line.trim());
    }
  });

  it('agree with the rule lists on lines made of the rules\' words', () => {
    const pieces = ['Druckversion', 'Weitere Meldungen', 'Foto', 'Fotos', 'Bild', ':', ' ', '(', ')', '©', 'Teilen', 'X', 'PDF', 'drucken',
      'Kommune21, Ausgabe 3/2020', 'Ausgabe', '12', '1.204', ',', '.', 'Ähnliche Artikel', 'Suchen', '...', '…', 'Aktuelle Meldungen', 'BS/', 'a', 'Ä', '\u00a0',
      '  ', 'Von', 'Anzeige', 'Lesen Sie auch', 'Pressekontakt', 'in', '@', '(PDF, 1 MB)', '. Foto: X', 'Über den'];
    const line = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 2 })), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(fc.property(line, (l) => { agrees(l); }), { numRuns: 3000 });
  });
});
