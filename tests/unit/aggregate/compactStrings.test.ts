/**
 * compactDocuments writes a field only when it holds a string: a field the document lacks stays absent (adding
 * `story: undefined` to every document was the slowest part of the loop), and a teaser's lead, the same string as
 * its text, ends up sharing the compacted text.
 */
import { describe, expect, it } from 'vitest';
import { compactDocuments, StringPool } from '../../../src/corpus/aggregate/compactStrings.ts';
import type { CorpusDocument } from '../../../src/corpus/types.ts';

const page = 'Kopf '.repeat(100) + 'Die Vitako und Dataport haben eine Vereinbarung geschlossen. '.repeat(5);
const base = (extra: Partial<CorpusDocument>): CorpusDocument => ({
  id: 'a', file: 'a.txt', kind: 'article', title: page.slice(5, 40), date: null, dateSource: null, source: null, keywords: [],
  text: page.slice(500), organisations: [], people: [], topics: [], ...extra,
});

describe('compactDocuments, optional fields', () => {
  it('adds no property a document did not have, and keeps null as null', () => {
    const d = base({ kicker: null });
    const keys = Object.keys(d);
    const json = JSON.stringify(d);
    compactDocuments([d], new StringPool());
    expect(Object.keys(d)).toEqual(keys);
    expect(JSON.stringify(d)).toBe(json);
    expect(d.kicker).toBeNull();
  });

  it('pools the optional strings that are there', () => {
    const pool = new StringPool();
    const a = base({ kicker: page.slice(0, 4), author: 've', parent: 'p', story: 's', dateNote: 'Ende April', date: '2021-04' });
    const b = base({ kicker: page.slice(5, 9), author: 've', parent: 'p', story: 's', dateNote: 'Ende April', date: '2021-04' });
    const json = [JSON.stringify(a), JSON.stringify(b)];
    compactDocuments([a, b], pool);
    expect([JSON.stringify(a), JSON.stringify(b)]).toEqual(json);
    expect(a.kicker).toBe(b.kicker);
    expect(a.author).toBe(b.author);
  });

  it('a lead equal to the text, or a prefix of it, is the compacted text or its prefix', () => {
    const text = page.slice(500);
    const teaser = base({ kind: 'teaser', text, lead: text });
    const lead = text.slice(0, 60);
    const article = base({ text, lead });
    const other = base({ text, lead: 'Anders. '.repeat(3) });
    compactDocuments([teaser, article, other], new StringPool());
    expect(teaser.lead).toBe(teaser.text);
    expect(article.lead).toBe(lead);
    expect(article.text.startsWith(article.lead!)).toBe(true);
    expect(other.lead).toBe('Anders. '.repeat(3));
  });
});
