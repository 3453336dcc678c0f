/**
 * German dates as they appear on news pages: `[25.11.2019]`, `14.06.2023 |`, `am 3. März 2022`, and, for
 * inference only, event phrases such as `Mitgliederversammlung Ende April 2021`. All results are ISO strings
 * (`YYYY-MM-DD` or `YYYY-MM`), validated against the calendar.
 */

/** Month names and abbreviations as written in German text (lower-case key → month 1–12). */
const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, febr: 2, märz: 3, maerz: 3, mär: 3, mrz: 3, april: 4, apr: 4,
  mai: 5, juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, dezember: 12, dez: 12,
};

/** Alternation of month names for regexes, longest first so `Juni` wins over `Jun`. */
const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Month number for a German month name or abbreviation (`März`, `Maerz`, `Okt.`), or null. */
export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** True when y-m-d is a real calendar day (no 31.02., leap years honoured). Years 1900–2099 only. */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO day string, or null when the day does not exist. Two-digit years are read as 20xx. */
export function isoDay(y: number, m: number, d: number): string | null {
  const year = y < 100 ? 2000 + y : y;
  return isValidDate(year, m, d) ? `${year}-${pad(m)}-${pad(d)}` : null;
}

/** ISO month string (`2021-04`), or null. */
export function isoMonth(y: number, m: number): string | null {
  return isValidDate(y, m, 1) ? `${y}-${pad(m)}` : null;
}

