import { describe, expect, it } from 'vitest';
import { uniqueIds } from '../../../src/corpus/pipeline.ts';
import type { CorpusDocument } from '../../../src/corpus/types.ts';

function doc(id: string, kind: 'article' | 'teaser', parent: string | null = null): CorpusDocument {
  return { id, file: '000.txt', kind, title: id, date: null, dateSource: null, source: null, keywords: [], text: '', organisations: [], people: [], topics: [], parent };
}

describe('uniqueIds', () => {
  it('suffixes the second page with the same file stem and keeps its teasers pointing at it', () => {
    const out = uniqueIds([
      doc('000', 'article'), doc('000~t1', 'teaser', '000'),
      doc('000', 'article'), doc('000~t1', 'teaser', '000'), doc('000~t2', 'teaser', '000'),
    ]);
    expect(out.map((d) => d.id)).toEqual(['000', '000~t1', '000-2', '000~t1-2', '000~t2']);
    expect(out.map((d) => d.parent)).toEqual([null, '000', null, '000-2', '000-2']);
    expect(new Set(out.map((d) => d.id)).size).toBe(out.length);
  });

  it('leaves unique ids untouched (same objects)', () => {
    const input = [doc('a', 'article'), doc('a~t1', 'teaser', 'a'), doc('b', 'article')];
    const out = uniqueIds(input);
    out.forEach((d, i) => expect(d).toBe(input[i]));
  });

  it('finds the next free suffix when -2 is taken already', () => {
    const out = uniqueIds([doc('x', 'article'), doc('x-2', 'article'), doc('x', 'article')]);
    expect(out.map((d) => d.id)).toEqual(['x', 'x-2', 'x-3']);
  });
});
