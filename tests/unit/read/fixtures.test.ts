import { describe, expect, it } from 'vitest';
import { article, FIXTURES, readPath, teasers } from './helpers.ts';
import { readFile } from '../../../src/corpus/read/readFile.ts';

describe('Windows-1252 page with CRLF', () => {
  const { documents, problems } = readPath(FIXTURES, 'windows-1252.txt');
  const a = article(documents);
  it('decodes umlauts, ß, typographic quotes and €', () => {
    expect(problems).toEqual([]);
    expect(a.title).toBe('Großkopf übernimmt die Digitalisierung');
    expect(a.kicker).toBe('Landkreis Oberhaus');
    expect(a.lead).toBe('Ömer Großkopf leitet künftig das Digitalisierungsamt – „eine große Aufgabe“, sagt er.');
    expect(a.text).toContain('2 Mio. €.');
    expect(a.text).not.toContain('\r');
    expect(a.date).toBe('2021-02-03');
    expect(a.author).toBe('sk');
  });
});

describe('UTF-8 with BOM and CRLF', () => {
  const { documents } = readPath(FIXTURES, 'utf8-bom-crlf.txt');
  it('reads article and teaser, BOM not in the kicker', () => {
    const a = article(documents);
    expect(a.kicker).toBe('Vitako');
    expect(a.title).toBe('Neuer Vorstand gewählt');
    expect(a.text).toBe('Die Bundes-Arbeitsgemeinschaft hat einen neuen Vorstand gewählt.\n\nDie Wahl fand digital statt.');
    expect(teasers(documents).map((t) => [t.kicker, t.title, t.date])).toEqual([['Berlin', 'Neues Portal', '2020-11-20']]);
  });
});

describe('HTML page', () => {
  const { documents, problems } = readPath(FIXTURES, 'page.html');
  const a = article(documents);
  const all = documents.map((d) => `${d.title}\n${d.kicker}\n${d.text}`).join('\n');
  it('reads the article with decoded entities', () => {
    expect(problems).toEqual([]);
    expect(a).toMatchObject({ kicker: 'Stadt Musterstadt', title: 'KI im Bürgeramt & im Rathaus', date: '2023-10-05', dateSource: 'stated', source: 'Kommune21', author: 've' });
    expect(a.keywords).toEqual(['Künstliche Intelligenz', 'Bürgeramt', 'Musterstadt']);
    expect(a.links).toEqual(['https://www.musterstadt.de']);
    expect(a.text).toContain('Fragen zu „Ummeldung“ und Personalausweis. Die Daten bleiben');
    expect(a.text.split('\n\n')).toContain('Datenschutz zuerst');
  });
  it('drops script, style, nav, footer, head, template, noscript, iframe', () => {
    for (const bad of ['alert', 'evil', 'NOT ARTICLE', 'color: red', 'Startseite', 'Impressum', 'TEMPLATE TEXT', 'tracker', 'ads.example', '<b>', 'Druckversion']) {
      expect(all, bad).not.toContain(bad);
    }
  });
  it('an escaped <script> in the text never becomes markup', () => {
    expect(a.text).toContain('‹script>-Element ist in Texten verboten ☺ ©');
    expect(all).not.toMatch(/<[a-z/!?]/i);
  });
  it('reads the teaser list', () => {
    expect(teasers(documents).map((t) => [t.kicker, t.title, t.date, t.parent])).toEqual([
      ['Landkreis Nordheim', 'Chatbot startet', '2023-10-02', 'page'],
      ['Südstadt', 'Open Data Portal', '2023-09-28', 'page'],
    ]);
  });
  it('detects HTML by content when the extension says .txt', () => {
    const r = readFile({ name: 'x.txt', bytes: new TextEncoder().encode('<html><body><h1>Titel</h1><p>Ein Absatz mit genug Text, damit er einer ist.</p><script>alert(1)</script></body></html>') });
    expect(article(r.documents)).toMatchObject({ title: 'Titel', text: 'Ein Absatz mit genug Text, damit er einer ist.' });
  });
});

describe('Behörden-Spiegel-like page', () => {
  const a = article(readPath(FIXTURES, 'behoerden-spiegel.txt').documents);
  it('navigation above the title, counters, caption, share buttons, related list and comment form are furniture', () => {
    expect(a).toMatchObject({ kicker: 'Open Source im Rathaus', title: 'Bund und Länder stimmen sich ab', source: 'Behörden Spiegel', author: 'Tanja Klement', date: null });
    expect(a.lead).toBe('Bund und Länder wollen ihre Arbeit am souveränen Arbeitsplatz enger verzahnen. Das wurde auf einer Fachtagung in Berlin deutlich.');
    for (const f of ['Digitaler Staat', '1.204', '(Foto:', 'Teilen', 'Facebook', 'Ähnliche Artikel', 'Digitalministerkonferenz', 'Kommentieren', 'Please enter', 'Save my name', '(BS/']) {
      expect(a.text, f).not.toContain(f);
    }
    expect(a.text.endsWith('hieß es zum Abschluss.')).toBe(true);
  });
});

