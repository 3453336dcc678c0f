/**
 * Extraction never throws and its spans are always valid, on arbitrary strings; page furniture (vendor adverts)
 * never becomes an organisation of any document the real reader makes of the seeds.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../../src/corpus/extract/extractDocument.ts';
import type { CorpusDocument } from '../../../src/corpus/types.ts';
import { readSeed } from './fixtures.ts';

const doc = (text: string, title = ''): CorpusDocument => ({
  id: 'p', file: 'p.txt', kind: 'article', title, date: null, dateSource: null, source: null, keywords: [], text,
  organisations: [], people: [], topics: [],
});

// German-ish fragments so the generator reaches the interesting code paths, not only random noise.
const piece = fc.constantFrom('„', '“', '”', '"', '»', '«', '(', ')', ',', '.', ':', '-', ' ', '\n', '\n\n', 'Dr.', 'Prof.',
  'sagte', 'so', 'laut', 'er', 'sie', 'sei', 'Geschäftsführerin', 'Landrat', 'GmbH', 'e.V.', 'eG', 'Vitako', 'KGSt',
  'Zweckverband', 'Ministerium für', 'Hochschule', 'Deutschen Landkreistag', 'Dieter', 'Rehfeld', 'Anna', 'Müller', '(ABC)',
  'Frau', 'und', 'des', 'der', 'Verband', 'regio iT-', 'Kommune', 'Interview', '?');
const germanish = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 80 }).map((a) => a.join(' '));

describe('robustness', () => {
  it('never throws; every mention lies within the text and refers to something extracted', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), germanish), fc.string(), (text, title) => {
      const d = extractDocument(doc(text, title));
      for (const m of d.mentions ?? []) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.start).toBeLessThanOrEqual(m.end);
      }
      expect(new Set(d.organisations).size).toBe(d.organisations.length);
    }), { numRuns: 400 });
  });

  it('no vendor or furniture name becomes an organisation (real reader output, all seeds)', () => {
    const seeds = readdirSync(join(import.meta.dirname, '../../../seeds'));
    const banned = /procilon|lorenz|somacos|aida orga|kommune21/i;
    for (const f of seeds) {
      for (const d of readSeed(f).map((d) => extractDocument(d))) {
        for (const o of d.organisations) expect(o, `${d.id}: ${o}`).not.toMatch(banned);
      }
    }
    const a004 = readSeed('004_ac2f4d37a3170e1a.txt').map((d) => extractDocument(d)).find((d) => d.kind === 'article')!;
    expect(a004.organisations).not.toContain('ekom21');
  });
});
