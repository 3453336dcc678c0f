/**
 * Which publisher a page comes from, from evidence on the page itself. Each rule names a layout feature that
 * only that publisher's pages carry; no rule looks at the article's topic or at organisations it mentions.
 */
import { ISSUE_NUMBER } from './furniture.ts';

/** Evidence for a publisher, in order of strength. */
export interface PublisherEvidence {
  /** Publisher from a `14.06.2023 | Kommune21` header line, if the page has one. */
  headerSource?: string | null;
  /** All page lines (article, teasers and furniture), trimmed. */
  lines: readonly string[];
  /** True when the page carries a Kommune21-style teaser list (`[13.1.2022] … mehr...`). */
  hasTeaserList: boolean;
  /** The site's name an HTML page's markup states (`og:site_name`, `<title>`): after the issue list, before the layout rules. */
  siteName?: string | null;
  /** The text `lines` were split from, if at hand: searched once for each line rule's words (see inferPublisher). */
  text?: string;
}

/** Kommune21 furniture: its site header, the publisher's notice, its teaser list heading (its issue list is ISSUE_LINE's). */
const KOMMUNE21_LINE =
  /^(?:Kommune21 [–-] E-Government\b|.*\bAusgaben von Kommune21\b|Kommune21 berichtet\b|Weitere Meldungen und Beiträge aus dem Bereich\b|.*©.*Kommune21)/;
/** Behörden Spiegel photo credit `(Foto: BS/Vitako)` or author tag `(BS/Name)` at a paragraph start. */
const BEHOERDEN_SPIEGEL_LINE = /\(Foto:\s?BS\/[^)]{0,80}\)|^\(BS\/[^)]{1,60}\)|^Behörden Spiegel(?:\s*[|,–-]|$)/;

// Text every match of the rule above contains: a native search rejects nearly every line of a page before the
// regex runs (both regexes start with `.*` or an unanchored alternative, tried at every position of a line).
const mayBeKommune21Line = (line: string): boolean => line.includes('Kommune21') || line.startsWith('Weitere Meldungen und Beiträge');
const mayBeBehoerdenSpiegelLine = (line: string): boolean =>
  line.includes('(Foto:') || line.startsWith('(BS/') || line.startsWith('Behörden Spiegel');
/** mayBeBehoerdenSpiegelLine for a whole text, in which a line's start is anywhere. */
const mayHaveBehoerdenSpiegelLine = (text: string): boolean =>
  text.includes('(Foto:') || text.includes('(BS/') || text.includes('Behörden Spiegel');

/**
 * Infer the publisher, or null when the page does not tell. Statements first, then layout: the header line, the
 * magazine named in an issue list (`eKommunal, Ausgabe 7/2016`), the site's name from an HTML page's markup,
 * Kommune21's own lines, the footer's copyright line; then a Kommune21 teaser list or Behörden Spiegel credits,
 * which another site of the same layout could carry too.
 */
