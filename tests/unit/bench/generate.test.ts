/**
 * The synthetic corpus generator: deterministic in its seed, pages of the intended size, and pages the real
 * reader turns into articles (the benchmarks are meaningless if the reader rejects the synthetic pages).
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedFile } from '../../../bench/generate/corpus.ts';
import { encodeWindows1252 } from '../../../bench/generate/encoding.ts';
import { readFile } from '../../../src/corpus/read/readFile.ts';

function corpus(docs: number, seed: number): GeneratedFile[] {
  return [...generateCorpus({ docs, seed })];
}

function concat(files: GeneratedFile[]): string {
  return files.map((f) => `${f.name}:${Buffer.from(f.bytes).toString('base64')}`).join('\n');
}

describe('generateCorpus', () => {
  const a = corpus(300, 42);

  it('gives byte-identical output for the same seed', () => {
    expect(concat(corpus(300, 42))).toBe(concat(a));
  });

  it('gives different output for a different seed', () => {
    const b = corpus(300, 43);
    expect(concat(b)).not.toBe(concat(a));
    expect(b.filter((f, i) => Buffer.compare(Buffer.from(f.bytes), Buffer.from(a[i]!.bytes)) === 0).length).toBe(0);
  });

  it('does not make file i depend on the corpus size', () => {
    const small = corpus(50, 42);
    // Names are padded to the width of the largest index, so compare bytes only.
    small.forEach((f, i) => expect(Buffer.from(f.bytes).equals(Buffer.from(a[i]!.bytes))).toBe(true));
  });

  it('averages roughly 3.5 KB per page, within plausible bounds per page', () => {
    const total = a.reduce((s, f) => s + f.bytes.length, 0);
    const avg = total / a.length;
    expect(avg).toBeGreaterThan(2800);
    expect(avg).toBeLessThan(4300);
    for (const f of a) {
      expect(f.bytes.length).toBeGreaterThan(400);
      expect(f.bytes.length).toBeLessThan(16000);
    }
  });

  it('mixes every layout, encoding and line ending', () => {
    const layouts = new Set(a.map((f) => f.layout));
    expect([...layouts].sort()).toEqual(['behoerdenspiegel', 'html', 'kommune21', 'kommune21-glued', 'pressrelease']);
    expect(a.some((f) => f.encoding === 'windows-1252')).toBe(true);
    expect(a.some((f) => f.crlf)).toBe(true);
    const years = new Set(a.map((f) => f.date.slice(0, 4)));
    expect(Math.min(...[...years].map(Number))).toBe(2015);
    expect(Math.max(...[...years].map(Number))).toBe(2025);
  });

  it('writes direct quotes in all three quotation styles and indirect speech', () => {
    const text = new TextDecoder().decode(Buffer.concat(a.filter((f) => f.encoding !== 'windows-1252').map((f) => f.bytes)));
    expect(text).toMatch(/„[^“]+“/);
    expect(text).toMatch(/“[^”]+”/);
    expect(text).toMatch(/»[^«]+«/);
    expect(text).toMatch(/, so [A-ZÄÖÜ]/);
    expect(text).toMatch(/ (sagte|erklärte), /);
    expect(text).toMatch(/Vitako-Mitglieder|[A-Za-z.]+-Geschäftsführer(in)? /);
  });

  it('encodes Windows-1252 so umlauts and typographic quotes are single bytes', () => {
    expect([...encodeWindows1252('Ö„ß€“')]).toEqual([0xd6, 0x84, 0xdf, 0x80, 0x93]);
  });

  it('gives pages the reader turns into at least one article each', () => {
    for (const f of a) {
      const { documents } = readFile({ name: f.name, bytes: f.bytes });
      expect(documents.filter((d) => d.kind === 'article').length, f.name).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives pages whose stated dates, titles and teasers the reader finds', () => {
    let dated = 0;
    let datedRight = 0;
    let teasersExpected = 0;
    let teasersFound = 0;
    for (const f of a) {
      const { documents } = readFile({ name: f.name, bytes: f.bytes });
      const article = documents.find((d) => d.kind === 'article');
      if (f.layout === 'kommune21' || f.layout === 'pressrelease' || f.layout === 'html') {
        dated++;
        if (article?.date === f.date) datedRight++;
      }
      teasersExpected += f.teasers;
      teasersFound += documents.filter((d) => d.kind === 'teaser').length;
    }
    expect(datedRight / dated).toBeGreaterThan(0.95);
    // Windows-1252 pages must be detected as such: no replacement characters, umlauts intact.
    for (const f of a.filter((x) => x.encoding === 'windows-1252')) {
      const text = readFile({ name: f.name, bytes: f.bytes }).documents.map((d) => d.title + d.text).join('\n');
      expect(text, f.name).not.toContain('\uFFFD');
      expect(text, f.name).toMatch(/[äöüßÄÖÜ]/);
    }
    expect(teasersFound / Math.max(1, teasersExpected)).toBeGreaterThan(0.9);
  });

  it('gives pages whose titles the reader finds, in every layout', () => {
    // A headline `Kicker: Title` read as kicker and title keeps every word; so does a kicker glued to the title.
    const right = new Map<string, [number, number]>();
    for (const f of a) {
      const article = readFile({ name: f.name, bytes: f.bytes }).documents.find((d) => d.kind === 'article');
      const ok = article !== undefined && (article.title === f.title || `${article.kicker}: ${article.title}` === f.title);
      const r = right.get(f.layout) ?? [0, 0];
      right.set(f.layout, [r[0] + (ok ? 1 : 0), r[1] + 1]);
    }
    // Behörden Spiegel pages put view counters under the title; a four-digit counter (`1284`) was once read as it.
    for (const [layout, [ok, n]] of right) expect(ok / n, layout).toBeGreaterThan(0.95);
  });
});
