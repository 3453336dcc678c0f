/**
 * Page furniture: lines that belong to the page around an article, not to the article. Rules describe layout
 * features (navigation labels, publisher notices, issue lists, vendor adverts, comment forms, counters, photo
 * credits), so they hold for every page of a layout, not just the seeds. All patterns are anchored and free of
 * nested quantifiers: linear on any line.
 */

/** The line htmlPage.ts puts where an HTML page's article element ends (a private-use character: never in text). */
export const ARTICLE_END = '\uE000';

/** Lines after which no article text follows: the article ends at the first of them. Exported for a test. */
export const END_MARKERS: readonly RegExp[] = [
  /^\uE000$/,
  /^Druckversion\b/,
  /^Weitere (?:Meldungen|Beiträge|Artikel|Nachrichten)\b/,
  /^Kommentieren Sie\b/,
  /^(?:Please enter your|Leave a Reply|Schreibe einen Kommentar|Hinterlasse einen Kommentar|Kommentar (?:schreiben|verfassen))/i,
  /^Suchen\s?(?:\.\.\.|…)$/,
  /^Aktuelle Information(?:en)? des Verlags$/,
  /^[A-Z][\w ]{1,30}, Ausgabe \d{1,2}\/\d{4}$/,
  /^Ausgewählte Anbieter\b/,
  /^Aktuelle Meldungen$/,
  /^(?:Ähnliche Artikel|Mehr vom Autor|Das könnte Sie auch interessieren|Verwandte Artikel|Lesen Sie auch|Zum Thema)$/i,
  // Press releases: the contact block and the list of the sender's other releases come after the text.
  /^(?:Pressekontakt|Medienkontakt|Kontakt für (?:die )?(?:Presse|Medien)(?:anfragen)?|Ansprechpartner(?:in)? für (?:die )?(?:Presse|Medien))\s?:?$/i,
  /^(?:Weitere|Alle|Aktuelle|Neueste) (?:Pressemitteilungen|Pressemeldungen|News|Meldungen|Nachrichten|Artikel|Beiträge)(?: anzeigen)?$/i,
  /^(?:Meistgelesen|Meistgelesene Artikel|Vorheriger Artikel|Nächster Artikel|Ähnliche Artikel\s?Mehr vom Autor|Ähnliche Beiträge|Verwandte Beiträge|Verwandte Inhalte|Verwandte Themen|Mehr zum Thema|Auch interessant|Passend dazu)$/i,
  /^Hinweise? für (?:die )?Redaktion(?:en)?\b/i,
  // Paywalls, author boxes, comment sections, contact boxes and "back" links close an article on many sites.
  /^(?:Weiterlesen|Lesen Sie weiter|Jetzt weiterlesen) mit\b/i,
  // A print feature's note on its author (`Die Autorin ist Leiterin der Stabsstelle …`).
  /^(?:Die Autorin|Der Autor|Die Autorinnen|Die Autoren) (?:ist|sind|war|arbeitet|arbeiten|leitet|leiten)\b/,
  /^Über (?:den Autor|die Autorin|die Autoren|die Autorinnen|die Verfasserin|den Verfasser)$/i,
  /^\d+ (?:Gedanken|Kommentare?|Antworten|Reaktionen) (?:zu|auf)\b/i,
  /^(?:Kommentare|Leserkommentare)$/i,
  /^(?:Ihr|Ihre) (?:Kontakt|Ansprechpartner(?:in)?|Ansprechperson)\b/i,
  /^Pressestelle(?: \S+){0,4}$/i,
  /^(?:[←«‹<]\s?)?Zurück zu(?:r)? (?:allen|den|der Übersicht|Übersicht)\b/i,
  /^Ansprechpartner(?:in|innen)?\s?:/i,
  /^(?:Downloads?|Dokumente zum Download|Dateien zum Download|Zugehörige Dateien|Anhänge)$/i,
  // A cookie dialog's heading after the text (before it, readTop drops its lines).
  /^(?:Hinweis zur Verwendung von Cookies|Diese Website verwendet Cookies|Wir verwenden Cookies|Cookie-Einstellungen|Datenschutzeinstellungen|Ihre Privatsphäre)$/i,
  // A contact on the line of its label (`Pressekontakt: Lena Gräfe · Telefon …`), a reference list after a study's
  // text, a comment section's sign-in, a letter's closing.
  /^(?:Pressekontakt|Medienkontakt)\s?:\s?\S/i,
  /^(?:Literatur|Literaturverzeichnis|Literaturhinweise|Quellenverzeichnis|Quellenangaben|Fußnoten|Einzelnachweise)$/i,
  /^(?:Melde dich an|Melden Sie sich an|Registrieren Sie sich), um (?:zu kommentieren|mitzudiskutieren|mitzureden|kommentieren zu können)/i,
  /^(?:Mit freundlichen Grüßen|Mit besten Grüßen|Freundliche Grüße|Beste Grüße|Viele Grüße|Herzliche Grüße)\s?[,.!]?$/i,
  /^(?:Der Vorstand|Ihr Vorstand|Die Geschäftsführung|Ihre Geschäftsführung|Ihre Redaktion)$/,
];

