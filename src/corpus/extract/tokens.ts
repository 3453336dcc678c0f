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
  /**
   * The same number for every token spelled the same (its entry in this thread's word table, below 2^17): an array
   * index for per-word memos (topics.ts). The table starts over when it outgrows any real vocabulary and gives the
   * numbers anew, so such a memo checks the word it finds.
   */
  id: number;
}

/** A word token's shape, the first alternative of `TOKEN_RE` (topics.ts asks whether a query word has it). */
export const WORD_SOURCE = "[\\p{L}\\p{N}]+(?:[.'’\\-][\\p{L}\\p{N}]+)*-?";
// Words keep inner dots/hyphens/apostrophes (`Komm.ONE`, `Hans-Henning`, `Digitalstrategie.NRW`) and a trailing
// hyphen (`Versorgungs-` in `Versorgungs- und Verkehrs-GmbH`); everything else is one punctuation character.
// This regex is the definition; {@link tokenize} scans by hand and yields exactly its matches (tested against it).
export const TOKEN_RE = new RegExp(`${WORD_SOURCE}|\\n\\s*\\n|[^\\s\\p{L}\\p{N}]`, 'gu');
const UPPER_RE = /^\p{Lu}/u;
const WORD_RE = /^[\p{L}\p{N}]/u;

/** Abbreviations whose period does not end a sentence. Lower-cased. */
const ABBREVIATIONS = new Set([
  'dr', 'prof', 'dipl', 'ing', 'st', 'nr', 'bzw', 'ca', 'vgl', 'z', 'b', 'u', 'a', 'v', 'e', 'mio', 'mrd', 'abs',
  'str', 'tel', 'inkl', 'zzgl', 'ggf', 'evtl', 'hrsg', 'max', 'min', 'med', 'rer', 'nat', 'jur', 'phil', 'h.c',
  'co', // `GmbH & Co. KG`
]);

const QUOTE_OPENERS = new Set(['„', '“', '"', '»', '«', '‚']);
const DIGITS_RE = /^\d+$/;

/** `\s` of a Unicode regex, by code unit. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

// Character classes of BMP code units, decided by the Unicode regexes once per code unit (on first sight, so
// nothing is paid at load): a table read per character instead of a regex run per token.
const KNOWN = 1;
const WORD = 2; // \p{L} or \p{N}
const UPPER = 4; // \p{Lu}
const CLASS = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (WORD_RE.test(ch) ? WORD : 0) | (UPPER_RE.test(ch) ? UPPER : 0);
    CLASS[c] = k;
  }
  return k;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Class of the code point at `i` and its length in code units (2 for a surrogate pair, classified by the regexes
 * themselves: rare enough not to need a table). A lone surrogate is neither a word character nor upper case.
 */
function pointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return WORD | 8;
    return c >= 65 && c <= 90 ? WORD | UPPER | 8 : 8;
  }
  if (isHigh(c) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
    const pair = text.slice(i, i + 2);
    return (WORD_RE.test(pair) ? WORD : 0) | (UPPER_RE.test(pair) ? UPPER : 0) | 16;
  }
  return (classOf(c) & (WORD | UPPER)) | 8;
}
/** Length in code units encoded in a {@link pointAt} result. */
const width = (p: number): number => p >> 3;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Hash of the characters {@link wordEnd} scanned last (FNV-1a over the code units): computed in the same pass, so
 * that looking the word up in the table does not read its characters once more.
 */
let wordHash = 0;

/** Code units from `i` that are word characters (`\p{L}\p{N}`, surrogate pairs whole), hashed into `h`. */
function wordRunEnd(text: string, i: number, h: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90))) break;
      h = Math.imul(h ^ c, FNV_PRIME);
      i++;
      continue;
    }
    const p = pointAt(text, i);
    if ((p & WORD) === 0) break;
    h = Math.imul(h ^ c, FNV_PRIME);
    if (width(p) === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
    i += width(p);
  }
  wordHash = h;
  return i;
}

/**
 * End of the word starting at `i` (a word character there): `TOKEN_RE`'s first alternative, greedy. Leaves the
 * word's hash in {@link wordHash}.
 */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  i = wordRunEnd(text, i, FNV_OFFSET);
  for (;;) {
    if (i + 1 >= n) break;
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 39 && c !== 0x2019 && c !== 45) break; // . ' ’ -
    if ((pointAt(text, i + 1) & WORD) === 0) break;
    i = wordRunEnd(text, i + 1, Math.imul(wordHash ^ c, FNV_PRIME));
  }
  if (i < n && text.charCodeAt(i) === 45) {
    wordHash = Math.imul(wordHash ^ 45, FNV_PRIME);
    i++;
  }
  return i;
}

/**
 * The distinct token strings seen so far, each with its {@link wordInfo}, found by a hash of the characters in
 * place: a repeated word (nearly every token) costs no substring copy, no string hashing by the engine and no memo
 * lookup. Open addressing over a power-of-two table; emptied when it outgrows any real vocabulary.
 */
const MAX_WORDS = 1 << 17;
let slots = new Int32Array(1 << 12); // entry index + 1, 0 = empty
let words: string[] = [];
let infos: WordInfo[] = [];
/**
 * Per entry: after this word a period does not end a sentence (an abbreviation or a number). Decided once per
 * distinct word instead of a `toLowerCase` copy, a set lookup and a regex test at every period.
 */
