import { describe, expect, it } from 'vitest';
import { article, readPath, SEEDS, teasers } from './helpers.ts';

const FURNITURE = ['procilon', 'Kommentieren Sie', 'Druckversion', 'Aktuelle Meldungen', 'Ausgabe 1/2022', 'Suchen...', 'Please enter', '(Foto:', 'mehr...', 'AIDA ORGA', 'ekom21', 'LORENZ', 'Aktuelle Information des Verlags', 'Weitere Meldungen', 'Stichwörter', 'http'];

interface SeedExpectation {
  file: string;
  kicker: string | null;
  title: string;
  date: string | null;
  dateSource: 'stated' | 'inferred' | null;
  source: string | null;
  author: string | null;
  teaserDates: string[];
  lastSentence: string;
  keywords: number;
  links: string[];
  /** Paragraphs that must stand alone (section headings). */
  headings: string[];
}

const SEED_EXPECTATIONS: SeedExpectation[] = [
  {
    file: '000_89bbb2d4f43df416.txt', kicker: 'Vitako', title: 'Mitgliederversammlung in Bremen', date: '2019-11-25', dateSource: 'stated',
    source: 'Kommune21', author: 've', teaserDates: ['2022-01-13', '2022-01-12', '2021-12-17', '2021-12-14', '2021-12-13'],
    lastSentence: '„Wir stehen hier erst am Anfang einer Technologieentwicklung“, so Rehfeld.', keywords: 9, links: ['https://www.vitako.de'],
    headings: ['Kommunaler Schulterschluss', 'Digitale Souveränität'],
  },
  {
    file: '001_a2b9fb6e9804ee7d.txt', kicker: 'Vitako', title: 'Fundament der digitalen Verwaltung', date: '2021-04', dateSource: 'inferred',
    source: 'Kommune21', author: null,
    teaserDates: ['2025-05-09', '2025-05-07', '2025-04-25', '2025-04-16', '2025-04-11', '2025-04-08', '2025-04-07', '2025-04-04', '2025-04-01', '2025-03-31', '2025-03-28', '2025-03-27', '2025-03-26', '2025-03-25', '2025-03-25'],
    lastSentence: 'Dies soll der Verwaltung eine zusätzliche Handlungsoption verschaffen.', keywords: 0, links: [],
    headings: ['Struktur für durchgängige Prozesse', 'Auch digitale Wege ersparen'],
  },
  {
    file: '002_7c26aae1279bb77d.txt', kicker: null, title: 'Eine zentrale Rolle für kommunale Digitaldienste', date: null, dateSource: null,
    source: 'Behörden Spiegel', author: null, teaserDates: [],
    lastSentence: 'unterstrich Dieter Rehfeld, Geschäftsführer der Aachener regio iT.', keywords: 0, links: [],
    headings: ['Zentrale Rolle für kommunale Angebote', 'Neue Genossenschaft soll digitale Innovationen vorantreiben'],
  },
  {
    file: '003_05ebbdd9fab7ca9d.txt', kicker: 'Deutscher Städtetag / KGSt', title: 'Initiative für unabhängige Kommunen', date: '2020-09-09', dateSource: 'stated',
    source: 'Kommune21', author: 'co', teaserDates: ['2020-09-15', '2020-09-15', '2020-09-10', '2020-09-10', '2020-09-07'],
    lastSentence: 'kündigt der Deutsche Städtetag an.', keywords: 5, links: ['http://www.staedtetag.de', 'https://www.kgst.de'], headings: [],
  },
  {
    file: '004_ac2f4d37a3170e1a.txt', kicker: 'Vitako', title: 'NRW stand im Fokus', date: '2019-04-11', dateSource: 'stated',
    source: 'Kommune21', author: 've', teaserDates: ['2019-12-06', '2019-12-04', '2019-12-03', '2019-12-02', '2019-11-29'],
    lastSentence: 'Insgesamt könne NRW 42 Projekte im Förderschwerpunkt E-Government vorweisen.', keywords: 8, links: ['http://www.vitako.de'], headings: [],
  },
];