/**
 * The start of a newsletter's or a magazine's issue line, its number and year (`Newsletter 03/2025`, `BKD-Newsletter
 * 06/2021`, `Rundbrief Nr. 4/2024`): segmentPage.ts reads the issue's day after it, publisher.ts its sender above it.
 */
export const ISSUE_NUMBER = /^(?:[\p{L}-]+-)?(?:Newsletter|Rundbrief|Infobrief|Ausgabe)(?: Nr\.)? \d{1,3}\/\d{4}/u;

/** A bare photo credit on a line of its own (`Foto: Pressestelle / Lea Brandl`). */
export const CREDIT_LINE = /^(?:Foto|Fotos|Bild|Bildquelle|Grafik|Bildnachweis)\s?:\s?\S/i;

/**
 * What sites call their sections of news (`Aktuelles`, `Pressemitteilungen`): the section's name above an article,
 * in its `<h1>` or in its `<title>` is neither the article's kicker nor its title nor the site's name.
 */
export const SECTION_NAMES = 'Aktuelles|Aktuelle Meldungen|Neuigkeiten|News|Nachrichten|Presse|Pressemitteilungen|Pressemeldungen|Meldungen|Blog|Startseite|Home';

/** Single lines that are furniture wherever they stand. Exported for a test. */
export const FURNITURE_LINES: readonly RegExp[] = [
  ...END_MARKERS,
  // View, like and comment counters (`0`, `383`, `1.204`, `1284`).
  /^\d{1,3}(?:[.,]\d{3})*$/,
  /^\d{4,7}$/,
  // Photo captions ending in a credit, and bare credit lines.
  /\((?:Foto|Fotos|Bild|Bildquelle|Grafik|Quelle: Foto)\s?:[^()]{0,120}\)$/i,
  CREDIT_LINE,
  /^©\s?\S/,
  // Share and print buttons.
  /^(?:Teilen|Facebook|Twitter|X|WhatsApp|LinkedIn|Xing|E-?Mail|Email|Print|Drucken|Pinterest|Telegram|Link kopieren|Artikel teilen|Link mailen|PDF)(?: \d{1,6})?$/i,
  /^(?:Save my name, email|Speichere meinen Namen|Ich akzeptiere die Datenschutz)/i,
  /^(?:Startseite|Home|Menü|Menu|Navigation|Suche|Anmelden|Login|Newsletter|Abonnieren|Impressum|Datenschutz|Kontakt|Mediadaten|Nach oben|Zurück)$/i,
  // Vendor advert heading and postcode lines of vendor blocks.
  /^Ausgewählte Anbieter\b/,
  // Skip links and breadcrumbs (`Startseite > Politik > …`); menus of one line are `isMenuLine`.
  /^(?:Direkt |Springe |Springen )?(?:zum|zur|zu) (?:Inhalt|Hauptinhalt|Seiteninhalt|Hauptmenü|Menü|Hauptnavigation|Navigation|Suche|Fußzeile|Footer)(?: springen| wechseln)?$/i,
  /^(?:Sie sind hier\s?:?\s*)?(?:Startseite|Home)\s?[›>»/|]/i,
  /^Sie sind hier\s?:/i,
  // Bylines and article meta between title and text (`Von`, `Lesedauer: 4 Minuten`, `Kommentare (3)`), and a
  // lone dash or bar between them.
  /^[Vv]on(?: (?:Dr\. |Prof\. )?[A-ZÄÖÜÀ-Þ][A-Za-zÀ-ÿ'-]*(?: [A-ZÄÖÜÀ-Þ][A-Za-zÀ-ÿ'-]*){0,3})?$/,
  /^[-–—|•·]$/,
  /^(?:Lesedauer|Lesezeit)\b/i,
  /^(?:ca\. )?\d{1,2} (?:Minuten|Min\.?)(?: Lesezeit| Lesedauer)?$/,
  // Counters with their label (`214 Shares`), media links (`Zum Video der Debatte`), a press release's character
  // count and a PDF's page footer.
  /^\d{1,3}(?:[.,]\d{3})* (?:Shares|Likes|Kommentare|Aufrufe|Views|Reposts|Teilungen)$/,
  /^Zum (?:Video|Livestream|Podcast|Audio|Mitschnitt)\b.{0,60}$/,
  /^\(?\d{1,2}\.?\d{3} Zeichen(?: inkl\. Leerzeichen| mit Leerzeichen)?\)?$/,
  /^Seite \d{1,3} von \d{1,3}$/,
  /^(?:Autor|Autorin|Autoren|Text|Redaktion)\s?:(?:\s?(?:Dr\. |Prof\. )?[A-ZÄÖÜÀ-Þ][A-Za-zÀ-ÿ'-]*(?: [A-ZÄÖÜÀ-Þ][A-Za-zÀ-ÿ'-]*){0,3})?$/,
  /^(?:Zuletzt )?(?:geändert|aktualisiert|Aktualisiert|Geändert)(?: am)?\s?:?\s?\d{1,2}\.\s?\S+\s?\d{0,4}/i,
  /^Pressemitteilung(?:en)?(?: Nr\.?\s?[\d/-]+)?$/i,
  /^(?:Kommentare?|Comments?)\s?\(\d+\)$/i,
  // Buttons and links around a text: share, back, more, cookie consent, newsletter.
  /^(?:Diese Seite teilen|Seite teilen|Beitrag teilen|Artikel teilen|Teilen)\s?:/i,
  /^(?:Seite teilen|Seite empfehlen|Seite drucken|Per E-Mail(?: (?:teilen|senden|versenden))?|Mastodon|Bluesky|Threads|Instagram|YouTube)(?: \d{1,6})?$/i,
  /^(?:Artikel|Beitrag|Seite) (?:teilen|empfehlen)\b/i,
  /^(?:Artikel merken|Merken|Artikel drucken|Vorlesen|Artikel vorlesen|\+\s?Folgen|Weiter|Zurück)$/i,
  // Image galleries (`Bild 1 von 8`, `Bild vergrößern`).
  /^(?:Bild|Foto) \d{1,3} (?:von|\/) \d{1,3}$/i,
  /^(?:Bild vergrößern|Vergrößern|Bildergalerie|Zur Bildergalerie|Galerie öffnen|Vollbild)$/i,
  // A byline with more after a bar (`Von Miriam Eckhoff | 06.03.2024 | Lesezeit: 4 Minuten`); its date is read in
  // segmentPage.ts (bylineDate). A letter's salutation (`Sehr geehrte Damen und Herren,`).
  /^[Vv]on (?:Dr\. |Prof\. )?[A-ZÄÖÜÀ-Þ][A-Za-zÀ-ÿ'-]*(?: [A-ZÄÖÜÀ-Þ][A-Za-zÀ-ÿ'-]*){0,3}\s?[|·•]\s?\S/,
  /^(?:Sehr geehrte|Liebe|Hallo)\b[^.!?]{0,80},$/,
  // Download links (`Positionspapier … (PDF, 245 KB)`); leftovers of icon buttons (`in`, `@`) are isFurnitureButNoEnd's.
  /\((?:PDF|DOCX?|XLSX?|ODT|ZIP|PPTX?)\b[^()]{0,40}\)$/i,
  /^Stand\s?:?\s?\d{1,2}\.\d{1,2}\.\d{4}$/,
  /^[Vv]on [A-ZÄÖÜÀ-Þ][A-Za-zÀ-ÿ'-]+(?: [A-ZÄÖÜÀ-Þ][A-Za-zÀ-ÿ'-]+){0,3}\s?[|·•–-]?\s?(?:Lesezeit|Lesedauer)\b/,
  /^(?:«\s?|‹\s?|<\s?)?(?:Zurück zur Übersicht|Zur Übersicht|Mehr erfahren|Weiterlesen|Alle News anzeigen|Newsletter abonnieren|Mitglied werden)$/i,
  /^(?:Alle akzeptieren|Akzeptieren|Alle ablehnen|Ablehnen|Nur notwendige(?: Cookies)?|Einstellungen|Individuelle Einstellungen|Cookie-Einstellungen(?: ändern)?|Datenschutzeinstellungen|Auswahl (?:speichern|bestätigen)|Alle zulassen)$/i,
  // Issue notices (`Ausgabe 2/2026 – jetzt als E-Paper lesen`) and inline "read also" links.
  /^Ausgabe \d{1,2}\/\d{4}\b/,
  /^Lesen Sie auch\s?:\s?\S/i,
  /^Anzeige$/i,
  // A heading over the article's links: the links after it still belong to the article.
  /^(?:Weitere Informationen|Weiterführende Links|Links zum Thema)$/i,
];

