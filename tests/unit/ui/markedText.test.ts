import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import MarkedText from '../../../src/ui/MarkedText.svelte';
import HighlightedText from '../../../src/ui/HighlightedText.svelte';

// Server rendering is enough to prove the point: what a document contains ends up escaped, as characters.
const hostile = 'Vorher <script>alert(1)</script> und <img src=x onerror="alert(2)"> & „Zitat“ von Vitako.';

describe('MarkedText', () => {
  it('renders markup in a document as text, with the marks as spans', () => {
    const at = hostile.indexOf('Vitako');
    const quote = hostile.indexOf('„');
    const und = hostile.indexOf('und');
    const { body } = render(MarkedText, {
      props: {
        text: hostile,
        mentions: [
          { start: at, end: at + 6, type: 'organisation', ref: 'Vitako' },
          { start: quote, end: quote + 7, type: 'quote', ref: null },
          { start: und, end: und + 3, type: 'person', ref: '<b>x</b>' },
        ],
      },
    });
    expect(body).not.toMatch(/<script|<img|<b>/);
    expect(body).toContain('title="&lt;b>x&lt;/b>"');
    expect(body).toContain('&lt;script>alert(1)&lt;/script>');
    expect(body).toContain('&lt;img src=x onerror="alert(2)">');
    expect(body).toMatch(/<span class="m-organisation[^"]*"[^>]*>Vitako<\/span>/);
    expect(body).toMatch(/<span class="m-quote[^"]*"[^>]*>„Zitat“<\/span>/);
  });
});

describe('HighlightedText', () => {
  it('marks the hit and escapes the rest', () => {
    const { body } = render(HighlightedText, { props: { text: hostile, ranges: [[0, 6]] } });
    expect(body).toContain('<mark>Vorher</mark>');
    expect(body).not.toMatch(/<script|<img/);
  });
});