describe('press release with header line', () => {
  const a = article(readPath(FIXTURES, 'press-release.txt').documents);
  it('date and publisher from `14.06.2023 | Kommune21`', () => {
    expect(a).toMatchObject({ kicker: 'Landkreis Musterhausen', title: 'Neues Bürgerportal online', date: '2023-06-14', dateSource: 'stated', source: 'Kommune21' });
    expect(a.links).toEqual(['https://www.musterhausen.de/portal']);
    expect(a.text).not.toContain('14.06.2023');
  });
});

describe('other layouts', () => {
  it('dateline gives a stated date; source unknown → null', () => {
    const a = article(readPath(FIXTURES, 'dateline.txt').documents);
    expect(a).toMatchObject({ kicker: 'Digitalgipfel', title: 'Kommunen fordern mehr Tempo', date: '2022-03-03', dateSource: 'stated', source: null });
  });
  it('glued kicker is a pattern, not a seed special case', () => {
    const a = article(readPath(FIXTURES, 'glued-kicker.txt').documents);
    expect(a).toMatchObject({ kicker: 'Dataport', title: 'Souveräner Arbeitsplatz geht in den Pilotbetrieb', date: '2023-03-02', author: 'al' });
    expect(a.keywords).toEqual(['Open Source', 'Dataport', 'Arbeitsplatz']);
  });
  it('camel-case names are not split without evidence', () => {
    const r = readFile({ name: 'g.txt', bytes: new TextEncoder().encode('GovTech Campus eröffnet in Berlin\nDer GovTech Campus hat in Berlin eröffnet, teilte der Verein mit.') });
    expect(article(r.documents)).toMatchObject({ kicker: null, title: 'GovTech Campus eröffnet in Berlin' });
  });
  it('event date inferred with a note; deadlines and year-only mentions are not events', () => {
    expect(article(readPath(FIXTURES, 'undated-event.txt').documents)).toMatchObject({ date: '2019-04', dateSource: 'inferred', dateNote: 'Jahrestagung am 4. und 5. April 2019 im Text' });
    expect(article(readPath(FIXTURES, 'no-event-date.txt').documents)).toMatchObject({ date: null, dateSource: null });
  });
  it('a page of teasers only yields teasers; an impossible teaser date becomes null', () => {
    const { documents } = readPath(FIXTURES, 'only-teasers.txt');
    expect(documents.map((d) => [d.kind, d.title, d.date, d.dateSource])).toEqual([
      ['teaser', 'Zwischenfazit zum OZG', '2022-01-13', 'stated'],
      ['teaser', 'Beihilfe ohne Medienbrüche', null, null],
    ]);
    expect(documents[0]!.text).not.toContain('Bildunterschrift');
  });
  it('text without structure is kept whole', () => {
    const a = article(readPath(FIXTURES, 'plain-note.txt').documents);
    expect(a.title).toBe('notiz ohne struktur');
    expect(a.text).toContain('nur ein paar zeilen text');
  });
});

describe('corpus JSON', () => {
  it('keeps valid documents, fills optional fields, warns about broken ones by name', () => {
    const { documents, problems } = readPath(FIXTURES, 'corpus.json');
    expect(documents.map((d) => d.id)).toEqual(['a1', 'a2']);
    expect(documents[0]!.people[0]!.name).toBe('Hans-Henning Lühr');
    expect(documents[1]!.file).toBe('corpus.json');
    expect(problems.map((p) => p.severity)).toEqual(['warning', 'warning']);
    expect(problems[0]!.reason).toContain('"a3"');
    expect(problems[0]!.reason).toContain('title');
    expect(problems[1]!.reason).toContain('date');
  });
  it('a JSON file that is not a corpus is an error', () => {
    const { documents, problems } = readPath(FIXTURES, 'not-corpus.json');
    expect(documents).toEqual([]);
    expect(problems).toEqual([{ file: 'not-corpus.json', reason: expect.stringContaining('not a corpus'), severity: 'error' }]);
  });
  it('invalid JSON is an error naming the parser message', () => {
    const { problems } = readFile({ name: 'x.json', bytes: new TextEncoder().encode('{"documents": [') });
    expect(problems[0]).toMatchObject({ file: 'x.json', severity: 'error', reason: expect.stringMatching(/^not valid JSON: /) });
  });
  it('round-trips what the reader produced', () => {
    const { documents } = readPath(FIXTURES, 'page.html');
    const again = readFile({ name: 'c.json', bytes: new TextEncoder().encode(JSON.stringify({ documents })) });
    expect(again.problems).toEqual([]);
    expect(again.documents).toEqual(documents);
  });
});

describe('unreadable files', () => {
  const read = (bytes: number[], name = 'f.txt') => readFile({ name, bytes: new Uint8Array(bytes) });
  it('empty file', () => expect(read([]).problems).toEqual([{ file: 'f.txt', reason: 'empty file', severity: 'error' }]));
  it('whitespace only', () => expect(read([32, 10, 13, 10, 9]).problems[0]!.reason).toBe('empty file'));
  it('binary', () => expect(read([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).problems[0]!.reason).toMatch(/^not text: /));
  it('HTML with no visible text', () => expect(read([...new TextEncoder().encode('<script>x</script>')], 'a.html').problems[0]!.reason).toBe('no text in HTML page'));
});
