import { describe, expect, it } from 'vitest';
import { findOrganisations } from '../../../src/corpus/extract/organisations.ts';
import { matchLexicon } from '../../../src/corpus/extract/orgLexicon.ts';
import { tokenize } from '../../../src/corpus/extract/tokens.ts';

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
  ])('%s', (text, name) => {
    expect(orgs(text)).toContain(name);
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
