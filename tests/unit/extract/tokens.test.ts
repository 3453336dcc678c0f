/**
 * The tokenizer scans by hand; `TOKEN_RE` is its definition. The tokens (text, offsets, sentence numbers, flags)
 * must be exactly those of the regex-driven tokenizer it replaced, on the seeds and on arbitrary strings made of
 * the characters that matter (separators, quotes, umlauts, surrogate pairs, odd whitespace).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, TOKEN_RE } from '../../../src/corpus/extract/tokens.ts';
import { readSeed } from './fixtures.ts';

const ABBREVIATIONS = new Set([
  'dr', 'prof', 'dipl', 'ing', 'st', 'nr', 'bzw', 'ca', 'vgl', 'z', 'b', 'u', 'a', 'v', 'e', 'mio', 'mrd', 'abs',
  'str', 'tel', 'inkl', 'zzgl', 'ggf', 'evtl', 'hrsg', 'max', 'min', 'med', 'rer', 'nat', 'jur', 'phil', 'h.c',
]);
const QUOTE_OPENERS = new Set(['„', '“', '"', '»', '«', '‚']);

/** The regex-driven tokenizer, as it was: a global `exec` loop over `TOKEN_RE`. */
function reference(text: string): { s: string; start: number; end: number; sent: number; cap: boolean; word: boolean }[] {
  const out: { s: string; start: number; end: number; sent: number; cap: boolean; word: boolean }[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  let sent = 0;
  let pendingEnd = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m[0];
    if (s.startsWith('\n')) {
      if (out.length > 0) sent++;
      pendingEnd = false;
      continue;
    }
    const start = m.index;
    const word = /^[\p{L}\p{N}]/u.test(s);
    const cap = /^\p{Lu}/u.test(s);
    if (pendingEnd) {
      if (out.length > 0 && out[out.length - 1]!.end === start && QUOTE_OPENERS.has(s)) {
        out.push({ s, start, end: start + s.length, sent, cap, word });
        continue;
      }
      if (cap || QUOTE_OPENERS.has(s) || /^\d/.test(s)) sent++;
      pendingEnd = false;
    }
    out.push({ s, start, end: start + s.length, sent, cap, word });
    if (s === '.' || s === '!' || s === '?') {
      const prev = out[out.length - 2];
      if (s === '.' && prev && prev.word && (ABBREVIATIONS.has(prev.s.toLowerCase()) || /^\d+$/.test(prev.s))) continue;
      pendingEnd = true;
    }
  }
  return out;
}

const plain = (text: string) => tokenize(text).map(({ s, start, end, sent, cap, word }) => ({ s, start, end, sent, cap, word }));

const PIECES = ['a', 'Z', 'ä', 'Ö', 'ß', '7', '.', '-', "'", '’', ' ', '\n', '\n\n', ' \n \n', '\u00a0', '\u2003', '„', '“', '"', '»',
  ',', '!', '?', 'Dr', 'z.', 'B.', '12', 'GmbH', 'e.V', '\ud835\udc00', '\ud835', '\udc00', '😀', 'Ǆ', 'ǅ', 'Ⅻ', '٣', '\t', '\r', '\u2028'];

describe('tokenize', () => {
  it('gives the tokens of TOKEN_RE on the seeds', () => {
    for (const f of ['000_89bbb2d4f43df416.txt', '002_7c26aae1279bb77d.txt', '004_ac2f4d37a3170e1a.txt']) {
      for (const d of readSeed(f)) expect(plain(d.text)).toEqual(reference(d.text));
    }
  });

  it('gives the tokens of TOKEN_RE on arbitrary strings', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => { expect(plain(t)).toEqual(reference(t)); }), { numRuns: 3000 });
  });
});