export function inferPublisher(e: PublisherEvidence): string | null {
  if (e.headerSource) return e.headerSource;
  // Only the rules that can still decide are tried: the site's name outranks Kommune21's lines and the Behörden
  // Spiegel credits, a teaser list the credits. A word a line holds is in the page's text too, so one search of
  // the text spares a rule's look at every line when the page lacks its word.
  const t = e.text;
  let issue = t === undefined || t.includes(', Ausgabe ');
  const issueNumber = t === undefined || ISSUE_WORD.test(t);
  let k21 = !e.siteName && (t === undefined || t.includes('Kommune21') || t.includes('Weitere Meldungen und Beiträge'));
  let bs = !e.siteName && !e.hasTeaserList && (t === undefined || mayHaveBehoerdenSpiegelLine(t));
  let kommune21 = false;
  let credits = false;
  for (let k = 0; k < e.lines.length && (issue || issueNumber || k21 || bs); k++) {
    const line = e.lines[k]!;
    if (issue && line.includes(', Ausgabe ')) {
      const m = ISSUE_LINE.exec(line);
      if (m) return m[1]!;
    }
    // `…Ausgabe 3/2021` needs its slash: a native search spares most lines the Unicode regex (Kommune21's issue
    // list puts the word on most of its pages, so the page-wide check above lets them through).
    if (issueNumber && line.includes('/') && ISSUE_NUMBER.test(line)) {
      // The sender's name right above its newsletter's issue line (a web view's own heading has none above it).
      for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (SENDER.test(e.lines[j]!)) return e.lines[j]!;
    }
    if (k21 && mayBeKommune21Line(line) && KOMMUNE21_LINE.test(line)) {
      kommune21 = true;
      k21 = false;
    }
    if (bs && mayBeBehoerdenSpiegelLine(line) && BEHOERDEN_SPIEGEL_LINE.test(line)) {
      credits = true;
      bs = false;
    }
  }
  if (e.siteName) return e.siteName;
  if (kommune21) return 'Kommune21';
  const holder = copyrightHolder(e.lines);
  if (holder !== null) return holder;
  // Layout last: another site may copy Kommune21's teaser list, and a `BS/` credit could be a syndicated photo.
  if (e.hasTeaserList) return 'Kommune21';
  return credits ? 'Behörden Spiegel' : null;
}

/** A magazine's issue list (`Kommune21, Ausgabe 3/2021`, `Rathaus Digital, Ausgabe 1/2023`): its name. */
const ISSUE_LINE = /^([\p{L}\d][\p{L}\d &.-]{1,40}), Ausgabe \d{1,2}\/\d{4}$/u;

/** A word of an issue line (furniture.ts `ISSUE_NUMBER`) anywhere in a page's text: else no line needs the test. */
const ISSUE_WORD = /(?:Newsletter|Rundbrief|Infobrief|Ausgabe)(?: Nr\.)? \d/;
/** An association's or a company's name with its legal form (`Kommunaler Digitalverband Südwest e.V.`). */
const SENDER = /^\p{Lu}.{2,78}\s(?:e\.\s?V\.|GmbH|gGmbH|AöR|eG|KdöR)$/u;

/** Where a footer's copyright line goes on after its holder: ` | `, ` · `, ` – `. */
const SEPARATOR = / [|·–] /;

/** `© 2023 Bundesverband … e. V.`, `© Datenwerk Mittelland GmbH 2023`, `© 2022 X – alle Rechte vorbehalten`. */
const COPYRIGHT = /^©\s?(?:(?:\d{4}[–-])?\d{4}\s)?(.+?)(?:\s(?:\d{4}[–-])?\d{4})?(?:\s?[–.|-]?\s?[Aa]lle Rechte vorbehalten\.?)?$/;

/**
 * The holder named in the page's last copyright line with a year: the footer of a site whose publisher no layout
 * rule knows. The year is required: a photo credit (`© Stadt Münster`) has none.
 */
function copyrightHolder(lines: readonly string[]): string | null {
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k]!;
    if (!line.startsWith('©') || !/\d{4}/.test(line)) continue;
    // The footer's links after a bar or dot are not the name (`© Behörden Standpunkt 2021 | Impressum | …`), nor
    // what follows a dash (`© 2024 eGov Radar – ein Angebot der Fachverlag Behördenmedien GmbH`).
    const cut = SEPARATOR.exec(line);
    const name = COPYRIGHT.exec(cut ? line.slice(0, cut.index) : line)?.[1]?.trim();
    if (name !== undefined && name.length >= 3 && name.length <= 80 && /\p{L}{2}/u.test(name)) return name.replace(PUBLISHING_HOUSE, '');
  }
  return null;
}

/**
 * A title's publishing house after its name (`Behördenblick Verlagsgesellschaft mbH`, `Erfurter Rundblick
 * Mediengruppe GmbH`): the title is the publisher a reader names. Not when the house's name comes first (`Verlag
 * Lindholm Medien GmbH`: nothing would be left).
 */
const PUBLISHING_HOUSE = /(?<=\S)\s(?:Verlagsgesellschaft|Verlagsgruppe|Verlagshaus|Mediengruppe|Medienhaus|Verlag)\b.*$/u;