/**
 * A list of rules as one test: the rules with the same flags joined into one alternation (a line matches the
 * alternation exactly when it matches one of them), the rules anchored at the line start apart from the others so
 * that their regex is still tried at the start only. Every line of every page is checked against some twenty
 * rules; a few regex runs per line instead of one per rule.
 */
function anyOf(rules: readonly RegExp[]): (line: string) => boolean {
  const groups = new Map<string, { flags: string; anchored: boolean; sources: string[]; rules: RegExp[] }>();
  for (const r of rules) {
    const anchored = r.source.startsWith('^') && !r.flags.includes('m');
    const key = `${r.flags}${anchored ? '^' : ''}`;
    const g = groups.get(key) ?? { flags: r.flags, anchored, sources: [], rules: [] };
    // Anchored rules lose their own `^` and the group gets one: `(?:^a)|(?:^b)` is tried at every position of the
    // line (each alternative failing at once but every position tried), `^(?:(?:a)|(?:b))` at the start only.
    g.sources.push(`(?:${anchored ? r.source.slice(1) : r.source})`);
    g.rules.push(r);
    groups.set(key, g);
  }
  const joined = [...groups.values()].map((g) => ({
    re: new RegExp(g.anchored ? `^(?:${g.sources.join('|')})` : g.sources.join('|'), g.flags),
    last: lastCharacter(g.rules),
  }));
  return (line) => joined.some(({ re, last }) => (last === null || line.endsWith(last)) && re.test(line));
}

