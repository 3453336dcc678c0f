/**
 * A teaser's findings are remembered by its text (extractDocument.ts, `teaserFindings`): a teaser met again must
 * come out as it would afresh, with its own title's organisations, and share nothing mutable with its twins.
 */
import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extractDocument } from '../../../src/corpus/extract/extractDocument.ts';
import type { CorpusDocument } from '../../../src/corpus/types.ts';

const TEXT = 'Vitako-Geschäftsführerin Anna Müller sagte: „Wir brauchen mehr Tempo bei der Registermodernisierung.“ '
  + 'Auch die KGSt ist dabei.';

const teaser = (title: string, text = TEXT, kind: CorpusDocument['kind'] = 'teaser'): CorpusDocument => ({
  id: `t-${title}`, file: 'seite.html', kind, title, date: '2024-03-01', dateSource: 'stated', source: null, keywords: [], text,
  organisations: [], people: [], topics: [],
});

describe('teaser findings', () => {
  it('gives a teaser met again what an article with that text gets (findings remembered or not)', () => {
    const first = extractDocument(teaser('Tempo'));
    const again = extractDocument(teaser('Tempo'));
    // Articles are never remembered: the reference.
    const fresh = extractDocument(teaser('Tempo', TEXT, 'article'));
    expect(first.people.map((p) => p.name)).toEqual(['Anna Müller']);
    expect(first.people[0]!.quotes).toHaveLength(1);
    expect(again).toStrictEqual(first);
    expect({ ...again, kind: 'article' }).toStrictEqual(fresh);
  });

  it('takes the organisations of its own title and kicker, not those of a twin', () => {
    const plain = extractDocument(teaser('Neuigkeiten'));
    const withTitle = extractDocument({ ...teaser('Dataport und govdigital'), kicker: 'Deutscher Städtetag' });
    expect(plain.organisations).toEqual(['Vitako', 'KGSt']);
    expect(withTitle.organisations).toEqual(['Deutscher Städtetag', 'Dataport', 'govdigital', 'Vitako', 'KGSt']);
  });

  it('shares no list or object with a twin', () => {
    const a = extractDocument(teaser('A'));
    const b = extractDocument(teaser('B'));
    expect(b.people[0]).not.toBe(a.people[0]);
    expect(b.people[0]!.quotes).not.toBe(a.people[0]!.quotes);
    expect(b.mentions![0]).not.toBe(a.mentions![0]);
    a.people[0]!.quotes.push('angehängt');
    a.mentions![0]!.ref = 'geändert';
    a.organisations.push('Fremd');
    const c = extractDocument(teaser('C'));
    expect(c.people[0]!.quotes).toHaveLength(1);
    expect(c.mentions![0]!.ref).not.toBe('geändert');
    expect(c.organisations).not.toContain('Fremd');
  });

  it('keeps no page alive: what it remembers is made on a copy of the teaser', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let k = 0; k < 8; k++) {
      // A 4 MB page (two bytes per character: it has a „), a distinct teaser cut from it, the document dropped.
      const page = `${'x'.repeat(2_000_000)} ${TEXT} Seite ${k}.`;
      extractDocument(teaser(`Seite ${k}`, page.slice(2_000_001)));
    }
    gc();
    // Eight pages would be 32 MB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(8_000_000);
  });
});
