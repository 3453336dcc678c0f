/** Quoted phrases: the words together and in order, German folding as everywhere; an unclosed phrase is typed. */
import { describe, expect, it } from 'vitest';
import { queryPhrases } from '../../../src/corpus/search/phrases.ts';
import { CorpusStore } from '../../../src/corpus/corpusStore.ts';
import { doc } from '../aggregate/fixtures.ts';

describe('queryPhrases', () => {
  it.each([
    ['"digitale Souveränität" Kommunen', [{ text: 'digitale Souveränität', open: false }]],
    ['„Einer für Alle“ OZG', [{ text: 'Einer für Alle', open: false }]],
    ['»Open Source« und "Cloud Dienste"', [{ text: 'Open Source', open: false }, { text: 'Cloud Dienste', open: false }]],
    ['"digitale Souv', [{ text: 'digitale Souv', open: true }]],
    ['"Vitako" Dataport', []],
    ['ohne Anführungszeichen', []],
  ])('%s', (q, expected) => {
    expect(queryPhrases(q)).toEqual(expected);
  });
});

describe('CorpusStore search with phrases', () => {
  const store = new CorpusStore([
    doc('together', { text: 'Die Kommunen stärken ihre digitale Souveränität mit offenen Standards.' }),
    doc('apart', { text: 'Souveränität ist das Ziel; digitale Werkzeuge helfen dabei.' }),
    doc('reversed', { text: 'Eine Souveränität, digitale und analoge, gibt es nicht.' }),
    doc('folded', { title: 'DIGITALE SOUVERAENITAET', text: 'Ein Titel in Großbuchstaben.' }),
    doc('linebreak', { text: 'Es geht um digitale\nSouveränität im Rathaus.' }),
  ]);
  const hits = (q: string) => store.search(q).ids.slice().sort();

  it('without quotes, any document with both words', () => {
    expect(hits('digitale Souveränität')).toEqual(['apart', 'folded', 'linebreak', 'reversed', 'together']);
  });

  it('with quotes, only the words together and in that order (case, umlauts and line breaks folded)', () => {
    expect(hits('"digitale Souveränität"')).toEqual(['folded', 'linebreak', 'together']);
    expect(hits('„digitale Souveraenitaet“')).toEqual(['folded', 'linebreak', 'together']);
  });

  it('an unclosed phrase matches its last word as a prefix, as it is being typed', () => {
    expect(hits('"digitale Souv')).toEqual(['folded', 'linebreak', 'together']);
  });

  it('the mask agrees with the ids', () => {
    const h = store.search('"digitale Souveränität"');
    expect([...h.mask].filter((x) => x === 1).length).toBe(h.ids.length);
  });
});
