/**
 * The lower-cased last three characters of a word as a small hash: a cheap, allocation-free first test for the
 * suffix lexicons (institution heads, role words), which most words of a text fail. A hash, not the characters
 * themselves, so the key stays a small integer (no heap number, no hashing of a double); a collision only sends
 * a word down the exact path.
 */

/** Size of the bitmap of {@link tailKeys}. */
const BITS = 1 << 16;

/**
 * Hash of the last three code units of `word`, lower-cased; positions before the start count as 0. -1 when one
 * of them is neither ASCII nor an umlaut: only `toLowerCase` knows its lower case, so the caller must take its
 * exact path.
 */
export function tail3(word: string): number {
  let key = 0;
  for (let i = word.length - 3; i < word.length; i++) {
    const c = i >= 0 ? tailCode(word.charCodeAt(i)) : 0;
    if (c < 0) return -1;
    key = (key * 31 + c) & (BITS - 1);
  }
  return key;
}

/**
 * Per code unit below 256: its lower case (ASCII and Ä Ö Ü), itself (other ASCII, ä ö ü) or -1 (other non-ASCII).
 * A table rather than branches: the umlaut branches ran rarely enough to be compiled without type feedback, and
 * the first capital umlaut of a load then deoptimised every function `tail3` is inlined into.
 */
const TAIL_CODES = new Int16Array(256);
for (let c = 0; c < 256; c++) {
  TAIL_CODES[c] = (c >= 65 && c <= 90) || c === 196 || c === 214 || c === 220 ? c + 32 : c >= 128 && c !== 228 && c !== 246 && c !== 252 ? -1 : c;
}

function tailCode(c: number): number {
  return c < 256 ? TAIL_CODES[c]! : -1;
}

/** Bitmap of the {@link tail3} hashes of every stem followed by every ending (stems lower-case ASCII or umlauts). */
export function tailKeys(stems: readonly string[], endings: readonly string[]): Uint8Array {
  const bits = new Uint8Array(BITS);
  for (const h of stems) for (const e of endings) bits[tail3(h + e)] = 1;
  return bits;
}

/** False only when `word` certainly does not end like one of the keys of `bits`. */
export function mayEndLike(word: string, bits: Uint8Array): boolean {
  const t = tail3(word);
  return t < 0 || bits[t] === 1;
}
