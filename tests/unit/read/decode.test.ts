import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../../src/corpus/read/decode.ts';

const ok = (bytes: number[]) => {
  const r = decodeText(new Uint8Array(bytes));
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('decodeText', () => {
  it('UTF-8', () => expect(ok([0x47, 0x72, 0x6f, 0xc3, 0x9f]).text).toBe('Groß'));
  it('UTF-8 with BOM', () => expect(ok([0xef, 0xbb, 0xbf, 0xc3, 0x96, 0x6d]).text).toBe('Öm'));
  it('Windows-1252: Großkopf, Ömer, „€“', () => {
    const r = ok([0x47, 0x72, 0x6f, 0xdf, 0x6b, 0x6f, 0x70, 0x66, 0x20, 0xd6, 0x6d, 0x65, 0x72, 0x20, 0x84, 0x80, 0x93]);
    expect(r.text).toBe('Großkopf Ömer „€“');
    expect(r.encoding).toBe('windows-1252');
  });
  it('UTF-16 LE with BOM', () => expect(ok([0xff, 0xfe, 0xe4, 0x00, 0x0a, 0x00]).text).toBe('ä\n'));
  it('CRLF and CR become LF', () => expect(ok([0x61, 0x0d, 0x0a, 0x62, 0x0d, 0x63]).text).toBe('a\nb\nc'));
  it.each([
    [[], 'empty file'],
    [[0x20, 0x0a], 'empty file'],
    [[0xef, 0xbb, 0xbf], 'empty file'],
  ])('%j → %s', (bytes, reason) => expect(decodeText(new Uint8Array(bytes))).toEqual({ ok: false, reason }));
  it('binary → not text', () => {
    const r = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^not text: /);
  });
  it('Windows-1252 maps every byte', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    expect(decodeWindows1252(all)).toHaveLength(256);
  });
});