describe('seed pages', () => {
  for (const s of SEED_EXPECTATIONS) {
    describe(s.file, () => {
      const { documents, problems } = readPath(SEEDS, s.file);
      const a = article(documents);
      const stem = s.file.replace('.txt', '');

      it('reads without problems', () => expect(problems).toEqual([]));
      it('article id, kicker, title, date, source', () => {
        expect(a.id).toBe(stem);
        expect(a.file).toBe(s.file);
        expect(a.kicker).toBe(s.kicker);
        expect(a.title).toBe(s.title);
        expect(a.date).toBe(s.date);
        expect(a.dateSource).toBe(s.dateSource);
        expect(a.source).toBe(s.source);
        expect(a.author).toBe(s.author);
        expect(a.organisations).toEqual([]);
        expect(a.people).toEqual([]);
        expect(a.topics).toEqual([]);
      });
      it('keywords and links', () => {
        expect(a.keywords).toHaveLength(s.keywords);
        expect(a.links).toEqual(s.links);
      });
      it('article text holds no furniture', () => {
        for (const f of FURNITURE) expect(a.text, f).not.toContain(f);
        expect(a.text).not.toMatch(/^\d+$/m); // view counters
        expect(a.text).not.toMatch(/\(\w{1,4}\)$/); // author initials stripped
      });
      it('article text keeps the content', () => {
        expect(a.text.endsWith(s.lastSentence)).toBe(true);
        expect(a.lead).toBe(a.text.split('\n\n')[0]);
        for (const h of s.headings) expect(a.text.split('\n\n')).toContain(h);
      });
      it(`has ${s.teaserDates.length} teasers with their own dates`, () => {
        const ts = teasers(documents);
        expect(ts.map((t) => t.date)).toEqual(s.teaserDates);
        ts.forEach((t, k) => {
          expect(t.id).toBe(`${stem}~t${k + 1}`);
          expect(t.parent).toBe(stem);
          expect(t.dateSource).toBe('stated');
          expect(t.source).toBe(s.source);
          expect(t.text).not.toContain('mehr...');
          expect(t.text.length).toBeGreaterThan(20);
          expect(t.organisations).toEqual([]);
        });
      });
    });
  }
});

describe('seed details', () => {
  it('001: inferred date says why', () => {
    const a = article(readPath(SEEDS, '001_a2b9fb6e9804ee7d.txt').documents);
    expect(a.dateNote).toContain('Ende April 2021');
  });

  it('000: teaser kicker split, captions are not teaser text', () => {
    const ts = teasers(readPath(SEEDS, '000_89bbb2d4f43df416.txt').documents);
    expect(ts[0]).toMatchObject({ kicker: 'Thüringen', title: 'Zwischenfazit zum OZG' });
    expect(ts[4]).toMatchObject({ kicker: 'OZG-Umsetzung', title: 'Fehlende Perspektive' });
    for (const t of ts) expect(t.text + t.title).not.toContain('Mit Abstand eine erfolgreiche Übergabe');
  });

  it('004: layout labels stripped from teaser titles, captions dropped', () => {
    const ts = teasers(readPath(SEEDS, '004_ac2f4d37a3170e1a.txt').documents);
    expect(ts.map((t) => [t.kicker, t.title])).toEqual([
      ['NRW', 'Modellkommunen in der Zwischenbilanz'],
      ['Round Table', 'Erfolgsfaktor Herzblut'],
      ['Zukunftspanel Staat & Verwaltung 2019', 'Erste Ergebnisse'],
      ['Serie OZG', 'Ganzheitliche Optimierung'],
      ['Interview', 'München Digital Erleben'],
    ]);
    for (const t of ts) expect(t.text).not.toMatch(/Thomas Bönig, IT-Referent und CDO|Wirtschaftsminister Andreas Pinkwart sowie/);
  });

  it('002: photo caption and counters dropped, body starts with the lead', () => {
    const a = article(readPath(SEEDS, '002_7c26aae1279bb77d.txt').documents);
    expect(a.lead).toMatch(/^Die digitale Souveränität von Staat und Verwaltung/);
    expect(a.text).not.toContain('forderte von den Vitako-Mitgliedern');
  });

  it('003: a teaser date never becomes the article date', () => {
    const a = article(readPath(SEEDS, '003_05ebbdd9fab7ca9d.txt').documents);
    expect(a.date).toBe('2020-09-09');
  });
});
