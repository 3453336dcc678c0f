import { describe, expect, it } from 'vitest';
import { findOrganisations } from '../../../src/corpus/extract/organisations.ts';
import { matchLexicon } from '../../../src/corpus/extract/orgLexicon.ts';
import { tokenize } from '../../../src/corpus/extract/tokens.ts';
import { extractDocument } from '../../../src/corpus/extract/extractDocument.ts';
import type { CorpusDocument } from '../../../src/corpus/types.ts';

const orgs = (text: string): string[] => findOrganisations(text, tokenize(text)).names;

describe('lexicon: German forms', () => {
  it.each([
    ['Die Vitako-Mitglieder trafen sich.', 'Vitako'],
    ['Beigeordneter des Deutschen Landkreistags', 'Deutscher Landkreistag'],
    ['beim Deutschen Landkreistag', 'Deutscher Landkreistag'],
    ['die AG des IT-Planungsrates', 'IT-Planungsrat'],
    ['der IT-Planungsratsvorsitzende', 'IT-Planungsrat'],
    ['regio iT-Geschäftsführer Dieter Rehfeld', 'regio iT'],
    ['die Dataport-Vorstandsvorsitzende', 'Dataport'],
    ['Bundes-Arbeitsgemeinschaft der Kommunalen IT-Dienstleister', 'Vitako'],
    ['KGSt-Vorstand Klaus Effing', 'KGSt'],
    ['des Dachverbands Kommunaler IT-Dienstleister in Nordrhein-Westfalen', 'KDN'],
  ])('%s → %s', (text, canonical) => {
    expect(matchLexicon(text).map((h) => h.canonical)).toContain(canonical);
  });
  it.each([
    ['Die Open Source Business Alliance (OSBA) fordert mehr.', ['OSBA']],
    ['Beim Nationalen E-Government Kompetenzzentrum e.V. (NEGZ) ist man froh.', ['NEGZ']],
    ['Sprecherin des Zweckverbands eGo-MV', ['eGo-MV']],
    // `SIT` stays an alias the article teaches: Fraunhofer SIT is another organisation.
    ['Beteiligt ist auch Südwestfalen-IT (SIT). Die SIT hat Erfahrung.', ['Südwestfalen-IT']],
    ['Das Fraunhofer SIT prüft die Software.', []],
  ])('names the whole field knows: %s', (text, names) => {
    expect(orgs(text)).toEqual(names);
  });
  it('the same authority with and without the Land it belongs to is one organisation', () => {
    expect(orgs('Das Ministerium für Digitalisierung und Verwaltungsmodernisierung des Landes Nordmark baut aus. Kontakt: Ministerium für Digitalisierung und Verwaltungsmodernisierung, presse@mdv.nordmark.de'))
      .toEqual(['Ministerium für Digitalisierung und Verwaltungsmodernisierung des Landes Nordmark']);
    // Another name that merely starts the same way stays another organisation.
    expect(orgs('Das Ministerium für Digitalisierung und Medien lädt ein. Das Ministerium für Digitalisierung und Medien der Hochschule Lindtal auch.')).toHaveLength(2);
  });
  it('a short form of institution noun and place is the one longer name that begins and ends with them', () => {
    expect(orgs('Der Zweckverband Digitale Verwaltung Moorland baut aus. Der Zweckverband Moorland ist froh.')).toEqual(['Zweckverband Digitale Verwaltung Moorland']);
    // Two longer names fit: the short one stays itself.
    expect(orgs('Der Zweckverband Digitale Verwaltung Moorland und der Zweckverband Kommunale IT Moorland bauen aus. Der Zweckverband Moorland ist froh.')).toHaveLength(3);
  });
  it("a trade inside a company's name, but not as its first word; mbB is a legal form", () => {
    expect(orgs('Die Kanzlei Hesse Brandt Rechtsanwälte PartG mbB vertritt den Bieter.')).toEqual(['Hesse Brandt Rechtsanwälte PartG mbB']);
    expect(orgs('Die Ohm Steuerberater GmbH berät.')).toEqual(['Ohm Steuerberater GmbH']);
    expect(orgs('Das bestätigte Geschäftsführer Nordlicht GmbH.')).toEqual(['Nordlicht GmbH']);
  });
  it('schools by their kind and prosecutors are institutions; a plural institution noun names no one body', () => {
    expect(orgs('Die Staatsanwaltschaft Brenzfeld ermittelt. Die Oberschule Wendemark-Süd ist Pilotschule.')).toEqual(['Staatsanwaltschaft Brenzfeld', 'Oberschule Wendemark-Süd']);
    expect(orgs('Der Landkreis stattet seine Grundschulen Schritt für Schritt aus.')).toEqual([]);
    expect(orgs('Alle Stiftungen Niedersachsens und die Vereine Bayerns bekommen Geld.')).toEqual([]);
    // A school named by its place after `am`/`an der`/`im`; not a time or a site.
    expect(orgs('Die Grundschule am Lindenberg und das Gymnasium an der Weser sind dabei.')).toEqual(['Grundschule am Lindenberg', 'Gymnasium an der Weser']);
    expect(orgs('Die Grundschule am Montag und die Oberschule am Standort Nord schließen.')).toEqual([]);
    // The singular of the same nouns still starts a name.
    expect(orgs('Die Stiftung Niedersachsen und der Verein Digitale Heimat bekommen Geld.')).toEqual(['Stiftung Niedersachsen', 'Verein Digitale Heimat']);
  });
  it("a headline's name is the text's name with its legal form, not a second organisation", () => {
    const titled = (title: string, text: string): string[] => extractDocument({
      id: 't', file: 't.txt', kind: 'article', title, date: null, dateSource: null, source: null, keywords: [], text,
      organisations: [], people: [], topics: [],
    } as CorpusDocument).organisations;
    const text = 'Der Verband Digitale Gemeinden Nordheide e.V. (VDGN) hat gewählt. Der VDGN wächst.';
    expect(titled('Verband Digitale Gemeinden Nordheide wählt', text)).toEqual(['Verband Digitale Gemeinden Nordheide e.V.']);
    // Another name in the headline stays its own.
    expect(titled('Verband Digitale Städte Nordheide wählt', text)).toHaveLength(2);
  });
  it('does not find Vitako inside ProVitako', () => {
    expect(matchLexicon('die Genossenschaft ProVitako').map((h) => h.canonical)).toEqual(['ProVitako']);
  });
});

