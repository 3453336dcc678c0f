/**
 * Bytes → text. Pages arrive as UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 (older
 * exports from German Windows tools). Line ends are normalised to `\n` so every later stage sees one format.
 */

/** Result of decoding: either text or the reason the bytes are not a readable text file. */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/**
 * Windows-1252 code points for bytes 0x80–0x9F (the only range where it differs from Latin-1).
 * Hand-written rather than `new TextDecoder('windows-1252')`, because Node builds without full ICU lack that label.
 * Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves, as browsers do.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decode Windows-1252 bytes (total: every byte has a character). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Chunked so huge files do not exceed the argument limit of String.fromCharCode.
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) parts.push(decodeChunk(bytes, start, Math.min(bytes.length, start + CHUNK)));
  return parts.join('');
}

/**
 * `bytes[start, end)` decoded. A function of its own, not an inner loop: V8 compiles a hot inner loop on its own
 * (on-stack replacement) and threw that code away each time the loop ended and the outer one went on.
 */
function decodeChunk(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...chunkCodes(bytes, start, end));
}

/**
 * The code points of `bytes[start, end)`. The loop alone, apart from the `String.fromCharCode` after it: when V8
 * compiled the loop by on-stack replacement before that call had ever run, the compiled code ended in a
 * deoptimisation at the call, and kept being entered and deoptimised there for every chunk of every Windows-1252
 * page (285 deopts in one 10,000-page load, Chromium `--trace-deopt`).
 */
function chunkCodes(bytes: Uint8Array, start: number, end: number): number[] {
  const codes = new Array<number>(end - start);
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
  }
  return codes;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Normalise CRLF and lone CR to LF. */
export function normaliseNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/** The characters {@link controlShare} counts. */
// eslint-disable-next-line no-control-regex
const ANY_CONTROL_RE = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/;

/**
 * Share of characters that no text file contains (C0 controls other than tab/newline/form feed, and U+FFFD).
 * Used to tell text from binary after decoding.
 */
function controlShare(s: string): { share: number; nul: number } {
  // Nearly every text has none: one native regex scan instead of a character loop in JS.
  if (!ANY_CONTROL_RE.test(s)) return { share: 0, nul: 0 };
  let bad = 0;
  let nul = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) nul++;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || c === 0x7f) bad++;
  }
  return { share: s.length === 0 ? 0 : bad / s.length, nul };
}

/**
 * Decode a text file. Never throws.
 * Order: empty → BOM (UTF-8/UTF-16) → strict UTF-8 → Windows-1252. Strict UTF-8 almost never accepts
 * Windows-1252 German text by accident (an umlaut byte is not a valid UTF-8 sequence on its own), which is why
 * trying UTF-8 first is a safe detection.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let text: string;
  let encoding: string;
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      text = new TextDecoder('utf-8').decode(bytes.subarray(3));
      encoding = 'utf-8 (BOM)';
    } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
      encoding = 'utf-16le';
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
      encoding = 'utf-16be';
    } else {
      try {
        text = utf8Strict.decode(bytes);
        encoding = 'utf-8';
      } catch {
        text = decodeWindows1252(bytes);
        encoding = 'windows-1252';
      }
    }
  } catch (e) {
    return { ok: false, reason: `not text: ${e instanceof Error ? e.message : String(e)}` };
  }
  const { share, nul } = controlShare(text);
  if (nul > 0) return { ok: false, reason: `not text: binary data (${nul} NUL bytes)` };
  if (share > 0.05) return { ok: false, reason: `not text: ${Math.round(share * 100)}% control characters` };
  text = normaliseNewlines(text);
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, text, encoding };
}