let noStop: boolean[] = [];

/** The hash {@link wordEnd} computes, of text[start, end). */
function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h;
}

function sameRange(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Index into `words`/`infos` of text[start, end) (of hash `h`, see {@link hashRange}), added when new. */
function intern(text: string, start: number, end: number, h: number): number {
  const mask = slots.length - 1;
  let at = h & mask;
  for (let e = slots[at]!; e !== 0; e = slots[at]!) {
    if (sameRange(words[e - 1]!, text, start, end)) return e - 1;
    at = (at + 1) & mask;
  }
  return addWord(text, start, end, h, at);
}

// Adding a word and making room are functions of their own, out of the lookup that `tokenize` inlines: the table
// grows a few times in a long load, and code that ran for the first time inside optimised `tokenize` deoptimised it.

/** Add text[start, end) (hash `h`, free slot `at` in the current table); returns its index. */
function addWord(text: string, start: number, end: number, h: number, at: number): number {
  if (words.length >= MAX_WORDS || (words.length + 1) * 2 > slots.length) at = makeRoom(h);
  const s = text.slice(start, end);
  words.push(s);
  infos.push(wordInfo(s));
  noStop.push(ABBREVIATIONS.has(s.toLowerCase()) || DIGITS_RE.test(s));
  slots[at] = words.length;
  return words.length - 1;
}

/** Empty the table when it outgrew any real vocabulary, else double it; returns the free slot for hash `h`. */
function makeRoom(h: number): number {
  if (words.length >= MAX_WORDS) {
    slots = new Int32Array(1 << 12);
    words = [];
    infos = [];
    noStop = [];
  } else {
    slots = new Int32Array(slots.length * 2);
    const mask = slots.length - 1;
    for (let e = 0; e < words.length; e++) {
      const w = words[e]!;
      let at = hashRange(w, 0, w.length) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = e + 1;
    }
  }
  const mask = slots.length - 1;
  let at = h & mask;
  while (slots[at] !== 0) at = (at + 1) & mask;
  return at;
}

/**
 * Tokenise `text`; paragraph breaks (blank lines) are not emitted as tokens but advance the sentence number.
 * A hand-written scan over character codes with the matches of `TOKEN_RE`: the tokenizer sees every character of
 * every document, and the regex (one sticky run per token) was the largest single cost of extraction.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let sent = 0;
  let i = 0;
  let pendingEnd = false;
  let prevNoStop = false; // the last token is a word after which a period does not end a sentence
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // `\n\s*\n`: a paragraph break runs to the last line break of the whitespace that follows.
      let last = -1;
      for (let j = i + 1; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === 10) last = j;
        else if (!isSpace(d)) break;
      }
      if (last < 0) { i++; continue; } // a lone line break: whitespace
      i = last + 1;
      if (out.length > 0) sent++;
      pendingEnd = false;
      continue;
    }
    if (isSpace(c)) { i++; continue; }
    const start = i;
    const p = pointAt(text, i);
    const word = (p & WORD) !== 0;
    const cap = (p & UPPER) !== 0;
    let h: number;
    if (word) {
      i = wordEnd(text, i);
      h = wordHash;
    } else {
      i += width(p);
      h = hashRange(text, start, i);
    }
    const e = intern(text, start, i, h);
    const s = words[e]!;
    const info = infos[e]!;
    const lastNoStop = prevNoStop;
    prevNoStop = word && noStop[e]!;
    // Out of the branch below, where it ran too rarely to be compiled with feedback (and then deoptimised).
    const digit = c >= 48 && c <= 57;
    if (pendingEnd) {
      const glued = out.length > 0 && out[out.length - 1]!.end === start;
      if (glued && QUOTE_OPENERS.has(s)) {
        // `…sein.“ Auf`: the closing mark belongs to the sentence it closes; decide at the next token.
        out.push({ s, start, end: i, sent, cap, word, info, id: e });
        continue;
      }
      // A period closes a sentence only when what follows looks like a sentence start.
      if (cap || QUOTE_OPENERS.has(s) || digit) sent++;
      pendingEnd = false;
    }
    out.push({ s, start, end: i, sent, cap, word, info, id: e });
    if (c === 46 || c === 33 || c === 63) { // `.` `!` `?` end a sentence; a colon introduces, it does not end
      if (c === 46 && lastNoStop) continue; // the token before is a word after which a period ends nothing
      pendingEnd = true;
    }
  }
  return out;
}

/**
 * The token at index `k`, or undefined outside the list: `tokens[k]` without reading past either end. Optimised code
 * deoptimises the first time an index read runs past the end ("out of bounds"), and the rules that look one token
 * ahead or back do so at the end of a text only now and then, which in a long load means in the middle of it.
 */
export function tokenAtIndex(tokens: Token[], k: number): Token | undefined {
  return k >= 0 && k < tokens.length ? tokens[k] : undefined;
}

/** Token `k` exists and is written `s` (see `tokenAtIndex`). */
export function tokenIs(tokens: Token[], k: number, s: string): boolean {
  return k >= 0 && k < tokens.length && tokens[k]!.s === s;
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