/**
 * The character every line matching one of `rules` ends with, when each rule is a sequence (no `|` outside a
 * group) ending in the same escaped punctuation character before `$` (`…\)$`, the photo credits), else null. An
 * unanchored rule is tried at every position of every line; a line not ending in that character is rejected
 * without running it. Not with the `m` flag (`$` would match before a line break too).
 */
export function lastCharacter(rules: readonly RegExp[]): string | null {
  let last: string | null = null;
  for (const r of rules) {
    const m = /(?<!\\)\\([^\p{L}\p{N}\s\\])\$$/u.exec(r.source);
    if (!m || r.flags.includes('m') || topLevelAlternation(r.source) || (last !== null && last !== m[1])) return null;
    last = m[1]!;
  }
  return last;
}

/** Whether a regex source has a `|` outside any group and character class. */
function topLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** True when the line ends the article (navigation, notices, teaser lists, comment form follow). */
export const isEndMarker: (line: string) => boolean = anyOf(END_MARKERS);

// The rules beyond the end markers, for a line already known not to be one (readBody asks isEndMarker first).
const furnitureOnlyRule = anyOf(FURNITURE_LINES.slice(END_MARKERS.length));

/**
 * A caption sentence followed by its credit (`Im Bürgerbüro … müssen. Foto: Frank Moosdorf/DVH`, an initial's
 * full stop allowed in the credit: `Foto: Landkreis Ostwalden / M. Kessler`). Not among
 * FURNITURE_LINES: unanchored and without a fixed last character, it would be tried at every position of every
 * line (and cost the photo-credit rule its `)` shortcut); the words it needs are searched for first.
 */
const CAPTION_CREDIT = /[.!?] ?(?:Foto|Fotos|Bild|Bildquelle|Grafik)\s?:\s?(?:[^.!?]|(?<=[\s/][A-ZÄÖÜ])\.){1,80}$/;
/**
 * `Quelle:` ends a caption too (`… den Betrieb.Quelle: BAVN / Laura Quadflieg`), but also a paragraph that cites a
 * statistic: only a single sentence before it counts.
 */
