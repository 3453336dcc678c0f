/** What the markup of an HTML page says about its article (htmlPage.ts), on small invented pages. */
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../../../src/corpus/read/htmlPage.ts';
import { htmlToText } from '../../../src/corpus/read/htmlToText.ts';
import { readFile } from '../../../src/corpus/read/readFile.ts';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('readHtmlPage', () => {
  it('reads from the article holding the <h1>, not the menus and banners before it', () => {
    const p = readHtmlPage(page(
      '<div class="cookie">Wir verwenden Cookies.</div><header>Startseite Politik</header>'
      + '<article class="teaser"><h2>Andere Meldung</h2></article>'
      + '<article class="post category-cloud"><span class="entry-kicker">Landkreis Ostergau</span><h1>Fachverfahren in die Cloud</h1><p>Der Kreis zieht um.</p></article>'
      + '<aside>Weitere Meldungen</aside>',
      '<title>Fachverfahren in die Cloud | Kommunal-IT Aktuell</title><meta property="article:published_time" content="2023-03-14T09:12:37+00:00">',
    ));
    expect(p).toMatchObject({ title: 'Fachverfahren in die Cloud', kicker: 'Landkreis Ostergau', date: '2023-03-14', source: 'Kommunal-IT Aktuell' });
    expect(p.text.startsWith('Landkreis Ostergau\n\nFachverfahren in die Cloud')).toBe(true);
    expect(p.text).not.toContain('Cookies');
    expect(p.text).toContain('Weitere Meldungen'); // the rest of the page follows, after the article's end marker
  });

  it('takes og:site_name, JSON-LD and microdata dates, and no date it cannot check', () => {
    const site = '<meta property="og:site_name" content="Ministerium &amp; Verwaltung">';
    expect(readHtmlPage(page('<h1>T</h1>', site)).source).toBe('Ministerium & Verwaltung');
    expect(readHtmlPage(page('<h1>T</h1><script type="application/ld+json">{"datePublished": "2021-10-12T10:00:00+0200"}</script>')).date).toBe('2021-10-12');
    // Microdata and `Veröffentlicht am …` after the headline are weaker: a sidebar teaser's <time> may be marked too.
    const marked = readHtmlPage(page('<main><h1>T</h1><time itemprop="datePublished" datetime="2021-09-28">28.9.</time></main>'));
    expect([marked.date, marked.dateNear()]).toEqual([null, '2021-09-28']);
    expect(readHtmlPage(page('<article><h1>T</h1><p>Text.</p><footer>Veröffentlicht am 21. September 2023 von X</footer></article>')).dateNear()).toBe('2023-09-21');
    expect(readHtmlPage(page('<h1>T</h1>', '<meta property="article:published_time" content="2021-02-30">')).date).toBeNull();
  });

  it('finds the site in <title> without the headline and section names', () => {
    expect(readHtmlPage(page('<h1>Neues Serviceportal</h1>', '<title>Pressemitteilungen | Stadt Falkenried</title>')).source).toBe('Stadt Falkenried');
    expect(readHtmlPage(page('<h1>Digitale Souveränität: Quote gefordert</h1>', '<title>Verband Open Source Kommunal – Digitale Souveränität: Quote gefordert</title>')).source).toBe('Verband Open Source Kommunal');
    expect(readHtmlPage(page('<h1>Nur der Titel</h1>', '<title>Nur der Titel</title>')).source).toBeNull();
    // Without a headline in the markup, a part of <title> that reads as a sentence is not the site.
    expect(readHtmlPage(page('<p><b>Kommunen bereiten sich vor</b></p>', '<title>AKDO - Aktuelles - Kommunen bereiten sich auf elektronische Rechnungen vor</title>')).source).toBe('AKDO');
  });

  it('falls back to the whole page without an <h1>', () => {
    const p = readHtmlPage(page('<p>Nur ein Absatz.</p>'));
    expect(p).toMatchObject({ title: null, kicker: null, text: 'Nur ein Absatz.' });
  });
});

describe('dates of an HTML page through the reader', () => {
  it("the text's own date wins over a teaser's marked <time> in a sidebar", () => {
    const html = page('<main><h1>Landkreistag fordert Geld</h1><p>Veröffentlicht: 03.05.2022</p><p>Der Landkreistag fordert eine dauerhafte Finanzierung der Onlinedienste von Bund und Ländern.</p>'
      + '<aside><time itemprop="datePublished" datetime="2022-04-21">21.04.2022</time></aside></main>');
    const a = readFile({ name: 'p.html', bytes: new TextEncoder().encode(html) }).documents.find((d) => d.kind === 'article')!;
    expect([a.date, a.dateSource]).toEqual(['2022-05-03', 'stated']);
  });
});

describe('htmlToText inline elements', () => {
  it('add no spaces of their own, as a browser renders them', () => {
    expect(htmlToText('<p>gegeben (<a href="x">wir berichteten</a>). Open-<em>Source</em>-Büro</p>')).toBe('gegeben (wir berichteten). Open-Source-Büro');
    expect(htmlToText('<p>Bild<img src="x">Text</p>')).toBe('Bild Text');
  });
});
