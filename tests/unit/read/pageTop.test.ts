/**
 * Where a page's text starts: a site's tagline above the menu reads like a paragraph but stands alone, and the
 * text is the run of paragraphs further down; a press release of one paragraph, followed by its contact block and
 * boilerplate, is not "alone" (what follows an end marker is never the text).
 */
import { describe, expect, it } from 'vitest';
import { readFile } from '../../../src/corpus/read/readFile.ts';

const article = (lines: string[]) =>
  readFile({ name: 'p.txt', bytes: new TextEncoder().encode(lines.join('\n')) }).documents.find((d) => d.kind === 'article')!;

describe('start of the text', () => {
  it('skips a tagline paragraph above the menu', () => {
    const a = article([
      'Beispielverband – Bundesverband kommunaler Dienste e.V.',
      'Gemeinsam für eine leistungsfähige, sichere und souveräne digitale Verwaltung: Wir vertreten 58 Dienstleister.',
      'Verband', 'Themen', 'Presse',
      'Verband fordert verbindlichen Fahrplan',
      'Die kommunalen IT-Dienstleister drängen auf einen verbindlichen Zeitplan für den Aufbau einer souveränen Cloud.',
      'Bund und Länder sollen bis zum Sommer klare Zuständigkeiten und eine tragfähige Finanzierung festlegen.',
    ]);
    expect(a.title).toBe('Verband fordert verbindlichen Fahrplan');
    expect(a.text.startsWith('Die kommunalen IT-Dienstleister drängen')).toBe(true);
    expect(a.text).not.toContain('Wir vertreten 58');
  });

  it('keeps a one-paragraph press release whose contact and boilerplate follow', () => {
    const a = article([
      'Verband fordert mehr Tempo',
      'Der Verband fordert Bund und Länder auf, die Registermodernisierung bis zum Jahresende verbindlich zu planen und die Finanzierung zu sichern.',
      'Pressekontakt:', 'Jonas Leitermann', 'Telefon: 030 123456', 'E-Mail: presse@example.org',
      'Über den Verband',
      'Der Verband vertritt mehr als 60 kommunale IT-Dienstleister, Zweckverbände und Anstalten des öffentlichen Rechts in allen Ländern.',
      'Wir verwenden Cookies, um unsere Website für Sie zu verbessern. Mit einem Klick auf Akzeptieren stimmen Sie zu.',
    ]);
    expect(a.title).toBe('Verband fordert mehr Tempo');
    expect(a.text).toBe('Der Verband fordert Bund und Länder auf, die Registermodernisierung bis zum Jahresende verbindlich zu planen und die Finanzierung zu sichern.');
  });
});
