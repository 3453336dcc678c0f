import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeSnippet, matchSpans } from '../../../src/corpus/search/snippet.ts';
import { foldGerman } from '../../../src/corpus/text/fold.ts';
import { wordSpans } from '../../../src/corpus/search/tokenize.ts';

const slices = (s: { snippet: string; highlights: [number, number][] }) =>
  s.highlights.map(([a, b]) => s.snippet.slice(a, b));

describe('makeSnippet', () => {
  it.each([
    ['Die Straße zur Souveränität führt über größere Maßnahmen.', ['strasse', 'souveranitat', 'massnahmen'], ['Straße', 'Souveränität', 'Maßnahmen']],
    ['Ärger über Öffnungszeiten: ÄRGER!', ['arger'], ['Ärger', 'ÄRGER']],
    ['Die Souveraenitaet und die Souveränität.', ['souveranitat'], ['Souveraenitaet', 'Souveränität']],
    ['Die OZG-Umsetzung und die Umsetzung.', ['umsetzung'], ['Umsetzung', 'Umsetzung']],
    ['Die OZG-Umsetzung läuft.', ['ozg-umsetzung', 'ozg', 'umsetzung'], ['OZG-Umsetzung']],
    ['Großkopf grüßt Müller.', ['grusst', 'muller'], ['grüßt', 'Müller']],
  ])('highlights original spans in %j', (text, terms, expected) => {
    const s = makeSnippet(text, new Set(terms));
    expect(slices(s)).toEqual(expected);
  });

  it('cuts a window around the best match, with ellipses, from long umlaut text', () => {
    const filler = 'Äußerst übliche Verwaltungsprosa füllt Seiten. '.repeat(30);
    const text = `${filler}Hier geht es um Souveränität der Länder. ${filler}`;
    const s = makeSnippet(text, new Set(['souveranitat']));
    expect(s.snippet.startsWith('…')).toBe(true);
    expect(s.snippet.endsWith('…')).toBe(true);
    expect(s.snippet.length).toBeLessThanOrEqual(205);
    expect(slices(s)).toEqual(['Souveränität']);
  });

  it('prefers the window with the most distinct terms', () => {
    const text = `Cloud. ${'Text ohne Treffer. '.repeat(30)}Cloud und Dataport zusammen. ${'Mehr Text. '.repeat(30)}`;
    const s = makeSnippet(text, new Set(['cloud', 'dataport']));
    expect(slices(s)).toEqual(['Cloud', 'Dataport']);
  });

  it('collapses whitespace and keeps offsets right', () => {
    const s = makeSnippet('Erster Absatz.\n\n  Zweiter   Absatz über Straße.', new Set(['strasse']));
    expect(s.snippet).toBe('Erster Absatz. Zweiter Absatz über Straße.');
    expect(slices(s)).toEqual(['Straße']);
  });

  it('keeps a section heading apart from the next sentence, with the highlight still on the word', () => {
    const s = makeSnippet('Ende des Absatzes.\n\nDigitale Souveränität\n\nDem Thema ging Dataport nach.', new Set(['souveranitat']));
    expect(s.snippet).toBe('Ende des Absatzes. Digitale Souveränität · Dem Thema ging Dataport nach.');
    expect(s.highlights.map(([a, b]) => s.snippet.slice(a, b))).toEqual(['Souveränität']);
  });

  it('without a match gives the start of the text and no highlights', () => {
    const s = makeSnippet('Kurzer Text.', new Set(['cloud']));
    expect(s).toEqual({ snippet: 'Kurzer Text.', highlights: [] });
  });
});

describe('makeSnippet properties', () => {
  const word = fc.constantFrom('Straße', 'Größe', 'Ärger', 'über', 'Souveraenitaet', 'Maß', 'Cloud', 'OZG-Umsetzung', 'und', 'Ämter');
  const sep = fc.constantFrom(' ', '  ', '\n\n', ', ', '. ');
  const textArb = fc.array(fc.tuple(word, sep), { maxLength: 120 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
  const termsArb = fc.subarray(['strasse', 'grosse', 'arger', 'uber', 'souveranitat', 'mass', 'cloud', 'umsetzung', 'amter']);

  it('every highlight is a whole word whose folding is a term; highlights are ordered and disjoint', () => {
    fc.assert(
      fc.property(textArb, termsArb, (text, terms) => {
        const set = new Set(terms);
        const s = makeSnippet(text, set);
        let last = 0;
        for (const [a, b] of s.highlights) {
          expect(a).toBeGreaterThanOrEqual(last);
          expect(b).toBeGreaterThan(a);
          expect(set.has(foldGerman(s.snippet.slice(a, b)))).toBe(true);
          last = b;
        }
        // Every match of a short text is in its snippet.
        if (text.length <= 150) expect(s.highlights.length).toBe(matchSpans(text, set).length);
      }),
    );
  });
});

describe('matchSpans', () => {
  // The definition, without the first-letter shortcut: every word (compounds whole, then their parts) folded and
  // looked up, parts inside a matched compound skipped.
  function reference(text: string, terms: Set<string>): [number, number][] {
    const out: [number, number][] = [];
    let coveredTo = -1;
    for (const w of wordSpans(text)) {
      if (w.start < coveredTo || !terms.has(foldGerman(w.word))) continue;
      out.push([w.start, w.end]);
      coveredTo = w.end;
    }
    return out;
  }

  it('finds what folding every word finds', () => {
    // Also words whose first two letters fold to something else (`Aerzte` → `arzte`) and one-letter words and terms.
    const pieces = fc.constantFrom('Ärger', 'Übersee', 'Straße', 'Quelle', 'OZG-Umsetzung', 'E-Akte', '4.0', 'ä', 'ss', 'Ae', ' ', '\n', '-', '‐', '.', 'x',
      'Aerzte', 'OEffentlich', 'Souveränität', 'sie', 'S', 'SUE', 'ue');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')), fc.array(pieces, { maxLength: 4 }), (text, words) => {
        const terms = new Set([...words.map(foldGerman), ...wordSpans(text).slice(0, 2).map((w) => foldGerman(w.word)), 'Cloud']);
        expect(matchSpans(text, terms)).toEqual(reference(text, terms));
      }),
      { numRuns: 1000 },
    );
  });
});
