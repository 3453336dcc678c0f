/**
 * With tokens, the lexicon regex runs only at word starts whose first characters begin some form (`starts`, then
 * the literal `prefixes`). The hits must be exactly those of the regex scanned over the whole text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchLexicon, ORG_LEXICON } from '../../../src/corpus/extract/orgLexicon.ts';
import { tokenize } from '../../../src/corpus/extract/tokens.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSeed } from './fixtures.ts';

const forms = ORG_LEXICON.flatMap((e) => e.forms);
const same = (text: string): void => {
  expect(matchLexicon(text, tokenize(text))).toEqual(matchLexicon(text));
};

describe('lexicon at word starts', () => {
  it('finds what the full scan finds on the seeds', () => {
    for (const file of readdirSync(join(import.meta.dirname, '../../../seeds'))) for (const d of readSeed(file)) same(d.text);
  });

  it('near misses and declined forms', () => {
    same('Die Kommunen und die Kommunale Gemeinschaftsstelle, der Kommunalen Gemeinschaftsstelle für Verwaltungsmanagement.');
    same('Verwaltung, Vitako-Mitglieder, Nicht-Vitako, ProVitako, des Dachverbands Kommunaler IT-Dienstleister, KGSt.');
  });

  it('agrees on arbitrary texts made of forms, their pieces and separators', () => {
    const pieces = [...forms, ...forms.map((f) => f.slice(0, 5)), ...forms.map((f) => f.split(' ')[0]!), 'Kommunen', 'Kommunale', 'Kommunaler',
      'en', 'es', 's', 'n', '-', '.', ' ', ',', '\n\n', 'Nicht-', 'x', 'ä'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(fc.property(text, same), { numRuns: 2000 });
  });
});
