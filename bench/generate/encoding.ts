/**
 * Byte encodings the reader must handle: UTF-8 (with or without BOM) and Windows-1252, LF or CRLF.
 */

/** Windows-1252 bytes 0x80–0x9F that differ from Latin-1; everything else in U+0000–U+00FF maps to itself. */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Encode as Windows-1252; characters outside it become `?` (as a legacy CMS export would). */
export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    const high = CP1252_HIGH[ch];
    if (high !== undefined) out[n++] = high;
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out[n++] = code;
    else out[n++] = 0x3f;
  }
  return out.slice(0, n);
}

/** Options for how a page is written to bytes. */
export interface ByteOptions {
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  crlf: boolean;
}

/** Page text → file bytes. */
export function toBytes(text: string, opts: ByteOptions): Uint8Array {
  const t = opts.crlf ? text.replace(/\n/g, '\r\n') : text;
  if (opts.encoding === 'windows-1252') return encodeWindows1252(t);
  const utf8 = new TextEncoder().encode(t);
  if (opts.encoding === 'utf-8') return utf8;
  const withBom = new Uint8Array(utf8.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(utf8, 3);
  return withBom;
}
