/**
 * Word tokens with offsets and sentence numbers: the common ground the extractors reason on. One linear regex
 * pass per document; everything downstream walks this array instead of re-scanning the text.
 */
import { type WordInfo, wordInfo } from './wordInfo.ts';

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
  /** What the extractors ask about this word, shared by every token spelled the same. */
  info: WordInfo;
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
const DIGITS_RE = /^\d+$/;

const TOKEN_AT_RE = new RegExp(TOKEN_RE.source, 'uy');

/** `\s` of a Unicode regex, by code unit. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * Tokenise `text`; paragraph breaks (blank lines) are not emitted as tokens but advance the sentence number.
 * Whitespace is skipped in code and each token matched with a sticky `test` at its position: the same tokens as
 * a global `exec` loop, without allocating a match array per token (the tokenizer sees every word).
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let sent = 0;
  let i = 0;
  let pendingEnd = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c !== 10 && isSpace(c)) { i++; continue; }
    TOKEN_AT_RE.lastIndex = i;
    if (!TOKEN_AT_RE.test(text)) { i++; continue; } // a lone line break: whitespace
    const start = i;
    i = TOKEN_AT_RE.lastIndex;
    if (c === 10) {
      if (out.length > 0) sent++;
      pendingEnd = false;
      continue;
    }
    const s = text.slice(start, i);
    // ASCII fast path; the Unicode regexes only for the rest (umlauts, other scripts).
    const word = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORD_RE.test(s);
    const cap = c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(s);
    if (pendingEnd) {
      const glued = out.length > 0 && out[out.length - 1]!.end === start;
      if (glued && QUOTE_OPENERS.has(s)) {
        // `…sein.“ Auf`: the closing mark belongs to the sentence it closes; decide at the next token.
        out.push({ s, start, end: i, sent, cap, word, info: wordInfo(s) });
        continue;
      }
      // A period closes a sentence only when what follows looks like a sentence start.
      if (cap || QUOTE_OPENERS.has(s) || (c >= 48 && c <= 57)) sent++;
      pendingEnd = false;
    }
    out.push({ s, start, end: i, sent, cap, word, info: wordInfo(s) });
    if (c === 46 || c === 33 || c === 63) { // `.` `!` `?` end a sentence; a colon introduces, it does not end
      const prev = out[out.length - 2];
      if (c === 46 && prev && prev.word && (ABBREVIATIONS.has(prev.s.toLowerCase()) || DIGITS_RE.test(prev.s))) continue;
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
