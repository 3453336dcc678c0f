import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  fuzzyDistance,
  loadSearchIndex,
  queryTerms,
  queryTermsByWord,
  searchCorpus,
  searchWithMiniSearch,
} from '../../../src/corpus/search/searchIndex.ts';
import { GERMAN_STOP_WORDS } from '../../../src/corpus/search/stopWords.ts';
import { tokenize } from '../../../src/corpus/search/tokenize.ts';
import { documentPositions } from '../../../src/corpus/search/leanQuery.ts';
import { doc, SAMPLE } from '../aggregate/fixtures.ts';

const CORPUS = [
  ...SAMPLE,
  doc('b1', { title: 'Größere Maßnahmen für die Straße', text: 'Die Stadt plant eine neue Straßenbeleuchtung.' }),
  doc('b2', { title: 'Bericht', text: 'Im Text steht Registermodernisierung nur einmal.' }),
  doc('b3', { title: 'Registermodernisierung', text: 'Kurz.' }),
];

function indexOf(docs = CORPUS) {
  const index = createSearchIndex();
  index.addAll(docs);
  return index;
}

const index = indexOf();
const ids = (q: string) => searchCorpus(index, q).ids.slice().sort();

describe('searchCorpus: German folding', () => {
  it.each([
    ['Souveränität', 'Souveraenitaet'],
    ['Souveränität', 'Souveranitat'],
    ['Souveränität', 'SOUVERÄNITÄT'],
    ['Straße', 'Strasse'],
    ['Straße', 'STRASSE'],
    ['Maßnahmen', 'Massnahmen'],
    ['größere', 'groesser'],
  ])('%s and %s find the same documents', (a, b) => {
    expect(ids(a).length).toBeGreaterThan(0);
    expect(ids(b)).toEqual(ids(a));
  });

  it('finds ß and ss spellings in documents with either', () => {
    // a1 writes `Straße`, a2 `Strasse`, b1 `Straße` in its title.
    expect(ids('Straße')).toEqual(expect.arrayContaining(['a1', 'a2', 'b1']));
  });
});

describe('searchCorpus: prefix and fuzzy', () => {
  it.each([
    ['Reg', true, 'prefix from 3 characters'],
    ['Registermod', true, 'long prefix'],
    ['Re', false, 'no prefix below 3 characters'],
    ['Regsitermodernisierung', true, 'fuzzy for 5+ characters (transposition)'],
    ['Registermodernisirung', true, 'fuzzy: missing letter'],
    ['Clod', false, 'no fuzzy below 5 characters'],
  ])('%s → hits: %s (%s)', (q, expected) => {
    expect(searchCorpus(index, q).ids.includes('b3')
      || searchCorpus(index, q).ids.includes('a2')).toBe(expected);
  });
});

describe('searchCorpus: stop words, compounds, AND with OR fallback', () => {
  it('drops German stop words from queries', () => {
    expect(queryTerms('die für über dass und')).toEqual([]);
    expect(ids('die Cloud')).toEqual(ids('Cloud'));
    expect(searchCorpus(index, 'und').ids).toEqual([]);
  });

  it.each(['OZG', 'Umsetzung', 'OZG-Umsetzung', 'ozg-umsetzung'])('finds the hyphenated compound by %s', (q) => {
    expect(ids(q)).toEqual(['a1']);
  });

  it('tokenizes compounds whole and by part', () => {
    expect(tokenize('Die OZG-Umsetzung läuft')).toEqual(['Die', 'OZG-Umsetzung', 'OZG', 'Umsetzung', 'läuft']);
    expect(tokenize('Version 2.0.')).toEqual(['Version', '2.0']);
  });

  it('requires all words (AND)', () => {
    const r = searchCorpus(index, 'Dataport Cloud');
    expect(r.mode).toBe('all');
    expect(r.ids).toContain('a2');
    expect(r.ids).not.toContain('a3');
  });

  it('falls back to any word (OR) when no document has all', () => {
    const r = searchCorpus(index, 'Dataport Landkreis');
    expect(r.mode).toBe('any');
    expect(r.ids).toEqual(expect.arrayContaining(['a1', 'a2', 'a3', 'a4']));
  });

  it('ranks a title match above a text match (boost)', () => {
    const r = searchCorpus(index, 'Registermodernisierung').ids;
    expect(r.indexOf('b3')).toBeLessThan(r.indexOf('b2'));
  });

  it('searches organisation and person names', () => {
    expect(ids('Lühr')).toEqual(['a1', 'a2']);
    expect(ids('Harburg')).toEqual(['a4']);
  });

  it('has a proper German stop word list', () => {
    expect(GERMAN_STOP_WORDS.size).toBeGreaterThanOrEqual(200);
    for (const w of ['der', 'die', 'das', 'und', 'fur', 'uber', 'dass']) expect(GERMAN_STOP_WORDS.has(w)).toBe(true);
  });
});

describe('serialisation', () => {
  it('toJSON → loadSearchIndex answers like the original', () => {
    const loaded = loadSearchIndex(JSON.parse(JSON.stringify(index.toJSON())));
    for (const q of ['Souveränität', 'Reg', 'Regsitermodernisierung', 'OZG-Umsetzung', 'Dataport Landkreis']) {
      expect(searchCorpus(loaded, q)).toEqual(searchCorpus(index, q));
    }
  });
});

