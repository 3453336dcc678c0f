/**
 * The per-word facts the tokenizer attaches (memoised, with a shortcut for plain lower-case words) must say what
 * the rules themselves say: every fact is checked against the function it caches, on real and arbitrary words.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordInfo } from '../../../src/corpus/extract/wordInfo.ts';
import { isRoleWord } from '../../../src/corpus/extract/roles.ts';
import { institutionHead } from '../../../src/corpus/extract/institutionWords.ts';
import { isFirstName } from '../../../src/corpus/extract/firstNames.ts';
import { tokenize } from '../../../src/corpus/extract/tokens.ts';
import { readSeed } from './fixtures.ts';

const LEGAL = /^(?:gGmbH|GmbH|mbH|eG|AöR|KöR|AG|KG|SE|KGaA|e\.V)$/u;

function agrees(s: string): void {
  const info = wordInfo(s);
  expect(info.role, s).toBe(isRoleWord(s));
  expect(info.firstName, s).toBe(isFirstName(s));
  expect(info.legal, s).toBe(LEGAL.test(s));
  expect(info.gluedLegal, s).toBe(/-(?:GmbH|gGmbH|AG|eG)$/u.test(s));
  // Heads are only asked of capitalised words; there the fact must be exact.
  if (/^\p{Lu}/u.test(s)) expect(info.head, s).toBe(institutionHead(s));
  if (info.personName || info.orgName) expect(/^\p{Lu}/u.test(s), s).toBe(true);
}

describe('wordInfo', () => {
  it('agrees with the rules on every word of the seeds and on tricky forms', () => {
    const words = new Set(['eG', 'e.V', 'gGmbH', 'mbH', 'iT-Geschäftsführer', 'regio', 'x-GmbH', 'Verkehrs-GmbH', 'amt', 'Amt',
      'LANDESAMT', 'Ämter', 'ministerin', 'Ministerin', 'Ministerien', 'CIO', 'Hans-Henning', 'über', 'ßamt', '2-Leiter']);
    for (const f of ['000_89bbb2d4f43df416.txt', '002_7c26aae1279bb77d.txt', '004_ac2f4d37a3170e1a.txt']) {
      for (const d of readSeed(f)) for (const t of tokenize(d.text)) words.add(t.s);
    }
    for (const w of words) agrees(w);
  });

  it('agrees with the rules on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 14 }), (s) => agrees(s)), { numRuns: 500 });
  });
});