describe('organisations found by form', () => {
  it.each([
    ['Den Betrieb übernimmt die Südwest Bildungsnetz eG, eine Genossenschaft.', 'Südwest Bildungsnetz eG'],
    ['Träger ist der neu gegründete Zweckverband Kommunale IT Oberweser, der zum 1. Januar startet.', 'Zweckverband Kommunale IT Oberweser'],
    ['Kritisch äußerte sich der Verein Offene Verwaltung Weserbergland e.V. gestern.', 'Offene Verwaltung Weserbergland e.V.'],
    ['Eine Kooperation mit der Westfälischen Hochschule und weiteren Beteiligten ist geplant.', 'Westfälische Hochschule'],
    ['Auch das Niedersächsische Ministerium für Inneres und Sport unterstützt das Vorhaben.', 'Niedersächsisches Ministerium für Inneres und Sport'],
    ['Staatssekretär im Ministerium für Wirtschaft, Innovation, Digitalisierung und Energie, gewährte Einblicke.', 'Ministerium für Wirtschaft, Innovation, Digitalisierung und Energie'],
    ['Unterstützung signalisierte das Landesamt für Digitalisierung und Geoinformation Sachsen-Anhalt heute.', 'Landesamt für Digitalisierung und Geoinformation Sachsen-Anhalt'],
    ['Die Mitteldeutsche Kommunal-IT GmbH hat bereits viele Behörden angeschlossen.', 'Mitteldeutsche Kommunal-IT GmbH'],
    // a declined name with a legal form, back in the nominative
    ['Marlies Degen, Geschäftsführerin des Kommunalen Geodatenverbunds Nordost e.V., lobte es.', 'Kommunaler Geodatenverbund Nordost e.V.'],
    ['Der Vorsitzende der Kommunalen Arbeitsgemeinschaft Digitales e.V. begrüßte die Entscheidung.', 'Kommunale Arbeitsgemeinschaft Digitales e.V.'],
    // an institution noun and `für` before the name words of a legal form
    ['Die Erhebung hat das Institut für Verwaltungsanalyse Rhein-Weser gGmbH durchgeführt.', 'Institut für Verwaltungsanalyse Rhein-Weser gGmbH'],
    // a truncated first part joined by `und`; an authority named `…direktion`
    ['Kritik kam von der Industrie- und Handelskammer Hellweg-Ostwiesen am Montag.', 'Industrie- und Handelskammer Hellweg-Ostwiesen'],
    ['Den Pilot begleitet die Oberfinanzdirektion Hochfeld seit Januar.', 'Oberfinanzdirektion Hochfeld'],
    // a lower-case adjective between `für` and the name words; a person's name compounded with the institution noun
    ['Lehrbeauftragte stellt das Institut für digitale Verwaltungspraxis gGmbH bereit.', 'Institut für digitale Verwaltungspraxis gGmbH'],
    ['Die Elisabeth-Kranich-Stiftung vergibt zehn Stipendien.', 'Elisabeth-Kranich-Stiftung'],
    ['Beim Landgericht Hohenbrück läuft die E-Akte seit März.', 'Landgericht Hohenbrück'],
    ['Im Ausschuss für Digitales und Medien wurde die Strategie beraten.', 'Ausschuss für Digitales und Medien'],
    ['Gefördert wird sie von der Hertha-und-Klaus-Brenner-Stiftung seit 2021.', 'Hertha-und-Klaus-Brenner-Stiftung'],
    ['Er ist Vorstandsmitglied des Vereins Bürgerrechte Digital e.V. und warnte.', 'Bürgerrechte Digital e.V.'],
    // no institution noun: the legal form's noun gives the adjective its gender (eine Genossenschaft)
    ['Der Vertrag mit der Deutschen Verwaltungscloud eG läuft zehn Jahre.', 'Deutsche Verwaltungscloud eG'],
    // `e. V.` written with a space
    ['Kritik kam vom Verein Digitale Wahlfreiheit e. V. am Montag.', 'Digitale Wahlfreiheit e. V.'],
    // … but a noun in `-en` stays as written
    ['Er ist Geschäftsführer der Stadtdaten Marienfels GmbH seit 2019.', 'Stadtdaten Marienfels GmbH'],
    ['Mitglied im Verband für Schulnetzwerke und Bildungs-IT e.V. sind 40 Kreise.', 'Verband für Schulnetzwerke und Bildungs-IT e.V.'],
    ['Vorsitzende des Architektenforums Wehrbachtal e.V. ist sie seit 2020.', 'Architektenforum Wehrbachtal e.V.'],
  ])('%s', (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it.each([
    ['Entwickelt wurde es von der Softwarefirma Brückwerk Digital GmbH aus Sandhagen.', 'Brückwerk Digital GmbH'],
    ['Den Betrieb übernimmt der kommunale IT-Dienstleister Datenzentrale Ostholm AöR.', 'Datenzentrale Ostholm AöR'],
    ['Beauftragt ist das Beratungsunternehmen Nordlicht Consulting GmbH.', 'Nordlicht Consulting GmbH'],
    ['Betrieben wird es von der Tochtergesellschaft Hafenau Digital GmbH.', 'Hafenau Digital GmbH'],
  ])('a descriptor before a legal name is not part of it: %s', (text, name) => {
    expect(orgs(text)).toEqual([name]);
  });

  it('the later, declined mentions of a legal name count as that organisation', () => {
    const text = 'Marlies Degen leitet den Kommunalen Geodatenverbund Nordost e.V. seit 2020. Die Mitglieder des Kommunalen Geodatenverbunds Nordost tagen.';
    const r = findOrganisations(text, tokenize(text));
    expect(r.names).toEqual(['Kommunaler Geodatenverbund Nordost e.V.']);
    expect(r.spans.length).toBe(2);
  });

  it('of two institution nouns before `(ABBR)`, the name starts where the abbreviation is spelled', () => {
    expect(orgs('Unterstützung erhält der Verband von der Gewerkschaft Öffentliche Dienste und Technik (GÖDT).'))
      .toContain('Gewerkschaft Öffentliche Dienste und Technik');
  });

  it('without an institution noun before `(ABBR)`, the name starts at the word its first letter spells', () => {
    expect(orgs('Der Landkreis schickt seine Rechnungen an den IT-Dienstleister, der Kommunalen Datenverarbeitung Mittelweser (KDM).'))
      .toEqual(['Kommunale Datenverarbeitung Mittelweser']);
    // The adjective back in the nominative only where the noun's ending tells it is feminine.
    expect(orgs('Die Plattform der Kommunalen Datenverarbeitung Mittelweser (KDM) wird erweitert.')).toEqual(['Kommunale Datenverarbeitung Mittelweser']);
    expect(orgs('Die Mitglieder des Hessischen Rechenzentrums Nord (HRN) tagen.')).toEqual(['Hessisches Rechenzentrum Nord']);
    expect(orgs('Laut der Gesellschaft für Informatik (GI) fehlt Personal.')).toEqual(['Gesellschaft für Informatik']);
  });

  it('an adjective in the name after the institution noun takes the noun after it, common or not', () => {
    expect(orgs('Der Bundesverband Kommunale Digitalisierung hat eine Stellungnahme vorgelegt.')).toEqual(['Bundesverband Kommunale Digitalisierung']);
    expect(orgs('Der Zweckverband Elektronische Verwaltung hat gewählt.')).toEqual(['Zweckverband Elektronische Verwaltung']);
    // A common noun right after the institution noun still is no name.
    expect(orgs('Der Verband Infrastrukturen fordert mehr.')).toEqual([]);
  });

  it('a plural of a truncated pair is a kind of body, not one', () => {
    expect(orgs('Üben sollen IT-Verantwortliche aus Landes- und Kommunalbehörden den Ernstfall.')).toEqual([]);
  });

  it('a determiner that looks like an adjective does not start a name', () => {
    expect(orgs('Jedes Amt hat seine eigenen Routinen, und viele Ämter arbeiten anders.')).toEqual([]);
  });

  it('teaches the document an abbreviation from `Long Name (ABBR)`', () => {
    const text = 'Der Verband der Kommunalen Rechenzentren Mitteldeutschlands (VKRM) tagte. VKRM-Geschäftsführer Torsten Wiegand sprach.';
    const r = findOrganisations(text, tokenize(text));
    expect(r.names).toEqual(['Verband der Kommunalen Rechenzentren Mitteldeutschlands']);
    // the long name, the abbreviation in parentheses, the compound `VKRM-Geschäftsführer`
    expect(r.spans.filter((s) => s.canonical === r.names[0]).length).toBe(3);
  });

  it('a law in parentheses is not an organisation', () => {
    expect(orgs('Die Umsetzung des Onlinezugangsgesetzes (OZG) in Nordrhein-Westfalen schreitet voran.')).toEqual([]);
  });

  it('vendor advert lines are furniture, not mentions', () => {
    const text = 'Die Kommune hat ihr Portal freigeschaltet und ist zufrieden damit.\n\nekom21\nprocilon GmbH\n04425 Taucha bei Leipzig\nSOMACOS GmbH & Co. KG';
    const lines = (o: number): boolean => text.lastIndexOf('\n', o) > 60;
    expect(findOrganisations(text, tokenize(text), lines).names).toEqual([]);
  });

  it('generic phrases are not organisations', () => {
    expect(orgs('Die Vitako-Mitglieder stellen laut Verband Infrastrukturen zur Verfügung.')).toEqual(['Vitako']);
    expect(orgs('Neue Genossenschaft soll digitale Innovationen vorantreiben, heißt es.')).toEqual([]);
  });
});
