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

/**
 * Split a kicker glued to its title: inside the first token, a lower-case letter directly followed by an
 * upper-case letter that starts a lower-case word (`Vitako|Fundament`). CamelCase names (`GovTech`, `PayPal`)
 * have the same shape, so the split needs evidence: the prefix occurs as a word of its own elsewhere on the page
 * and the glued token does not.
 */
export function splitGluedKicker(line: string, page: string): KickedTitle {
  const space = line.indexOf(' ');
  const token = space < 0 ? line : line.slice(0, space);
  if (token.length > 60) return { kicker: null, title: line };
  let elsewhere: string | null = null;
  for (let k = 2; k < token.length - 1; k++) {
    const a = token.charAt(k - 1);
    const b = token.charAt(k);
    const c = token.charAt(k + 1);
    if (!(isLower(a) && isUpper(b) && isLower(c))) continue;
    const prefix = token.slice(0, k);
    if (!isUpper(prefix.charAt(0))) continue;
    elsewhere ??= page.replace(line, '');
    if (WORD_BOUNDED(prefix).test(elsewhere) && !WORD_BOUNDED(token).test(elsewhere)) {
      return { kicker: prefix, title: line.slice(k) };
    }
  }
  return { kicker: null, title: line };
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

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
  if (!isUpper(prev.charAt(0))) return title;
  return words.slice(0, -1).join(' ');
}
