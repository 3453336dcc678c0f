import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFile } from '../../../src/corpus/read/readFile.ts';
import { htmlToText } from '../../../src/corpus/read/htmlToText.ts';
import type { CorpusDocument } from '../../../src/corpus/types.ts';

const enc = new TextEncoder();
const NAMES = fc.constantFrom('a.txt', 'b.html', 'c.htm', 'd.json', 'e', 'f.TXT', 'dir/g.txt');
const TAG = /<[a-zA-Z/!?]/;

/** Every string the reader puts into a document. */
function strings(d: CorpusDocument): string[] {
  return [d.id, d.title, d.text, d.kicker ?? '', d.lead ?? '', ...d.keywords, ...(d.links ?? []), d.author ?? '', d.source ?? ''];
}

function checkContract(r: ReturnType<typeof readFile>, name: string) {
  expect(r.documents.length + r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems) {
    expect(p.file).toBe(name);
    expect(p.reason.length).toBeGreaterThan(0);
  }
  const ids = new Set(r.documents.map((d) => d.id));
  expect(ids.size).toBe(r.documents.length);
}

/** HTML-ish input: fragments that stress tag, comment, entity and raw-text handling, mixed with arbitrary text. */
const htmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<script>', '</script>', '<script src="x">', '<style>', '</style>', '<p>', '</p>', '<br>', '<div class="a>b">', '<nav>', '</nav>',
        '<footer>', '</footer>', '<!--', '-->', '<!doctype html>', '<', '>', '&lt;', '&gt;', '&lt;script&gt;', '&#60;', '&#x3c;', '&amp;lt;',
        '<scr', 'ipt>', '"', "'", '=', '<a href="', '<iframe>', '<template>', '</template>', '<h1>', '</h1>', '[1.2.2020] ', ' mehr...', '\n',
        'Vitako:', 'Titel', 'Ein Satz mit genug Wörtern, damit er ein Absatz ist.', '<svg><script>', '<img src=x onerror=alert(1)>', '<?xml ?>',
      ),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('readFile properties', () => {
  it('never throws and never loses a file: arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), NAMES, (s, name) => {
        checkContract(readFile({ name, bytes: enc.encode(s) }), name);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and never loses a file: arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), NAMES, (bytes, name) => {
        checkContract(readFile({ name, bytes }), name);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws, never emits markup: arbitrary HTML-ish input', () => {
    fc.assert(
      fc.property(htmlish, fc.constantFrom('p.html', 'p.txt'), (html, name) => {
        const r = readFile({ name, bytes: enc.encode(html) });
        checkContract(r, name);
        for (const d of r.documents) for (const s of strings(d)) expect(s).not.toMatch(TAG);
      }),
      { numRuns: 500 },
    );
  });

  it('non-empty visible text is read, not lost', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }).filter((s) => /[\p{L}\p{N}]/u.test(s) && !/[<&\u0000-\u001f\u007f-\u009f]/.test(s) && !s.trim().startsWith('{')), (s) => {
        const r = readFile({ name: 'x.txt', bytes: enc.encode(s) });
        expect(r.documents.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('htmlToText output never contains a tag from the input', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        expect(htmlToText(html)).not.toMatch(/<(?:script|style|p|div|nav|a |iframe|h1|br)/i);
      }),
      { numRuns: 500 },
    );
  });
});
