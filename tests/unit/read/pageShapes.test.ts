/**
 * Page shapes the fourth batch of held-out pages (tests/fixtures/read/unseen4) showed the reader missing: lists of
 * other articles as a title and a date without text, or a topic, a title and a text without date; captions above
 * their credit line; author boxes; bylines with a date; headlines that are quotations; letters; empty advert slots.
 * Each case is an invented page of a few lines, with the near miss that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from '../../../src/corpus/read/readFile.ts';
import { htmlToText } from '../../../src/corpus/read/htmlToText.ts';
import { inferPublisher } from '../../../src/corpus/read/publisher.ts';
import { isCaptionWithCredit } from '../../../src/corpus/read/furniture.ts';

const read = (lines: string[]) => readFile({ name: 'p.txt', bytes: new TextEncoder().encode(lines.join('\n')) }).documents;
const article = (lines: string[]) => read(lines).find((d) => d.kind === 'article')!;
const teasers = (lines: string[]) => read(lines).filter((d) => d.kind === 'teaser').map((t) => [t.title, t.date, t.kicker, t.text]);

const TOP = ['Startseite', 'Presse', 'Verband fordert verbindliche Standards für Fachverfahren'];
const BODY = [
  'Der Verband der kommunalen IT-Dienstleister fordert verbindliche Standards für die Schnittstellen der Fachverfahren in allen Ländern.',
  '„Ohne offene Schnittstellen bleibt jede Kommune an ihren Hersteller gebunden“, sagte die Vorsitzende Petra Lindholm am Montag in Kassel.',
];

describe('lists of other articles after the text', () => {
  it('reads a heading over dates and titles without text as teasers, in either order', () => {
    expect(teasers([...TOP, ...BODY, 'Weitere Pressemitteilungen', '11.04.2024', 'Landkreise begrüßen das neue Förderprogramm', '27.03.2024', 'Verband wählt einen neuen Vorstand im Frühjahr']))
      .toEqual([['Landkreise begrüßen das neue Förderprogramm', '2024-04-11', null, ''], ['Verband wählt einen neuen Vorstand im Frühjahr', '2024-03-27', null, '']]);
    expect(teasers([...TOP, ...BODY, 'Neueste Beiträge', 'Cloud-Strategie der Länder im Überblick', '5. März 2026', 'Rückblick auf den Digitaltag der Verwaltung', '19. Februar 2026']))
      .toEqual([['Cloud-Strategie der Länder im Überblick', '2026-03-05', null, ''], ['Rückblick auf den Digitaltag der Verwaltung', '2026-02-19', null, '']]);
  });

  it('reads a date and a title on one line', () => {
    expect(teasers([...TOP, ...BODY, 'Weitere Meldungen', '05.06.2025 Landesverwaltung führt die E-Akte ein', 'Vollsperrung der Landstraße ab Montag 13. Mai 2024']))
      .toEqual([['Landesverwaltung führt die E-Akte ein', '2025-06-05', null, ''], ['Vollsperrung der Landstraße ab Montag', '2024-05-13', null, '']]);
  });

  it('reads list headings of other wordings, dates with a time, and a question as a title', () => {
    expect(teasers([...TOP, ...BODY, 'Beliebte Beiträge', 'Warum ich keine Reifegrade mehr zähle', '17. September 2024', 'Der Digitallotse ist keine Planstelle – oder doch?', '8. November 2023', 'Notfallhandbuch IT: Unsere Vorlage zum Herunterladen', '14. Juni 2023'])
      .map((t) => t.slice(0, 2))).toEqual([['Warum ich keine Reifegrade mehr zähle', '2024-09-17'], ['Der Digitallotse ist keine Planstelle – oder doch?', '2023-11-08'], ['Notfallhandbuch IT: Unsere Vorlage zum Herunterladen', '2023-06-14']]);
    expect(teasers([...TOP, ...BODY, 'Weitere Berichte aus der Plenarsitzung', '22.01.2025, 11:25 Uhr', 'Landtag beschließt ein neues Datenschutzgesetz'])
      .map((t) => t.slice(0, 2))).toEqual([['Landtag beschließt ein neues Datenschutzgesetz', '2025-01-22']]);
    expect(teasers([...TOP, ...BODY, 'Mehr aus Bad Lindenau', 'Stadtrat beschließt den Haushalt 2026', '05.02.2026'])
      .map((t) => t.slice(0, 2))).toEqual([['Stadtrat beschließt den Haushalt 2026', '2026-02-05']]);
  });

  it('does not read dates and titles under any other heading (an event list)', () => {
    expect(teasers([...TOP, ...BODY, 'Termine', '24.09.2025', 'Sitzung des Ausschusses für Digitales', '27.09.2025', 'Herbstmarkt auf dem Rathausplatz'])).toEqual([]);
  });

  it('reads a topic, a title and a text, with a date after the text when the entries start with their topic', () => {
    expect(teasers([
      ...TOP, ...BODY, 'Mehr zum Thema',
      'Recht', 'Welche Pflichten die KI-Verordnung bringt', 'Seit 2025 gelten erste Vorgaben, die Städte und Landkreise jetzt prüfen müssen.', '12.01.2026',
      'Interview', '„Wir kaufen keine KI, wir kaufen Lösungen“', 'Die Digitalbeauftragte eines Landkreises erklärt, warum ihre Verwaltung klein anfängt.', '18.12.2025',
    ])).toEqual([
      ['Welche Pflichten die KI-Verordnung bringt', '2026-01-12', 'Recht', 'Seit 2025 gelten erste Vorgaben, die Städte und Landkreise jetzt prüfen müssen.'],
      ['„Wir kaufen keine KI, wir kaufen Lösungen“', '2025-12-18', 'Interview', 'Die Digitalbeauftragte eines Landkreises erklärt, warum ihre Verwaltung klein anfängt.'],
    ]);
  });

  it('gives a date that leads an entry to that entry, with its topic line as kicker', () => {
    expect(teasers([
      ...TOP, ...BODY, 'Weitere Meldungen',
      '02.03.2022', 'Verbandsversammlung', 'Wirtschaftsplan 2022 einstimmig beschlossen', 'Die Verbandsversammlung hat den Wirtschaftsplan für das laufende Jahr verabschiedet.',
      '17.02.2022', 'Digitale Schule', 'Tablets für die Grundschulen ausgeliefert', 'Der Zweckverband hat die zweite Tranche mobiler Endgeräte an die Schulträger übergeben.',
    ]).map((t) => t.slice(0, 3))).toEqual([
      ['Wirtschaftsplan 2022 einstimmig beschlossen', '2022-03-02', 'Verbandsversammlung'],
      ['Tablets für die Grundschulen ausgeliefert', '2022-02-17', 'Digitale Schule'],
    ]);
  });

  it('skips a "read more" link that repeats the title', () => {
    expect(teasers([
      ...TOP, ...BODY, 'Weitere Meldungen',
      '20.02.2025', 'Neues Serviceportal für Bauanträge freigeschaltet', 'Bauherren können Unterlagen ab sofort digital einreichen.', 'Weiterlesen … Neues Serviceportal für Bauanträge freigeschaltet',
      '06.02.2025', 'Schwachstelle in einem Fachverfahren behoben', 'Betroffene Kommunen wurden informiert, Angriffe sind nicht bekannt.', 'Weiterlesen … Schwachstelle in einem Fachverfahren behoben',
    ]).map((t) => t[0])).toEqual(['Neues Serviceportal für Bauanträge freigeschaltet', 'Schwachstelle in einem Fachverfahren behoben']);
  });
});

describe('around the title and the text', () => {
  it('leaves out a one-sentence caption above its credit line, and keeps a paragraph above one', () => {
    const a = article([
      ...TOP, 'Bild vergrößern', 'Die Vorsitzende Dr. Petra Lindholm stellt das Positionspapier in Kassel vor.', 'Foto: Verband / M. Sommer',
      ...BODY,
      'Der Vorstand hat das Papier einstimmig beschlossen. Es geht nun an die Länder.', 'Foto: Verband / M. Sommer',
    ]);
    expect(a.text.startsWith('Der Verband der kommunalen IT-Dienstleister')).toBe(true);
    expect(a.text).not.toContain('stellt das Positionspapier');
    expect(a.text).not.toContain('Bild vergrößern');
    expect(a.text).toContain('Es geht nun an die Länder.');
  });

  it('ends the text at an author box, not at a heading its paragraph repeats', () => {
    const a = article([...TOP, ...BODY, 'Offene Schnittstellen', 'Offene Schnittstellen sind nach Ansicht des Verbands die Voraussetzung für jeden Wechsel.', 'Miriam Koch', 'Miriam Koch schreibt über Verwaltungsmodernisierung und Open Source.']);
    expect(a.text).toContain('Offene Schnittstellen sind nach Ansicht');
    expect(a.text).not.toContain('Miriam Koch');
  });

  it('reads a kicker without a colon right above the title, but not a menu item or a breadcrumb', () => {
    const kicked = article(['Startseite', 'Politik', 'Startseite › Fachthemen › E-Akte', 'Digitale Verwaltung', 'Landkreis führt die elektronische Akte ein', ...BODY]);
    expect([kicked.kicker, kicked.title]).toEqual(['Digitale Verwaltung', 'Landkreis führt die elektronische Akte ein']);
    // The last item of a menu has another item right before it.
    const menu = article(['Startseite', 'Politik', 'Kommunen', 'Landkreis führt die elektronische Akte ein', ...BODY]);
    expect([menu.kicker, menu.title]).toEqual([null, 'Landkreis führt die elektronische Akte ein']);
    const crumb = article(['Suche', 'Start Digitaler Staat', 'Landkreis führt die elektronische Akte ein', ...BODY]);
    expect(crumb.kicker).toBeNull();
  });

  it('takes the date of a byline, and a quotation as headline', () => {
    const a = article(['Startseite', 'E-Akte im Landratsamt', '„Wir haben die Akte nicht digitalisiert, sondern neu gedacht“', 'Von Miriam Eckhoff | 06.03.2024 | Lesezeit: 4 Minuten', ...BODY]);
    expect(a.title).toBe('„Wir haben die Akte nicht digitalisiert, sondern neu gedacht“');
    expect(a.date).toBe('2024-03-06');
    expect(a.text.startsWith('Der Verband der kommunalen')).toBe(true);
  });

  it("takes a date line with a section's label between menu and title, not one beside a teaser's title", () => {
    const a = article(['Kundenportal', 'Suche', 'Sie sind hier: Startseite › Presse', '12.03.2025 | Unternehmen', TOP[2]!, ...BODY]);
    expect([a.title, a.date]).toEqual([TOP[2], '2025-03-12']);
    const b = article(['Kundenportal', 'Suche', '24.10.2023 | Neue Leitstelle geht im Landkreis in Betrieb', TOP[2]!, ...BODY]);
    expect([b.title, b.date]).toEqual([TOP[2], null]);
  });

  it("takes a newsletter issue's day as its articles' date, not an issue notice without one", () => {
    const a = article(['Kommunaler Digitalverband e.V.', 'Newsletter 03/2025 · 12. März 2025', TOP[2]!, ...BODY]);
    expect([a.title, a.date]).toEqual([TOP[2], '2025-03-12']);
    expect(article(['Kommunaler Digitalverband e.V.', 'BKD-Newsletter 06/2021 | 17.06.2021', TOP[2]!, ...BODY]).date).toBe('2021-06-17');
    const b = article(['Kommunaler Digitalverband e.V.', 'Ausgabe 2/2026 – jetzt als E-Paper lesen', TOP[2]!, ...BODY]);
    expect([b.title, b.date]).toEqual([TOP[2], null]);
  });

  it("takes the date of a byline under the standfirst, not of a byline-like line later in the text", () => {
    const standfirst = 'Seit Jahresbeginn müssen Unternehmen elektronische Rechnungen empfangen können, und der Landkreis stellt um.';
    const a = article([...TOP, standfirst, 'von Jana Schütte | 14.02.2025', 'Lesezeit: 4 Min.', ...BODY]);
    expect([a.title, a.date, a.lead]).toEqual([TOP[2], '2025-02-14', standfirst]);
    const b = article([...TOP, ...BODY, standfirst, 'von Jana Schütte | 14.02.2025', ...BODY]);
    expect(b.date).toBeNull();
  });

  it("takes the date under the title over the site's day above the navigation, not over a header line's", () => {
    const a = article(['Freitag, 30. September 2022', 'Anmelden', 'Behördenblick', 'Digitalisierung', TOP[2]!, 'Von', 'Jonas Brandt', '22. September 2022', ...BODY]);
    expect([a.title, a.date]).toEqual([TOP[2], '2022-09-22']);
    const b = article(['14.06.2023 | Kommune21', 'Startseite', TOP[2]!, '15.06.2023', ...BODY]);
    expect([b.title, b.date]).toEqual([TOP[2], '2023-06-14']);
  });

  it("ends the text at a plain-text page's horizontal rule, and leaves link buttons with an arrow out", () => {
    const a = article([...TOP, ...BODY, 'Zur Stellungnahme (PDF, 480 KB) »', '————————————', 'AUS DEM VERBAND', 'Neue Mitglieder im Verband',
      'Seit dem Frühjahr sind die Stadt Bad Kellingen und der Landkreis Unterweser Mitglied im Verband geworden.', 'Weiterlesen »']);
    expect(a.text).toBe(BODY.join('\n\n'));
    // Under a letterhead, before the text, a rule opens it.
    const b = article(['Landesverband Kommunale IT e. V.', '______________________________', TOP[2]!, ...BODY]);
    expect([b.title, b.text]).toEqual([TOP[2], BODY.join('\n\n')]);
  });

  it('drops the author name under a date line and a reading time without label', () => {
    const a = article([...TOP, '18.03.2025, 17:05 Uhr', 'Katrin Vollmer', '5 Minuten', ...BODY]);
    expect(a.title).toBe('Verband fordert verbindliche Standards für Fachverfahren');
    expect(a.date).toBe('2025-03-18');
  });

  it('reads a letter: no salutation as title, the text ends at the closing', () => {
    const a = article(['Mitgliederrundschreiben', 'Konsolidierung der kommunalen Rechenzentren bis 2028', 'Sehr geehrte Damen und Herren,', ...BODY, 'Mit freundlichen Grüßen', 'gez. Matthias Krämer']);
    expect(a.title).toBe('Konsolidierung der kommunalen Rechenzentren bis 2028');
    expect(a.text).not.toContain('Grüßen');
  });

  it('takes a newspaper place line off the lead, not a one-word sentence', () => {
    const lead = 'Der Landkreis will bis Ende 2026 insgesamt 38 Dörfer an das Glasfasernetz anschließen.';
    expect(article([...TOP, `Bad Kissingen. ${lead}`, BODY[1]!]).text.startsWith(lead)).toBe(true);
    expect(article([...TOP, `Endlich. ${lead}`, BODY[1]!]).text.startsWith('Endlich.')).toBe(true);
  });

  it('ends the text at its own publication line, whose date wins over a date line well above the title', () => {
    const a = article([
      'Weitere Meldungen', 'Neue Vorständin übernimmt zum 1. April', '21.01.2025', 'Aktuelles',
      'Kommunen können Fachanwendungen jetzt in die Cloud verlagern', ...BODY,
      'Veröffentlicht: 04.02.2025 | Kategorie: Cloud & Rechenzentrum', 'Am Weserwehr 7', 'Impressum | Datenschutz',
    ]);
    expect(a.date).toBe('2025-02-04');
    expect(a.text).not.toContain('Weserwehr');
    // A date line between title and text stays the article's.
    expect(article([...TOP, '21.01.2025', ...BODY, 'Veröffentlicht: 04.02.2025']).date).toBe('2025-01-21');
  });

  it('leaves out share counts, media links, a character count, page footers, a paywall and an author note', () => {
    const a = article([
      'Startseite', 'Verband fordert verbindliche Standards für Fachverfahren', 'Bluesky 17', '214 Shares', 'Zum Video der Debatte',
      BODY[0]!, 'Seite 1 von 2', BODY[1]!, '(2.530 Zeichen inkl. Leerzeichen)',
      'Die Autorin ist Leiterin der Stabsstelle Digitalisierung im Landratsamt.', 'Lesen Sie weiter mit Staatsanzeiger+',
    ]);
    expect(a.title).toBe('Verband fordert verbindliche Standards für Fachverfahren');
    expect(a.text).toBe(`${BODY[0]}\n\n${BODY[1]}`);
  });

  it('reads a caption whose credit has an initial, not a paragraph that cites a source', () => {
    expect(isCaptionWithCredit('Disponentin Lea Hartwig an einem der neuen Arbeitsplätze. Foto: Landkreis Ostwalden / M. Kessler')).toBe(true);
    expect(isCaptionWithCredit('Die Zahl der Anträge stieg um ein Drittel. Im Vorjahr waren es 4.200. Quelle: Statistisches Landesamt')).toBe(false);
  });

  it('keeps a paragraph right after an empty advert slot', () => {
    const a = article([...TOP, ...BODY, 'Anzeige', 'Der Verband will die Standards gemeinsam mit den Herstellern bis zum Jahresende in einer offenen Arbeitsgruppe erarbeiten lassen.', 'Weitere Meldungen']);
    expect(a.text).toContain('in einer offenen Arbeitsgruppe');
  });
});

describe('markup and publisher', () => {
  const html = (beforeHeadline: string) => readFile({ name: 'p.html', bytes: new TextEncoder().encode(
    `<html><body><nav><a href="/">Startseite</a></nav><div class="news">${beforeHeadline}<h1>${TOP[2]}</h1>${BODY.map((b) => `<p>${b}</p>`).join('')}</div></body></html>`,
  ) }).documents.find((d) => d.kind === 'article')!;

  it("takes the page's date, not a listed teaser's microdata in the body", () => {
    const page = `<html><head><title>Landkreis</title></head><body><div class="article"><h1>${TOP[2]}</h1>`
      + `<time itemprop="datePublished" datetime="2025-03-18">18.03.2025</time>${BODY.map((b) => `<p>${b}</p>`).join('')}</div>`
      + '<h2>Weitere Meldungen</h2><div class="article"><time datetime="2025-03-14">14.03.2025<meta itemprop="datePublished" content="2025-03-14"></time>'
      + '<h3>Neue Rettungswache in Betrieb genommen</h3></div></body></html>';
    const a = readFile({ name: 'p.html', bytes: new TextEncoder().encode(page) }).documents.find((d) => d.kind === 'article')!;
    expect([a.title, a.date]).toEqual([TOP[2], '2025-03-18']);
    const head = page.replace('<title>', '<meta property="article:published_time" content="2025-03-17T09:00:00+01:00"><title>');
    expect(readFile({ name: 'p.html', bytes: new TextEncoder().encode(head) }).documents.find((d) => d.kind === 'article')!.date).toBe('2025-03-17');
  });

  it("takes a release's date marked just above its headline, not a plain date there", () => {
    const typo3 = html('<span class="news-category">Pressemitteilung Nr. 014/2021</span> <span><time itemprop="datePublished" datetime="2021-02-09">09.02.2021</time></span>');
    expect([typo3.title, typo3.date]).toEqual([TOP[2], '2021-02-09']);
    const gsb = html('<p class="docData"><span>Pressemitteilung</span> <span>Nr. 09/2024</span> <span>vom 17.04.2024</span></p>');
    expect(gsb.date).toBe('2024-04-17');
    // A sidebar's teaser date above the headline, without the publication's marker.
    expect(html('<aside><a href="/t">Leitstelle geht in Betrieb</a> <time datetime="2020-01-14">14.01.2020</time></aside>').date).toBeNull();
    // The marker, but far above (another block of the page in between).
    expect(html(`<time itemprop="datePublished" datetime="2021-02-09">09.02.2021</time><div>${'<p>Menü</p>'.repeat(100)}</div>`).date).toBeNull();
  });

  it('keeps links side by side apart, and a link inside a word whole', () => {
    expect(htmlToText('<div><a href="/">Home</a><a href="/u">Über uns</a></div>')).toBe('Home Über uns');
    expect(htmlToText('<p>Open-<a href="/s">Source</a>-Strategie</p>')).toBe('Open-Source-Strategie');
  });

  it("takes a newsletter's sender from right above its issue line, when it names its legal form", () => {
    const lines = ['Newsletter 03/2025 – Webansicht', 'KDV Südwest', 'Kommunaler Digitalverband Südwest e.V.', 'Newsletter 03/2025 · 12. März 2025', 'Editorial'];
    expect(inferPublisher({ lines, hasTeaserList: false })).toBe('Kommunaler Digitalverband Südwest e.V.');
    expect(inferPublisher({ lines: ['BKD – Bundesverband Kommunale Digitalisierung e.V.', 'BKD-Newsletter 06/2021 · 17. Juni 2021'], hasTeaserList: false }))
      .toBe('BKD – Bundesverband Kommunale Digitalisierung e.V.');
    expect(inferPublisher({ lines: ['Stadt Lindenau', 'Newsletter 03/2025', 'Newsletter abonnieren'], hasTeaserList: false })).toBeNull();
    // The same issue line as the date rule reads (furniture.ts ISSUE_NUMBER), so a `Rundbrief` too.
    expect(inferPublisher({ lines: ['Landesverband Kommunale IT e.V.', 'Rundbrief Nr. 4/2024 · 3. Mai 2024'], hasTeaserList: false })).toBe('Landesverband Kommunale IT e.V.');
    expect(article(['Landesverband Kommunale IT e.V.', 'Rundbrief Nr. 4/2024 · 3. Mai 2024', TOP[2]!, ...BODY]).date).toBe('2024-05-03');
  });

  it('takes the copyright holder before a dash or a dot', () => {
    expect(inferPublisher({ lines: ['© 2024 eGov Radar – ein Angebot der Fachverlag Behördenmedien GmbH'], hasTeaserList: false })).toBe('eGov Radar');
    expect(inferPublisher({ lines: ['© 2026 Digitalverband Öffentliche Hand e.V. · Impressum · Datenschutz'], hasTeaserList: false })).toBe('Digitalverband Öffentliche Hand e.V.');
  });

  it('names a title, not its publishing house after it, and keeps a house whose name comes first', () => {
    expect(inferPublisher({ lines: ['© 2025 Erfurter Rundblick Mediengruppe GmbH'], hasTeaserList: false })).toBe('Erfurter Rundblick');
    expect(inferPublisher({ lines: ['© 2024 Behördenblick Verlagsgesellschaft mbH'], hasTeaserList: false })).toBe('Behördenblick');
    expect(inferPublisher({ lines: ['© 2024 Verlag Lindholm Medien GmbH'], hasTeaserList: false })).toBe('Verlag Lindholm Medien GmbH');
  });
});
