/** Hand-made corpus documents for the aggregate, search and worker tests (the extraction stubs return empty). */
import type { CorpusDocument, Person } from '../../../src/corpus/types.ts';

/** A speaker with quotes. */
export function speaker(name: string, quotes: string[] = [], role: string | null = null, organisation: string | null = null): Person {
  return { name, role, organisation, speaker: true, quotes };
}

/** A person mentioned but not quoted. */
export function mentioned(name: string): Person {
  return { name, role: null, organisation: null, speaker: false, quotes: [] };
}

/** A document with sensible defaults; override what the test is about. */
export function doc(id: string, over: Partial<CorpusDocument> = {}): CorpusDocument {
  return {
    id,
    file: `${id.split('~')[0]}.txt`,
    kind: 'article',
    title: `Titel ${id}`,
    date: null,
    dateSource: null,
    source: null,
    keywords: [],
    text: '',
    organisations: [],
    people: [],
    topics: [],
    ...over,
  };
}

/** A small German corpus covering articles, a teaser, a shared story, undated and month-precision dates. */
export const SAMPLE: CorpusDocument[] = [
  doc('a1', {
    title: 'Digitale Souveränität für Kommunen',
    kicker: 'Vitako',
    date: '2021-03-15',
    dateSource: 'stated',
    source: 'Kommune21',
    keywords: ['Souveränität', 'Open Source'],
    lead: 'Die Kommunen wollen unabhängiger werden.',
    text: 'Die Kommunen wollen unabhängiger werden.\n\nDie Straße zur digitalen Souveränität ist lang, sagt Dataport. Die OZG-Umsetzung läuft.',
    organisations: ['Vitako', 'Dataport', 'Bundesministerium des Innern'],
    people: [speaker('Hans-Henning Lühr', ['Wir brauchen mehr Souveränität in der Verwaltung, und zwar bald.'], 'Staatsrat', 'Vitako'), speaker('Anna Weber', ['Open Source ist kein Selbstzweck.'])],
    topics: ['souveraenitaet'],
    story: 's1',
  }),
  doc('a2', {
    title: 'Dataport startet Cloud-Angebot',
    date: '2021-03-20',
    dateSource: 'stated',
    source: 'Behörden Spiegel',
    text: 'Dataport und Vitako stellen die Cloud vor. Die Strasse ist frei für souveräne Lösungen.',
    organisations: ['Dataport', 'Vitako'],
    people: [speaker('Hans-Henning Lühr', ['Die Cloud kommt.'], null, 'Vitako'), mentioned('Karl Meier')],
    topics: ['souveraenitaet'],
    story: 's1',
  }),
  doc('a3', {
    title: 'Registermodernisierung kommt voran',
    date: '2022-01',
    dateSource: 'inferred',
    source: 'Kommune21',
    text: 'Das Bundesministerium des Innern treibt die Registermodernisierung voran.',
    organisations: ['Bundesministerium des Innern', 'Dataport'],
    people: [speaker('Anna Weber', ['Register sind das Fundament.'], 'Referentin', 'Bundesministerium des Innern')],
    topics: ['register'],
  }),
  doc('a4', {
    title: 'Ohne Datum: E-Government im Landkreis',
    text: 'Der Landkreis setzt auf E-Government und Souveränität.',
    organisations: ['Landkreis Harburg'],
    topics: ['souveraenitaet'],
  }),
  doc('a1~t1', {
    kind: 'teaser',
    parent: 'a1',
    title: 'Vitako fordert Souveränität',
    date: '2020-11-02',
    dateSource: 'stated',
    text: 'Vitako fordert mehr digitale Souveränität.',
    organisations: ['Vitako'],
    topics: ['souveraenitaet'],
  }),
];

export const SAMPLE_TOPICS = [
  { id: 'souveraenitaet', label: 'Digitale Souveränität', query: 'Digitale Souveränität, souverän*' },
  { id: 'register', label: 'Registermodernisierung', query: 'Register*' },
];
