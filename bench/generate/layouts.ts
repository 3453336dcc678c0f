/**
 * Renders article content in the page layouts of the seeds: Kommune21 (kicker line, `[25.11.2019]`, teaser list,
 * publisher furniture), Kommune21 with the kicker glued to the title and no date, Behörden Spiegel (view counters,
 * photo credit, comment form), a press release with a `14.06.2023 | Kommune21` header, and an HTML page with
 * nav/footer/script around the article.
 */
import type { ArticleContent, Block, Teaser } from './articles.ts';
import { bracketDate, dottedDate, longDate, monthName } from './dates.ts';
import { COMMENT_FORM, issueList, PRINT_LINKS, PUBLISHER_NOTICE, vendorAdverts } from './furniture.ts';
import type { Random } from './random.ts';

/** The page layouts the generator writes. */
export type LayoutName = 'kommune21' | 'kommune21-glued' | 'behoerdenspiegel' | 'pressrelease' | 'html';

function bodyText(blocks: Block[], blankBetween: boolean): string {
  return blocks.map((b) => b.text).join(blankBetween ? '\n\n' : '\n');
}

function teaserLines(teasers: Teaser[], padded: boolean): string {
  return teasers
    .map((t) => `${t.title}\n${bracketDate(t.day, padded)} ${t.lead} mehr...${t.caption ? `\n${t.caption}` : ''}`)
    .join('\n');
}

/** Seeds 000, 003, 004: kicker line, title, blank lines, `[d.m.yyyy] lead`, body, `(ve)`, URL, Stichwörter, furniture. */
function kommune21(rnd: Random, a: ArticleContent): string {
  const out: string[] = [];
  out.push(`${a.kicker}:\n${a.title}\n\n\n${bracketDate(a.day, false)} ${a.lead}\n`);
  out.push(`${bodyText(a.blocks, true)} (${a.author})\n`);
  if (a.links.length) out.push(`${a.links.join('\n')}\n`);
  out.push(`Stichwörter: ${a.keywords.join(', ')}\n\n\n`);
  out.push(`${PRINT_LINKS}\n\n`);
  if (rnd.chance(0.2)) out.push('ekom21');
  if (a.teasers.length) out.push(`Weitere Meldungen und Beiträge aus dem Bereich ${a.section}\n${teaserLines(a.teasers, false)}`);
  out.push('Suchen...\n');
  out.push(`${PUBLISHER_NOTICE}\n`);
  const last = a.teasers[0]?.day ?? a.day;
  out.push(`${issueList(last.y, last.m)}\n`);
  out.push(vendorAdverts(rnd, a.section));
  out.push('Aktuelle Meldungen');
  return out.join('\n');
}

/** Seed 001: `VitakoFundament der digitalen Verwaltung`, no date line, the event month only in the text. */
function kommune21Glued(rnd: Random, a: ArticleContent): string {
  const dateHint = rnd.chance(0.6) ? `In ihrer Sitzung Ende ${monthName(a.day.m)} ${a.day.y} befassten sich die Teilnehmer mit dem Thema. ` : '';
  const out = [`${a.kicker}${a.title}`, `${dateHint}${a.lead}`, bodyText(a.blocks, false)];
  if (a.teasers.length) out.push(teaserLines(a.teasers, true));
  return out.join('\n');
}

/** Seed 002: title, view counters (`0` / `383`), caption with `(Foto:BS/…)`, paragraphs, comment form. */
function behoerdenSpiegel(rnd: Random, a: ArticleContent): string {
  const caption = `${a.lead.split('. ')[0]?.replace(/\.$/, '')}. (Foto:BS/${a.kicker})`;
  const dateline = rnd.chance(0.5) ? `Am ${longDate(a.day)} trafen sich Vertreterinnen und Vertreter aus Bund, Ländern und Kommunen. ` : '';
  return [
    '',
    a.title,
    '',
    String(rnd.int(0, 12)),
    String(rnd.int(40, 4000)),
    caption,
    '',
    `${dateline}${a.lead}`,
    '',
    bodyText(a.blocks, true),
    '',
    COMMENT_FORM,
  ].join('\n');
}

/** Press release: `14.06.2023 | Kommune21` header, then title, lead and body. */
function pressRelease(rnd: Random, a: ArticleContent): string {
  const source = rnd.pick(['Kommune21', 'Kommune21', 'Behörden Spiegel', a.kicker]);
  return [`${dottedDate(a.day)} | ${source}`, '', `${a.kicker}: ${a.title}`, '', a.lead, '', bodyText(a.blocks, true), '', `Stichwörter: ${a.keywords.join(', ')}`, ''].join('\n');
}

function esc(s: string, rnd: Random): string {
  const e = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // Some CMSs write typographic quotes as entities; the reader must decode them.
  return rnd.chance(0.3) ? e.replace(/„/g, '&bdquo;').replace(/“/g, '&ldquo;').replace(/ä/g, '&auml;') : e;
}

/** A whole HTML page: head with script and style, nav, article, aside with teasers, footer. */
function html(rnd: Random, a: ArticleContent): string {
  const body = a.blocks.map((b) => (b.kind === 'h' ? `<h2>${esc(b.text, rnd)}</h2>` : `<p>${esc(b.text, rnd)}</p>`)).join('\n');
  const aside = a.teasers.length
    ? `<aside class="more"><h3>Weitere Meldungen und Beiträge aus dem Bereich ${a.section}</h3><ul>\n${a.teasers
        .map((t) => `<li><a href="/meldung/${t.day.y}${t.day.m}${t.day.d}">${esc(t.title, rnd)}</a><br>${bracketDate(t.day, false)} ${esc(t.lead, rnd)} <a href="#">mehr...</a></li>`)
        .join('\n')}\n</ul></aside>`
    : '';
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>${esc(a.kicker, rnd)}: ${esc(a.title, rnd)} | Kommune21</title>
<style>body{font-family:Arial,sans-serif}.kicker{color:#c00}nav a{margin-right:1em}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());if(1<2&&document.title){console.log("Vitako </p> nicht im Text");}</script>
</head>
<body>
<nav><a href="/">Startseite</a><a href="/politik">Politik</a><a href="/praxis">Praxis</a><a href="/suche">Suchen...</a></nav>
<main>
<article>
<p class="kicker">${esc(a.kicker, rnd)}:</p>
<h1>${esc(a.title, rnd)}</h1>
<p class="date">${bracketDate(a.day, false)}</p>
<p class="lead">${esc(a.lead, rnd)}</p>
${body}
<p class="author">(${a.author})</p>
<p class="keywords">Stichwörter: ${esc(a.keywords.join(', '), rnd)}</p>
</article>
${aside}
</main>
<footer><p>© Kommune21 – K21 media GmbH</p><p>${PRINT_LINKS}</p><script>var _paq=[];_paq.push(['trackPageView']);</script></footer>
</body>
</html>
`;
}

/** Render `a` in the named layout. */
export function renderPage(rnd: Random, layout: LayoutName, a: ArticleContent): string {
  switch (layout) {
    case 'kommune21':
      return kommune21(rnd, a);
    case 'kommune21-glued':
      return kommune21Glued(rnd, a);
    case 'behoerdenspiegel':
      return behoerdenSpiegel(rnd, a);
    case 'pressrelease':
      return pressRelease(rnd, a);
    case 'html':
      return html(rnd, a);
  }
}
