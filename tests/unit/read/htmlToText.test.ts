import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../../src/corpus/read/htmlToText.ts';
import { decodeEntities } from '../../../src/corpus/read/entities.ts';

describe('htmlToText', () => {
  it.each([
    ['<p>a</p><p>b</p>', 'a\n\nb'],
    ['a<br>b', 'a\nb'],
    ['<p>Stra&szlig;e &amp; Weg</p>', 'Straße & Weg'],
    ['<p>x <b>fett</b> y</p>', 'x fett y'],
    ['<p>a<script>var s = "</p><p>";</script>b</p>', 'a b'],
    ['<style>p{}</style><p>t</p>', 't'],
    ['<nav><ul><li>Home</li><nav>inner</nav><li>X</li></ul></nav><p>t</p>', 't'],
    ['<footer>© x</footer>', ''],
    ['<!-- <p>hidden</p> --><p>t</p>', 't'],
    ['<p title="a>b">t</p>', 't'],
    ['a < b und c > d', 'a < b und c > d'],
    ['<p>offen <script>alert(1)', 'offen'],
    ['<p>kaputt <a href="x', 'kaputt'],
    ['<p>  viel\n\n   Raum  </p>', 'viel Raum'],
    ['<P>Groß</P><DIV>Klein</DIV>', 'Groß\n\nKlein'],
    ['<!--', ''],
    ['<template><p>t</p></template>u', 'u'],
  ])('%j → %j', (html, want) => expect(htmlToText(html)).toBe(want));

  // Catastrophic backtracking would hang here (Vitest's hang guard ends it); the speed itself is measured by
  // `npm run bench` (read_mb_s), not asserted in a test.
  it('handles pathological input without leaving markup behind', () => {
    const bad = '<script>'.repeat(20000) + '<a href="'.repeat(20000) + '<!--'.repeat(20000);
    for (const html of [bad, '<p>'.repeat(100000), '<nav>'.repeat(50000)]) {
      const out = htmlToText(html);
      expect(out).not.toMatch(/<[a-z!/]/i);
    }
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&auml;&ouml;&uuml;&Auml;&szlig;', 'äöüÄß'],
    ['&#228;&#xE4;&#XE4;', 'äää'],
    ['&bdquo;x&ldquo; &ndash; &hellip;', '„x“ – …'],
    ['&unknown; &amp;amp;', '&unknown; &amp;'],
    ['&#0; &#xD800; &#1114112;', '\ufffd \ufffd \ufffd'],
    ['AT&T', 'AT&T'],
  ])('%s', (s, want) => expect(decodeEntities(s)).toBe(want));
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html>', true],
    ['Text <p>mit Absatz', true],
    ['a < b', false],
    ['Vitako:\nTitel', false],
  ])('%j → %s', (s, want) => expect(looksLikeHtml(s)).toBe(want));
});