const CAPTION_SOURCE = /^[^.!?]{10,180}[.!?] ?Quelle\s?:\s?(?:[^.!?]|(?<=[\s/][A-ZÄÖÜ])\.){1,80}$/;
export function isCaptionWithCredit(line: string): boolean {
  // A credit does not end in a full stop (nearly every paragraph does), and its colon is within the last 90
  // characters: two cheap tests before a regex scans the line.
  if (line.charCodeAt(line.length - 1) === 46 || line.indexOf(':', line.length - 90) < 0) return false;
  // The credit's word starts within the last 93 characters (its longest form: `Bildquelle : ` and 80 more).
  const tail = line.length - 96;
  return ((line.includes('Foto', tail) || line.includes('Bild', tail) || line.includes('Grafik', tail)) && CAPTION_CREDIT.test(line))
    || (line.includes('Quelle', tail) && CAPTION_SOURCE.test(line));
}

/**
 * A menu of one line as a text dump keeps it (`Politik   Praxis   Panorama   Termine`): three or more items of one
 * or two words, two or more spaces apart. Not among FURNITURE_LINES for the same reason as the caption: every line
 * starts with a word, so the regex would read the first word of every line; two spaces in a row are searched first.
 */
const MENU = /^[\p{L}&-]+(?: [\p{L}&-]+)?(?: {2,}[\p{L}&-]+(?: [\p{L}&-]+)?){2,}$/u;
export function isMenuLine(line: string): boolean {
  return line.length <= 200 && line.charCodeAt(line.length - 1) !== 46 && line.includes('  ') && MENU.test(line);
}

/** True when the line is page furniture by itself, wherever it appears. */
export const isFurnitureLine = (line: string): boolean => isEndMarker(line) || isFurnitureButNoEnd(line);

/** isFurnitureLine for a line that is no end marker: the same answer without testing the end markers again. */
export const isFurnitureButNoEnd = (line: string): boolean =>
  isIconLeftover(line) || isLinkButton(line) || furnitureOnlyRule(line) || isCaptionWithCredit(line) || isMenuLine(line);

/**
 * A link's label with its arrow (`Weiterlesen »`, `Zur Stellungnahme (PDF, 480 KB) »`, `Mehr erfahren →`): a
 * button, not text. German quotation marks open with `»`, so a text line does not end in a spaced one.
 */
export function isLinkButton(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return (last === 0xbb || last === 0x203a || last === 0x2192) && line.length <= 80 && line.charCodeAt(line.length - 2) === 32;
}

/** One or two characters on a line of their own: what icon buttons leave in a text dump (`in`, `@`, `X`). */
export function isIconLeftover(line: string): boolean {
  // UTF-16 units: an emoji counts two, as it is one button.
  return line.length > 0 && line.length <= 2;
}

/**
 * A cookie banner's text at the top of a page (`Wir verwenden Cookies …`, `Diese Website verwendet Cookies`).
 * Only checked above the article: an article may be about cookies.
 */
export function isCookieNotice(line: string): boolean {
  return (line.includes('ookie') || line.includes('OOKIE')) && /\bCookies?\b/i.test(line) && /^(?:Wir (?:verwenden|nutzen|setzen)|Diese (?:Web)?[Ss]ite (?:verwendet|nutzt)|Unsere (?:Web)?[Ss]ite (?:verwendet|nutzt)|Cookie)|\b(?:akzeptieren|Einwilligung|zustimmen)\b/.test(line);
}

/**
 * An advert inside the text: `Anzeige` and the advert's line after it, with a button line (`Mehr erfahren`) if one
 * follows. Returns the number of lines, or 0.
 */
