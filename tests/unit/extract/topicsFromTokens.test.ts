/**
 * Topics from tokens (topics.ts `topicsFromTokens`) must give exactly what the regex over the folded text gives
 * (`assignTopics`), which is also what a user topic with the same query matches in the store: compared on texts
 * built from the pieces where the two could part (word starts inside hyphenated words, word ends before `-` and
 * `.`, umlauts and their transliterations, `ß`, phrases across line breaks and across title, keywords and text,
 * combining accents).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignTopics, DEFAULT_TOPICS, topicsFromTokens } from '../../../src/corpus/topics.ts';
import { tokenize } from '../../../src/corpus/extract/tokens.ts';
import { extractDocument } from '../../../src/corpus/extract/extractDocument.ts';
import type { CorpusDocument, TopicDefinition } from '../../../src/corpus/types.ts';

const doc = (title: string | null, keywords: string[], text: string): CorpusDocument => ({
  id: 'x', file: 'x.txt', kind: 'article', title: title as string, date: null, dateSource: null, source: null, keywords, text,
  organisations: [], people: [], topics: [],
});

const WORDS = [
  'Souveränität', 'Souveraenitaet', 'SOUVERÄN', 'souveräne', 'Digitale', 'digitaler', 'Datensouveränität', 'Lock-in',
  'Vendor-Lock-in-Effekt', 'Lock-In', 'OZG', 'OZG-Umsetzung', 'OZG-', 'ozg.de', 'Onlinezugangsgesetzes', 'Einer', 'für',
  'fuer', 'Alle', 'EfA', 'Open', 'Source', 'Source-Strategie', 'Open-Source', 'Sources', 'Cloud', 'Cloud-', 'Verwaltungscloud',
  'IT-Sicherheitslücke', 'Sicherheitslücken', 'KI', 'KI-Modelle', 'Kita', 'Kiel', 'Künstliche', 'Intelligenz', 'Straße',
  'Zweckverbände', 'Zweckverband', 'Smart', 'City', 'Cities', 'Smart-City-Projekt', 'gemeinsam', 'mit', 'den',
  'Nachbarn', 'Nachbarkommunen', 'Data', 'Driven', 'datengetrieben', 'E-Government-Strategie', 'Schul-IT', 'Schul-ITler',
  'Komm.ONE', 'd’Souverän', "l'OZG", 'Quelle', 'Daten', 'Datenschutz-Grundverordnung', 'DSGVO-konform', 'BSI', 'BSIG',
  'Digitalpakt', 'DigitalPakt', 'Once', 'Only', 'Once-Only-Prinzip', 'digitale', 'Stadt', 'Städte', 'Stadtwerke', '2024',
  'é', 'Ärger', 'ae', 'Xae', 'İstanbul',
];
const GLUE = [' ', ' ', ' ', '\n', '\n\n', '  ', ' - ', '-', '.', '. ', ', ', '„', '“ ', '’', "'", '(', ') ', '/', '\u00a0', '\u0301', '\u2009', '…'];

const textArb = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE)), { maxLength: 14 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));
const fieldsArb = fc.record({
  title: fc.option(textArb, { nil: null }),
  keywords: fc.array(textArb, { maxLength: 3 }),
  text: textArb,
});
/** User topics made of the same pieces, with and without `*`, some of several words. */
const topicsArb: fc.Arbitrary<TopicDefinition[]> = fc.array(
  fc.array(fc.tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }), fc.boolean()), { minLength: 1, maxLength: 4 })
    .map((alts) => alts.map(([ws, star]) => ws.join(' ') + (star ? '*' : '')).join(', ')),
  { minLength: 1, maxLength: 4 },
).map((queries) => queries.map((query, i) => ({ id: `u-${i}`, label: `u${i}`, query })));

const viaTokens = (d: CorpusDocument, defs: TopicDefinition[]) => topicsFromTokens(d, defs, tokenize(d.text ?? ""));

describe('topics from tokens', () => {
  it('equal the regex over the folded text for the default topics', () => {
    fc.assert(fc.property(fieldsArb, ({ title, keywords, text }) => {
      const d = doc(title, keywords, text);
      const got = viaTokens(d, DEFAULT_TOPICS);
      expect(got ?? assignTopics(d, DEFAULT_TOPICS).topics).toEqual(assignTopics(d, DEFAULT_TOPICS).topics);
    }), { numRuns: 3000 });
  });

  it('equal the regex for user topics of the same pieces', () => {
    fc.assert(fc.property(fieldsArb, topicsArb, ({ title, keywords, text }, defs) => {
      const d = doc(title, keywords, text);
      const got = viaTokens(d, defs);
      expect(got ?? assignTopics(d, defs).topics).toEqual(assignTopics(d, defs).topics);
    }), { numRuns: 1500 });
  });

  it('take the token way for plain German text, and leave combining accents and alternatives of other shapes to the regex', () => {
    expect(viaTokens(doc('Digitale', ['Souveränität'], 'Die OZG-Umsetzung und Open\nSource-Strategie.'), DEFAULT_TOPICS))
      .toEqual(['souveraenitaet', 'ozg', 'open-source']);
    // The phrase runs from the title over the keywords into the text, joined by line breaks as the regex sees it.
    expect(viaTokens(doc('Wir machen es gemeinsam', ['mit'], 'den Nachbarkommunen.'), DEFAULT_TOPICS)).toEqual(['interkommunal']);
    expect(viaTokens(doc(null, [], 'Souvera\u0308nita\u0308t'), DEFAULT_TOPICS)).toBeNull();
    expect(viaTokens(doc(null, [], 'Cloud'), [{ id: 'u', label: 'u', query: 'C++' }])).toBeNull();
  });

  it('stay right when the word table started over and gave the ids of earlier words to others', () => {
    const MAX_WORDS = 1 << 17; // tokens.ts
    let fresh = 0;
    /** Fill the word table to the brim: the next new word starts it over and gets id 0, the words after it 1, 2 … */
    const fill = () => {
      const count = tokenize(`neu${fresh++}x`)[0]!.id + 1;
      const words: string[] = [];
      for (let i = count; i < MAX_WORDS; i++) words.push(`neu${fresh++}x`);
      tokenize(words.join(' '));
    };
    fill();
    const a = doc('', [], `neu${fresh++}x Cloud Souveränität`);
    const aTokens = tokenize(a.text);
    expect(aTokens.map((t) => t.id)).toEqual([0, 1, 2]);
    expect(topicsFromTokens(a, DEFAULT_TOPICS, aTokens)).toEqual(['souveraenitaet', 'cloud']);
    fill();
    const b = doc('', [], `neu${fresh++}x Kita Kiel`);
    const bTokens = tokenize(b.text);
    expect(bTokens.map((t) => t.id)).toEqual([0, 1, 2]); // `Kita` and `Kiel` have the ids `Cloud` and `Souveränität` had
    expect(topicsFromTokens(b, DEFAULT_TOPICS, bTokens)).toEqual([]);
    expect(topicsFromTokens(a, DEFAULT_TOPICS, aTokens)).toEqual(['souveraenitaet', 'cloud']);
  });

  it('are what extraction assigns when given the topics', () => {
    const d = doc('KI im Amt', ['Cloud'], 'Die Verwaltung spricht über digitale Souveränität.');
    expect(extractDocument(d, DEFAULT_TOPICS).topics).toEqual(assignTopics(d, DEFAULT_TOPICS).topics);
    expect(extractDocument(d, DEFAULT_TOPICS).topics).toEqual(['souveraenitaet', 'cloud', 'ki']);
  });
});
