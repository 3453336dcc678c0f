/**
 * `inferPublisher` runs its two line rules only on lines containing text every match contains (a native search
 * first). Each layout feature must still be found, and lines close to one must still be rejected.
 */
import { describe, expect, it } from 'vitest';
import { inferPublisher } from '../../../src/corpus/read/publisher.ts';
import { looksLikeHtml } from '../../../src/corpus/read/htmlToText.ts';

const publisher = (...lines: string[]): string | null => inferPublisher({ lines, hasTeaserList: false });

describe('inferPublisher', () => {
  it.each([
    ['Kommune21, Ausgabe 3/2021', 'Kommune21'],
    ['Alle Ausgaben von Kommune21 im Archiv', 'Kommune21'],
    ['Kommune21 berichtet regelmäßig', 'Kommune21'],
    ['Weitere Meldungen und Beiträge aus dem Bereich: IT-Sicherheit', 'Kommune21'],
    ['© 2021 by Kommune21', 'Kommune21'],
    ['Ein Bild (Foto: BS/Vitako)', 'Behörden Spiegel'],
    ['(BS/Tanja Klement) Bund und Länder …', 'Behörden Spiegel'],
    ['Behörden Spiegel | Berlin', 'Behörden Spiegel'],
    ['Behörden Spiegel', 'Behörden Spiegel'],
  ])('%s → %s', (line, want) => {
    expect(publisher('Titel', line, 'Text.')).toBe(want);
  });

  it.each([
    'Kommune21, Ausgabe 3/2021 extra', 'Ausgaben von Kommune 21', 'Kommune21berichtet', '© Stadt Münster', '(Foto: Vitako)',
    'Text (BS/Name)', 'Der Behörden Spiegel schreibt', 'Behörden Spiegelung', 'Weitere Meldungen', '',
  ])('%s → none', (line) => {
    expect(publisher('Titel', line)).toBeNull();
  });

  it('names the holder of a copyright line with a year when no layout rule knows the page', () => {
    expect(publisher('Titel', '© 2021 Kommune 21')).toBe('Kommune 21'); // not the Kommune21 layout: the holder as written
    expect(publisher('Titel', 'Text.', '© 2023 Bundesverband Digitale Kommunalverwaltung e. V.')).toBe('Bundesverband Digitale Kommunalverwaltung e. V.');
    expect(publisher('Titel', '© Datenwerk Mittelland GmbH 2023')).toBe('Datenwerk Mittelland GmbH');
    expect(publisher('Titel', '© 2022 Fachverlag Linden & Roth GmbH – alle Rechte vorbehalten')).toBe('Fachverlag Linden & Roth GmbH');
    expect(inferPublisher({ lines: ['© 2023 Verlag X'], hasTeaserList: false, siteName: 'Site Y' })).toBe('Site Y');
    expect(publisher('(Foto: BS/Kreis)', '© Behörden Standpunkt 2021 | Impressum | Datenschutz')).toBe('Behörden Standpunkt');
  });

  it('names the magazine of an issue list before any layout evidence', () => {
    expect(inferPublisher({ lines: ['eKommunal, Ausgabe 7/2016', 'eKommunal, Ausgabe 6/2016'], hasTeaserList: true })).toBe('eKommunal');
    expect(publisher('Kommune21, Ausgabe 3/2021')).toBe('Kommune21');
  });

  it('a header source wins; a teaser list is Kommune21 evidence', () => {
    expect(inferPublisher({ headerSource: 'eGovernment', lines: ['(Foto: BS/x)'], hasTeaserList: false })).toBe('eGovernment');
    expect(inferPublisher({ lines: ['(Foto: BS/x)'], hasTeaserList: true })).toBe('Kommune21');
  });
});

describe('looksLikeHtml', () => {
  it('needs a tag-like start', () => {
    expect(looksLikeHtml('Kein Markup, nur Text.')).toBe(false);
    expect(looksLikeHtml('a < b und c > d')).toBe(false);
    expect(looksLikeHtml('<p>Absatz</p>')).toBe(true);
    expect(looksLikeHtml('Text <BR/> mehr')).toBe(true);
    expect(looksLikeHtml(`${'x'.repeat(4100)}<p>`)).toBe(false); // only the head is looked at
  });
});