/** `25.11.2019`, `9.9.2020`, `14.06.23` → ISO day, or null. Whole string must be the date. */
export function parseNumericDate(s: string): string | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(s.trim());
  return m ? isoDay(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

// Compiled once: it was built anew on every call, and every line above an article's text is now asked for a date.
const LONG_DATE = new RegExp(`^(\\d{1,2})\\.\\s*(${MONTH_RE})\\.?\\s+(\\d{4})$`, 'i');

/** `3. März 2022`, `03. Maerz 2022`, `3. Okt. 2022` → ISO day, or null. Whole string must be the date. */
export function parseLongDate(s: string): string | null {
  const m = LONG_DATE.exec(s.trim());
  if (!m) return null;
  const month = monthNumber(m[2]!);
  return month === null ? null : isoDay(Number(m[3]), month, Number(m[1]));
}

/** Any single date in either notation → ISO day, or null. */
export function parseGermanDate(s: string): string | null {
  return parseNumericDate(s) ?? parseLongDate(s);
}

/** A `[25.11.2019]` stamp at the start of a line (Kommune21 leads and teasers). */
export interface BracketDate {
  /** ISO day, or null when the stamp is not a real day (`[31.02.2020]`). */
  date: string | null;
  /** The line without the stamp. */
  rest: string;
}

const BRACKET = /^\[(\d{1,2}\.\d{1,2}\.\d{2,4})\]\s*/;

/** Split a leading `[d.m.yyyy]` stamp off a line; null when the line does not start with one. */
export function splitBracketDate(line: string): BracketDate | null {
  const m = BRACKET.exec(line);
  if (!m) return null;
  return { date: parseNumericDate(m[1]!), rest: line.slice(m[0].length) };
}

/** True when the line starts with a `[d.m.yyyy]` stamp (valid or not). */
export function startsWithBracketDate(line: string): boolean {
  return BRACKET.test(line);
}

/** A header line of a press-release page: `14.06.2023 | Kommune21` → date and publisher. */
export interface HeaderLine {
  date: string;
  source: string | null;
}

/** Parse `14.06.2023 | Kommune21` or `3. März 2022 | Behörden Spiegel` (publisher part optional). */
export function parseHeaderLine(line: string): HeaderLine | null {
  const m = /^([^|]{6,24}?)\s*\|\s*(.{0,60})$/.exec(line.trim());
  const single = m ? null : parseGermanDate(line);
  if (single) return { date: single, source: null };
  if (!m) return null;
  const date = parseGermanDate(m[1]!);
  if (!date) return null;
  const source = m[2]!.trim();
  return { date, source: source === '' ? null : source };
}

const DATELINE = new RegExp(
  `^(?:[A-ZÄÖÜ][\\p{L}./ -]{1,40},\\s*)?(?:(?:am|den)\\s+)?(\\d{1,2}\\.\\s*(?:${MONTH_RE})\\.?\\s+\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s*([-–—:(.])\\s*`,
  'iu',
);

/**
 * A dateline at the start of a paragraph (`Berlin, 3. März 2022 –`, `Bremen, am 3. März 2022:`, `am 3. März 2022 –`,
 * `Hannover, 14.06.2023.`): its day and the paragraph without it (`Berlin, 22. Juni 2023 – Der Verband …` →
 * `Der Verband …`), as the `[25.11.2019]` stamp comes off a Kommune21 lead. A dateline closed by `(` keeps its
 * paragraph whole. Null when the paragraph starts with no dateline of a real day.
 */
export function splitDateline(paragraph: string): { date: string; rest: string } | null {
  const m = DATELINE.exec(paragraph);
  const date = m ? parseGermanDate(m[1]!.replace(/\s+/g, ' ')) : null;
  if (m === null || date === null) return null;
  return { date, rest: m[2] === '(' ? paragraph : paragraph.slice(m[0].length) };
}

/** An event date inferred from the article text. */
export interface InferredDate {
  /** ISO month (`2021-04`): the article reports an event of that month, publication is close to it. */
  date: string;
  /** Why, for `dateNote`: the phrase found (`Mitgliederversammlung Ende April 2021`). */
  note: string;
}

/** Nouns for events an article reports on. A date next to one of them dates the report. */
const EVENT_NOUN =
  '(?:Mitglieder|Jahres|Haupt|Vollver|Fach|Verbands)?(?:versammlung|tagung|konferenz|kongress|sitzung|treffen|gipfel|messe|workshop|veranstaltung|forum|symposium|kabinettssitzung|klausur|fachtag|netzwerktreffen)';
/** {@link EVENT_NOUN} without its optional prefix: matches somewhere in a text exactly when EVENT_NOUN does. */
const EVENT_NOUN_BASE_RE = new RegExp(EVENT_NOUN.replace(/^\(\?:[^()]*\)\?/, ''), 'i');
/** A date phrase of at least month precision; captures day(s) optionally, month, year. */
const DATE_PHRASE = `(?:(?:Anfang|Mitte|Ende)\\s+|im\\s+)?(?:am\\s+|vom\\s+)?(?:(\\d{1,2})\\.\\s*(?:(?:und|bis|–|-)\\s*\\d{1,2}\\.\\s*)?)?(?<!\\p{L})(${MONTH_RE})\\.?\\s+(\\d{4})`;

/**
 * Infer a month from an event the article reports: a sentence with an event noun and a month-precise date
 * (`Mitgliederversammlung Ende April 2021`, `am 4. und 5. April 2019 … Mitgliederversammlung`).
 * Not inferred from: deadlines and ranges (`bis Ende 2029`, `bis zum 11. Mai 2025`, `ab`, `seit`), year-only
 * mentions (`Jahresabschluss 2020`), or sentences about plans (`soll`, `wird … stattfinden`).
 */
export function inferEventDate(text: string): InferredDate | null {
  // Sentences, roughly: good enough to keep a date with its event noun. A dot after a digit is an ordinal
  // (`4. April`), not a sentence end. Linear split.
  const eventRe = new RegExp(EVENT_NOUN, 'i');
  // A sentence with an event noun is part of a text with one: most texts have none and need no splitting. The
  // optional prefix (`Mitglieder…`) does not change whether a text has one, and without it the test is cheaper.
  if (!EVENT_NOUN_BASE_RE.test(text)) return null;
  const sentences = text.split(/(?<=[\p{L})][.!?][“”"]?)\s+(?=[A-ZÄÖÜ„"])|\n+/u);
  const dateRe = new RegExp(DATE_PHRASE, 'giu');
  const planned = /\b(?:soll|sollen|wird|werden|geplant|plant|planen|künftig|kommende[nmrs]?|nächste[nmrs]?)\b/i;
  for (const s of sentences) {
    if (!eventRe.test(s) || planned.test(s)) continue;
    dateRe.lastIndex = 0;
    for (let m = dateRe.exec(s); m; m = dateRe.exec(s)) {
      const before = s.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:bis|ab|seit|spätestens|zum|zur)\s*$/i.test(before)) continue;
      const month = monthNumber(m[2]!);
      const year = Number(m[3]);
      const iso = month === null ? null : isoMonth(year, month);
      if (!iso) continue;
      if (m[1] !== undefined && !isValidDate(year, month!, Number(m[1]))) continue;
      const event = eventRe.exec(s)!;
      const phrase = m[0].trim();
      // Name the event as written (the whole compound word, e.g. `Mitgliederversammlung`).
      const word = /[\p{L}-]*$/u.exec(s.slice(0, event.index))![0] + /^[\p{L}-]+/u.exec(s.slice(event.index))![0];
      return { date: iso, note: `${word} ${phrase} im Text` };
    }
  }
  return null;
}
