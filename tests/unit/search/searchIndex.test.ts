import { describe, expect, it } from 'vitest';
import { createSearchIndex, loadSearchIndex, queryTerms, searchCorpus } from '../../../src/corpus/search/searchIndex.ts';
import { GERMAN_STOP_WORDS } from '../../../src/corpus/search/stopWords.ts';
import { tokenize } from '../../../src/corpus/search/tokenize.ts';
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
