import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignTopics, compileQuery, DEFAULT_TOPICS, topicMatcher } from '../../../src/corpus/topics.ts';
import { linkStories } from '../../../src/corpus/stories.ts';
import { extractDocument } from '../../../src/corpus/extract/extractDocument.ts';
import type { CorpusDocument } from '../../../src/corpus/types.ts';
import { readSeed } from './fixtures.ts';

const d = (text: string, extra: Partial<CorpusDocument> = {}): CorpusDocument => ({
  id: 'x', file: 'x.txt', kind: 'article', title: '', date: null, dateSource: null, source: null, keywords: [], text,
  organisations: [], people: [], topics: [], ...extra,
});
const topic = (id: string) => DEFAULT_TOPICS.find((t) => t.id === id)!;

describe('topic queries', () => {
  it.each([
    ['ki', 'Die Verwaltung setzt KI ein.', true],
    ['ki', 'Eine KI-Plattform für Länder.', true],
    ['ki', 'Künstliche Intelligenz in Behörden.', true],
    ['ki', 'Die Kita in Kiel wird digital.', false],
    ['souveraenitaet', 'Mehr Souveraenitaet für Kommunen.', true],
    ['souveraenitaet', 'Digitale Souveranitat ist wichtig.', true],
    ['cloud', 'abhängig von einzelnen Cloud- oder Software-Anbietern', true],
    ['ozg', 'Die OZG-Umsetzung stockt.', true],
    ['ozg', 'Das Onlinezugangsgesetz gilt.', true],
    ['open-source', 'Open-Source-Strategien für Kommunen', true],
  ])('%s on %s → %s', (id, text, want) => {
    expect(topicMatcher(topic(id))(d(text))).toBe(want);
  });

  it('supports `OR`, phrases and prefixes; ignores empty alternatives', () => {
    const re = compileQuery('Smart City OR vernetzt*, , ');
    expect(re?.test('die smart city')).toBe(true);
    expect(re?.test('vernetzte stadt')).toBe(true);
    expect(re?.test('smartcity')).toBe(false);
    expect(compileQuery(' , * ')).toBeNull();
  });

  it('matches keywords and title too, and assigns ids in definition order', () => {
    const doc = assignTopics(d('Nichts.', { title: 'Cloud im Amt', keywords: ['Open Source'] }), DEFAULT_TOPICS);
    expect(doc.topics).toEqual(['open-source', 'cloud']);
  });

  it('the one-scan assignment agrees with each topic matched alone (shared and overlapping alternatives, edits)', () => {
    const defs = [
      { id: 'a', label: 'A', query: 'Datenstrategie*, Open Data' },
      { id: 'b', label: 'B', query: 'Datenstrategie, KI' },
      { id: 'c', label: 'C', query: 'Daten*, Strategie' },
      { id: 'd', label: 'D', query: 'Open, Ödland*, x' },
      { id: 'e', label: 'E', query: ' , * ' },
    ];
    const texts = ['Die Datenstrategie.', 'Datenstrategien gibt es', 'Open Data!', 'open  data', 'Öd-Landschaft, Ödlandpflege',
      'KIKI ki', '_ki', 'Strategie', 'Strategien', 'Open Datenstrategie', 'x-Achse', 'Taxi', 'Ärger mit Daten', ''];
    const agree = (): void => {
      for (const text of texts) {
        const want = defs.filter((def) => topicMatcher(def)(d(text))).map((def) => def.id);
        expect(assignTopics(d(text), defs).topics, text).toEqual(want);
      }
    };
    agree();
    defs[3]!.query = 'Taxi'; // an edit in place is noticed
    defs.push({ id: 'f', label: 'F', query: 'Achse' });
    agree();
  });
});

describe('topics, the scan', () => {
  it('finds alternatives at the very start, right after another one and after any non-word character', () => {
    const defs = [
      { id: 'ki', label: 'KI', query: 'KI, KI-*' },
      { id: 'cloud', label: 'Cloud', query: 'Cloud*' },
      { id: 'os', label: 'OS', query: 'Open Source' },
      { id: 'zahl', label: 'Zahl', query: '2024' },
    ];
    const texts = ['KI', 'Cloud', 'ki-cloud', 'KI\nCloud', '„KI“', '(Cloud)', 'xKI', 'aCloud', '2024', 'x2024', '_2024', 'Open\nSource',
      'open  source', 'öKI', 'é cloud', '😀KI', 'KIKI', 'Ki', '-KI-', ''];
    for (const text of texts) {
      for (const [title, body] of [[text, ''], ['', text], [text, text]]) {
        const doc = d(body!, { title });
        const want = defs.filter((def) => topicMatcher(def)(doc)).map((def) => def.id);
        expect(assignTopics(doc, defs).topics, JSON.stringify([title, body])).toEqual(want);
      }
    }
  });
});

describe('topics, property', () => {
  it('the one-scan assignment agrees with each default topic matched alone on arbitrary texts', () => {
    const pieces = ['KI', 'ki-', 'Cloud', 'Datenschutz', 'Open Source', 'open-source', 'Smart City', 'Zweckverb', 'OZG', 'BSI', 'DSGVO',
      'Souveränität', 'souverän', 'digitale', 'Bildung', 'Daten', 'strategie', '„', '“', '_', '-', ' ', '\n', 'ä', 'é', '😀', 'x', '2'];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 2 })), { maxLength: 25 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => {
      const want = DEFAULT_TOPICS.filter((def) => topicMatcher(def)(d(t))).map((def) => def.id);
      expect(assignTopics(d(t), DEFAULT_TOPICS).topics).toEqual(want);
    }), { numRuns: 1000 });
  });
});

describe('stories', () => {
  it('links the two reports of the Vitako meeting in Bremen; the undated one borrows the date', () => {
    const a = extractDocument(readSeed('000_89bbb2d4f43df416.txt').find((x) => x.kind === 'article')!);
    const b = extractDocument(readSeed('002_7c26aae1279bb77d.txt').find((x) => x.kind === 'article')!);
    const c = extractDocument(readSeed('001_a2b9fb6e9804ee7d.txt').find((x) => x.kind === 'article')!);
    const [la, lb, lc] = linkStories([b, a, c]);
    expect(lb!.story).toBe(a.id);
    expect(la!.story).toBe(a.id);
    expect(la!.date).toBe('2019-11-25');
    expect(la!.dateSource).toBe('inferred');
    expect(la!.dateNote).toContain(a.file);
    expect(lc!.story).toBe(c.id);
  });

  it('the same teaser on two pages is one story', () => {
    const t1 = d('lead', { id: 'p1~t1', kind: 'teaser', title: 'Komm.ONE: Beitritt zur Genossenschaft govdigital', date: '2020-09-10' });
    const t2 = d('lead', { id: 'p2~t3', kind: 'teaser', title: 'Komm.ONE:  Beitritt zur Genossenschaft govdigital', date: '2020-09-10' });
    const t3 = d('lead', { id: 'p3~t1', kind: 'teaser', title: 'Komm.ONE: Beitritt zur Genossenschaft govdigital', date: '2021-09-10' });
    const out = linkStories([t1, t2, t3]);
    expect(out.map((x) => x.story)).toEqual(['p1~t1', 'p1~t1', 'p3~t1']);
  });
});
