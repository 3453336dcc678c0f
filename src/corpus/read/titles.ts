/**
 * Kicker and title. German news pages put a short kicker (place, organisation, series) before the title:
 * on its own line ending in `:`, on the title line (`Thüringen: Zwischenfazit zum OZG`), or glued to the title
 * when the page lost the line break (`VitakoFundament der digitalen Verwaltung`).
 */

/** A title with its kicker (null when there is none). */
export interface KickedTitle {
  kicker: string | null;
  title: string;
}

/** A line that is a kicker on its own: short, ends with `:`, not a sentence. */
export function isKickerLine(line: string): boolean {
  return line.length >= 2 && line.length <= 80 && line.endsWith(':') && !/[.!?]:$/.test(line) && line.split(' ').length <= 8;
}

/**
 * Split `Kicker: Title` on the first `: `. Only when the kicker part is short (≤ 8 words, ≤ 80 characters) and the
 * title part is not empty, so a sentence with a colon in the middle stays whole.
 */
export function splitColonKicker(line: string): KickedTitle {
  const at = line.indexOf(': ');
  if (at < 2 || at > 80) return { kicker: null, title: line };
  const kicker = line.slice(0, at).trim();
  const title = line.slice(at + 2).trim();
  if (title === '' || kicker.split(' ').length > 8 || /[.!?]$/.test(kicker)) return { kicker: null, title: line };
  return { kicker, title };
}

const WORD_BOUNDED = (w: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
const WORD_POINT_RE = /^[\p{L}\p{N}]/u;

/** Is the code point ending at `i` (exclusive; a surrogate pair whole) a letter or digit? */
function wordPointBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
  return WORD_POINT_RE.test(s.slice(pair ? i - 2 : i - 1, i));
}

/** Is the code point starting at `i` (a surrogate pair whole) a letter or digit? */
function wordPointAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_POINT_RE.test(s.slice(i, i + 2));
}

/**
 * Whether `w` occurs in `s` as a word of its own: what {@link WORD_BOUNDED} tests, found with `indexOf` and the
 * two boundaries checked in code (a regex compiled per candidate word cost more than the search). Words with a
 * surrogate take the regex, whose Unicode mode treats a lone surrogate differently from `indexOf`.
 */
function occursAsWord(s: string, w: string): boolean {
  if (/[\ud800-\udfff]/.test(w)) return WORD_BOUNDED(w).test(s);
  for (let at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
    if (!wordPointBefore(s, at) && !wordPointAt(s, at + w.length)) return true;
  }
  return false;
}

/**
 * Split a kicker glued to its title when the page lost the line break between them (`Vitako|Fundament der …`,
 * `Landkreis Obertal|Digitale Bauakte …`, `DStGB|Mindeststandards …`, `ekom21|Digitale …`, `Dataport|OZG-Umsetzung
 * …`): inside one of the first words, a letter or digit directly followed by the title's first word. CamelCase
 * names (`GovTech`, `PayPal`) have the same shape, so the split needs evidence that the glued word is no word of
 * the page (it occurs nowhere else) and either the kicker part occurs elsewhere as a word of its own or the title
 * part starts with a word of at least five letters (`Daten`, `Zwischenfazit`, `E-Rechnung`; CamelCase names end in
 * short parts: `Tech`, `Pakt`).
 */
export function splitGluedKicker(line: string, page: string): KickedTitle {
  let elsewhere: string | null = null;
  let start = 0;
  for (let w = 0; w < MAX_KICKER_WORDS && start < line.length; w++) {
    const space = line.indexOf(' ', start);
    const end = space < 0 ? line.length : space;
    if (end > MAX_KICKER_CHARS) break;
    const token = line.slice(start, end);
    for (let k = 2; k < token.length - 1; k++) {
      const word = titleWordAt(token, k);
      if (word === 0) continue;
      elsewhere ??= page.replace(line, '');
      if (occursAsWord(elsewhere, token)) break;
      if (word >= 5 || occursAsWord(elsewhere, token.slice(0, k))) {
        return { kicker: line.slice(0, start + k), title: line.slice(start + k) };
      }
    }
    start = end + 1;
  }
  return { kicker: null, title: line };
}

/** A glued kicker has at most this many words and characters (`Diez/Kaisersesch/Montabaur/Weißenthurm` fits). */
const MAX_KICKER_WORDS = 6;
const MAX_KICKER_CHARS = 60;

/**
 * Length of a title's first word starting at `k` inside a glued token, or 0 when none can start there: a
 * capitalised word after a letter or digit (`…tako|Fundament`, `DStGB|Mindest…`), or an acronym of up to five
 * letters joined by a hyphen after a lower-case letter or digit (`…port|OZG-Umsetzung`, `…tag|E-Rechnung`), each
 * with what a hyphen joins to it (`Schul-IT`).
 */
function titleWordAt(s: string, k: number): number {
  const a = s.charAt(k - 1);
  if (!isUpper(s.charAt(k))) return 0;
  let j = k + 1;
  if (isLower(s.charAt(j))) {
    if (!(isLower(a) || isUpper(a) || isDigit(a))) return 0;
    while (j < s.length && isLower(s.charAt(j))) j++;
  } else {
    // After two letters at least: `EfA-Leistungen` is one word, `Dataport|OZG-Umsetzung` two.
    if (!(isLower(a) || isDigit(a)) || k < 3) return 0;
    while (j < s.length && isUpper(s.charAt(j))) j++;
    if (j - k > 5 || s.charAt(j) !== '-') return 0;
  }
  if (s.charAt(j) === '-') while (j < s.length && (s.charAt(j) === '-' || isLower(s.charAt(j)) || isUpper(s.charAt(j)))) j++;
  return j - k;
}

function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}

// ASCII decided by code (this runs on every character of every title's first word), the rest by case mapping.
function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const PARTICIPLE = /^(?:\p{Ll}+)?ge\p{Ll}{2,}(?:t|en)$/u;

/** Layout labels the Kommune21 teaser list appends to a title (`Fehlende Perspektive Bericht`). */
const TRAILING_LABELS = ['Bericht', 'Interview', 'Porträt', 'Portrait', 'Kommentar', 'Gastbeitrag', 'Video', 'Fotostrecke', 'Dossier', 'Podcast', 'Titel'];

/**
 * Strip a trailing layout label from a teaser title when it is clearly a label and not the title's last noun:
 * at least two words remain (`Kritischer Bericht` stays) and the word before it is not lower-case (`der Bericht`,
 * `neuer Bericht`), i.e. the label is not grammatically attached to the title.
 */
export function stripTrailingLabel(title: string): string {
  const words = title.split(' ');
  if (words.length < 3) return title;
  const last = words[words.length - 1]!;
  if (!TRAILING_LABELS.includes(last)) return title;
  const prev = words[words.length - 2]!;
  // `der Bericht`, `neuer Bericht` end in the noun; `… freigegeben Bericht` (a participle before it) in a label.
  if (!isUpper(prev.charAt(0)) && !PARTICIPLE.test(prev)) return title;
  return words.slice(0, -1).join(' ');
}
