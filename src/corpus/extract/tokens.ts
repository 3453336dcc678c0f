/**
 * Word tokens with offsets and sentence numbers: the common ground the extractors reason on. One linear regex
 * pass per document; everything downstream walks this array instead of re-scanning the text.
 */

/** A word or a single punctuation character of the text. */
export interface Token {
  /** The token as written. */
  s: string;
  start: number;
  end: number;
  /** Sentence number (0-based); a paragraph break always starts a new sentence. */
  sent: number;
  /** True when the first character is an upper-case letter. */
  cap: boolean;
  /** True for a word (letters/digits), false for punctuation. */
  word: boolean;
}

// Words keep inner dots/hyphens/apostrophes (`Komm.ONE`, `Hans-Henning`, `Digitalstrategie.NRW`) and a trailing
// hyphen (`Versorgungs-` in `Versorgungs- und Verkehrs-GmbH`); everything else is one punctuation character.
const TOKEN_RE = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*-?|\n\s*\n|[^\s\p{L}\p{N}]/gu;
const UPPER_RE = /^\p{Lu}/u;
const WORD_RE = /^[\p{L}\p{N}]/u;

/** Abbreviations whose period does not end a sentence. Lower-cased. */
const ABBREVIATIONS = new Set([
  'dr', 'prof', 'dipl', 'ing', 'st', 'nr', 'bzw', 'ca', 'vgl', 'z', 'b', 'u', 'a', 'v', 'e', 'mio', 'mrd', 'abs',
  'str', 'tel', 'inkl', 'zzgl', 'ggf', 'evtl', 'hrsg', 'max', 'min', 'med', 'rer', 'nat', 'jur', 'phil', 'h.c',
]);

const QUOTE_OPENERS = new Set(['„', '“', '"', '»', '«', '‚']);

/** Tokenise `text`; paragraph breaks (blank lines) are not emitted as tokens but advance the sentence number. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let sent = 0;
  let m: RegExpExecArray | null;
  TOKEN_RE.lastIndex = 0;
  let pendingEnd = false;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const s = m[0];
    if (s.charCodeAt(0) === 10) {
      if (out.length > 0) sent++;
      pendingEnd = false;
      continue;
    }
    const c = s.charCodeAt(0);
    // ASCII fast path; the Unicode regexes only for the rest (umlauts, other scripts).
    const word = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORD_RE.test(s);
    const cap = c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(s);
    if (pendingEnd) {
      const glued = out.length > 0 && out[out.length - 1]!.end === m.index;
      if (glued && QUOTE_OPENERS.has(s)) {
        // `…sein.“ Auf`: the closing mark belongs to the sentence it closes; decide at the next token.
        out.push({ s, start: m.index, end: m.index + s.length, sent, cap, word });
        continue;
      }
      // A period closes a sentence only when what follows looks like a sentence start.
      if (cap || QUOTE_OPENERS.has(s) || /^\d/.test(s)) sent++;
      pendingEnd = false;
    }
    out.push({ s, start: m.index, end: m.index + s.length, sent, cap, word });
    if (s === '.' || s === '!' || s === '?' || s === ':') {
      const prev = out[out.length - 2];
      if (s === ':') continue; // a colon introduces, it does not end (quotes after `erklärt:` stay in-sentence)
      if (s === '.' && prev && prev.word && (ABBREVIATIONS.has(prev.s.toLowerCase()) || /^\d+$/.test(prev.s))) continue;
      pendingEnd = true;
    }
  }
  return out;
}

/** Index of the first token whose start is ≥ `offset` (binary search). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