export function advertAt(lines: readonly string[], i: number): number {
  if (i + 1 >= lines.length || lines[i]!.length > 12 || !/^(?:Anzeige|Advertorial|Sponsored)$/i.test(lines[i]!)) return 0;
  // An advert's slot the saved page left empty: the text goes on right after its label.
  const next = lines[i + 1]!;
  if (next.length >= 120 && /[.!?“”"]$/.test(next)) return 1;
  // An advert of several lines ends with its button or its address (`Jetzt … vereinbaren`, `www.…`); without one
  // within five lines, only the line after `Anzeige` is taken (the text goes on after it).
  for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) if (isAdvertEnd(lines[j]!)) return j - i + 1;
  return 2;
}

/** The last line of an advert: a short call to action or the advertiser's address. */
function isAdvertEnd(line: string): boolean {
  return (line.length <= 60 && !/[.!?]$/.test(line) && /^(?:Jetzt|Mehr erfahren|Mehr Informationen|Zum Angebot|Kostenlos|Hier)\b/i.test(line))
    || /^(?:https?:\/\/|www\.)\S+$/i.test(line);
}

/**
 * A newsletter box inside or after a text: a short line naming the newsletter and a sentence inviting to it
 * (`Der eGov-Praxis-Newsletter` / `Jeden Dienstag die wichtigsten Nachrichten … in Ihrem Postfach.`). Returns the
 * number of lines (1 or 2), or 0.
 */
export function newsletterBoxAt(lines: readonly string[], i: number): number {
  const l = lines[i]!;
  if (l.length > 60 || !l.includes('Newsletter') || /[.!?]$/.test(l)) return 0;
  const next = lines[i + 1];
  return next !== undefined && next.length <= 250 && /\b(?:Postfach|Newsletter|abonnieren|kostenlos|anmelden|informiert)\b/i.test(next) ? 2 : 1;
}

/**
 * Boilerplate about the sender after a press release: `Über den BDKV` and a paragraph that names it again
 * (`Der Bundesverband … (BDKV) ist …`). Both are needed: `Über …` alone could be a section heading.
 */
export function isAboutSender(lines: readonly string[], i: number): boolean {
  if (!lines[i]!.startsWith('Über ')) return false;
  const m = /^Über (?:den |die |das |uns)?([\p{Lu}\d][\p{L}\d.&' -]{1,60})?$/u.exec(lines[i]!);
  if (!m || i + 1 >= lines.length) return false;
  if (lines[i]! === 'Über uns') return true;
  const name = m[1]?.trim();
  return name !== undefined && lines[i + 1]!.includes(name.split(' ')[0]!);
}

/** German postcode + place, the middle line of a vendor block (`04425 Taucha bei Leipzig`). */
const POSTCODE_LINE = /^\d{5} [A-ZÄÖÜ][\p{L} .()/-]{1,60}$/u;

/**
 * Vendor advert block: company line, postcode line, company line again. Returns the number of lines (3) when a
 * block starts at `i` in `lines` (blank lines already removed), else 0.
 */
export function vendorBlockAt(lines: readonly string[], i: number): number {
  // Checked against the length, not read as undefined: a read past the end deoptimises optimised code.
  if (i < 0 || i + 2 >= lines.length) return 0;
  const a = lines[i]!;
  const b = lines[i + 1]!;
  const c = lines[i + 2]!;
  // The length first: it runs for every line, so its type feedback covers every kind of string; behind `a === c`
  // (a rare match) it ran too seldom and deoptimised on the first string of a new representation.
  return a.length <= 80 && a === c && POSTCODE_LINE.test(b) ? 3 : 0;
}

/**
 * A lone brand word between sections (`ekom21`): one token that does not read as a German heading — it starts
 * lower-case or mixes letters and digits. Capitalised words (`Fazit`) stay: they are real section headings.
 */
export function isBrandLine(line: string): boolean {
  if (line.length > 30 || /\s/.test(line)) return false;
  return /^[a-z][\p{L}\d.&-]*$/u.test(line) || /^(?=[\p{L}\d.&-]*\p{L})(?=[\p{L}\d.&-]*\d)[\p{L}\d.&-]+$/u.test(line);
}

/**
 * The publisher notice block (`Aktuelle Information des Verlags` + prose + `Danke!`). Returns how many lines
 * (blank lines removed) it spans from `i`, or 0 when no such block starts there. Bounded to 12 lines so a
 * missing end cannot swallow a page.
 */
export function publisherNoticeAt(lines: readonly string[], i: number): number {
  if (!/^Aktuelle Information(?:en)? des Verlags$/.test(lines[i] ?? '')) return 0;
  for (let j = i + 1; j < Math.min(lines.length, i + 13); j++) {
    const l = lines[j]!;
    if (/Danke!$/.test(l)) return j - i + 1;
    if (isEndMarker(l)) return j - i;
  }
  return 1;
}