describe('searchCorpus: prefix only for the word being typed, capped fuzzy distance', () => {
  const typed = indexOf([
    doc('p1', { title: 'Registermodernisierung im Land', text: 'Der Bund treibt sie voran.' }),
    doc('p2', { title: 'Register und Cloud', text: 'Ein Rechenzentrum betreibt die Cloud.' }),
    doc('p3', { title: 'Cloudstrategie', text: 'Registermodernisierung in der Cloud.' }),
    doc('p4', { title: 'Kommunen', text: 'Souveränität und Kontrolle.' }),
  ]);
  const hit = (q: string) => searchCorpus(typed, q).ids.slice().sort();

  it('expands the last word by prefix', () => {
    expect(hit('Registermod')).toEqual(['p1', 'p3']);
    expect(hit('Cloud Registermod')).toEqual(['p3']);
  });

  it('matches earlier words exactly or fuzzily, not by prefix', () => {
    // `Registermod` is finished (a word follows): it no longer finds `Registermodernisierung`.
    expect(searchCorpus(typed, 'Registermod Cloud').mode).toBe('any');
    // `Register` as a finished word finds only the word itself (`p2`); typed last, also `Registermodernisierung`.
    expect(hit('Register Cloud')).toEqual(['p2']);
    expect(hit('Cloud Register')).toEqual(['p2', 'p3']);
  });

  it('treats all parts of a hyphenated last word as being typed', () => {
    expect(queryTermsByWord('digitale Schul-IT')).toEqual({ terms: ['digitale', 'schul-it', 'schul', 'it'], lastWordStart: 1 });
    expect(queryTermsByWord('Schul-IT digitale')).toEqual({ terms: ['schul-it', 'schul', 'it', 'digitale'], lastWordStart: 3 });
    expect(queryTermsByWord('Cloud die')).toEqual({ terms: ['cloud'], lastWordStart: 1 });
    expect(queryTermsByWord('')).toEqual({ terms: [], lastWordStart: 0 });
  });

  it('allows one edit up to 8 characters and two above, none below 5', () => {
    expect(fuzzyDistance('clod')).toBe(false);
    expect(fuzzyDistance('kontrole')).toBe(1);
    expect(fuzzyDistance('souveranitat')).toBe(2);
    expect(fuzzyDistance('registermodernisierung')).toBe(2);
    expect(hit('Kontrole')).toEqual(['p4']);
    expect(hit('Kntrole')).toEqual([]);
    expect(hit('Suveranitt')).toEqual(['p4']);
  });
});

describe('searchCorpus: the lean executor answers like MiniSearch.search', () => {
  it.each([
    'Souveränität',
    'Souv',
    'Souveraenitaet',
    'Registermod',
    'Regsitermodernisierung',
    'Cloud',
    'Cloud Registermodernisierung',
    'OZG-Umsetzung',
    'Straße',
    'Registermod Cloud',
    'Kommunen Cloud',
    'xyzzy',
  ])('%s: same ids in the same order, same terms, same mode', (q) => {
    const lean = searchCorpus(index, q);
    const ref = searchWithMiniSearch(index, q);
    expect(lean.ids).toEqual(ref.ids);
    expect([...lean.terms].sort()).toEqual([...ref.terms].sort());
    expect(lean.mode).toBe(ref.mode);
  });

  it('skips discarded documents and sees added ones', () => {
    const ix = indexOf();
    const before = searchCorpus(ix, 'Registermodernisierung').ids;
    expect(before).toContain('b3');
    ix.discard('b3');
    expect(searchCorpus(ix, 'Registermodernisierung').ids).not.toContain('b3');
    expect(searchCorpus(ix, 'Registermodernisierung').ids).toEqual(searchWithMiniSearch(ix, 'Registermodernisierung').ids);
    ix.add(doc('b9', { title: 'Registermodernisierung neu', text: 'Nachtrag.' }));
    expect(searchCorpus(ix, 'Registermodernisierung').ids).toContain('b9');
    expect(searchCorpus(ix, 'Registermodernisierung').ids).toEqual(searchWithMiniSearch(ix, 'Registermodernisierung').ids);
  });

  it('gives the hits as document numbers that documentPositions maps to the same documents as the ids', () => {
    const ix = indexOf();
    ix.discard('b3');
    ix.add(doc('b9', { title: 'Registermodernisierung neu', text: 'Nachtrag.' }));
    // Positions as a store would number them (here: reversed load order, so position ≠ document number).
    const docs = [...CORPUS.filter((d) => d.id !== 'b3'), doc('b9')].reverse();
    const positions = new Map(docs.map((d, i) => [d.id, i]));
    const table = documentPositions(ix, positions)!;
    for (const q of ['Registermodernisierung', 'Souveränität', 'Straße', 'Cloud Dataport']) {
      const r = searchCorpus(ix, q);
      expect(Array.from(r.docs!, (d) => docs[table[d]!]!.id)).toEqual(r.ids);
    }
    // A new map (a new document set) gets a new table.
    const again = new Map(positions);
    expect(documentPositions(ix, again)).not.toBe(table);
    expect(Array.from(documentPositions(ix, again)!)).toEqual(Array.from(table));
  });
});
