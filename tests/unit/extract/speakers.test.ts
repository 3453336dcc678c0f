import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/corpus/extract/extractDocument.ts';
import type { CorpusDocument } from '../../../src/corpus/types.ts';

const doc = (text: string): CorpusDocument => extractDocument({
  id: 't', file: 't.txt', kind: 'article', title: '', date: null, dateSource: null, source: null, keywords: [], text,
  organisations: [], people: [], topics: [],
});
const speakers = (text: string): string[] => doc(text).people.filter((p) => p.speaker).map((p) => p.name);

describe('speakers', () => {
  it.each([
    ['„Wir stehen hier erst am Anfang einer Entwicklung“, so Dieter Rehfeld.', ['Dieter Rehfeld']],
    ['Kay Ruge berichtete davon. „Ich halte das für den richtigen Weg der Zusammenarbeit“, sagte er.', ['Kay Ruge']],
    ['„Auf diese Weise bringen wir beide Stränge zusammen“, sagen Helmut Dedy und Klaus Effing.', ['Helmut Dedy', 'Klaus Effing']],
    ['Martin Hagen, Abteilungsleiter Digitalisierung in der Bremer Senatsverwaltung, plädierte für mehr Zentralität.', ['Martin Hagen']],
    ['Laut Claudia Reimer-Stolz steht die Umgebung ab März zur Verfügung.', ['Claudia Reimer-Stolz']],
    ['Nach zwei Jahren habe Bundesministerin Franziska Giffey die App vorgestellt. Das zeige, so Dr. Martin Hagen, viel.', ['Martin Hagen']],
    ['Den Stand stellte Professor Andreas Engel vor. 25 Prozent der Leistungen seien bereits digital verfügbar.', ['Andreas Engel']],
    ['Oberbürgermeister Tobias Weingärtner hat uns den Rücken freigehalten.', []],
    ['Als Themen nennt Vitako die erneute Bestellung von Ralf Resch zum Geschäftsführer. Die Arbeitsgemeinschaft wolle mehr tun.', []],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('attributes a split quote and its continuation to the last named speaker', () => {
    const d = doc('Dieter Rehfeld, Geschäftsführer bei regio iT, sprach. „Durch Data Driven Government und Prozessautomatisierung“, so führte er aus, „können wir den Bürgern Wege ersparen.“');
    expect(d.people[0]!.quotes).toEqual(['Durch Data Driven Government und Prozessautomatisierung', 'können wir den Bürgern Wege ersparen.']);
  });

  it('a quoted name is not a quote of anyone', () => {
    const d = doc('Dr. Kay Ruge sprach. Die “OZG Task Force” sei ein guter Aufschlag gewesen, so Ruge.');
    expect(d.people[0]!.quotes).toEqual([]);
    expect(d.people[0]!.speaker).toBe(true);
  });
});
