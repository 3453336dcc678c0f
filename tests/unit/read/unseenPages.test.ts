/**
 * The reader on pages none of its rules was written for: 75 pages in five batches of 15, written by helpers who saw
 * neither the code nor each other's pages (tests/fixtures/read/unseen*: Kommune21-, Behörden Spiegel- and
 * press-release-style text dumps, other trade-press and association sites, a letter, a PDF export, a newsletter's
 * web view, 35 saved HTML pages of different CMSs, site builders and a wiki). Each page has a hand annotation of its
 * article (title, kicker, date, publisher, first words, last sentence, headings, sentences it contains), its
 * teasers and furniture that must not end up in any document. Prints a table per batch; asserts floors. Each batch
 * was measured before any rule was changed for it (README, "Reading pages"; bench/RESULTS.md, "Eighth session" and
 * "Ninth session").
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFile } from '../../../src/corpus/read/readFile.ts';

interface Expected {
  article: { kicker: string | null; title: string; date: string | null; source: string | null; lead: string; lastSentence: string; headings: string[]; contains: string[] };
  teasers: { title: string; kicker: string | null; date: string | null }[];
  furniture: string[];
}

const ws = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** Score every page of a folder against its annotation: counts per check, and what was missed. */
function evaluate(folder: string): { pages: number; tally: Map<string, [number, number]>; misses: string[] } {
  const dir = fileURLToPath(new URL(`../../fixtures/read/${folder}/`, import.meta.url));
  const tally = new Map<string, [number, number]>();
  const misses: string[] = [];
  const count = (what: string, ok: boolean, page: string, detail: string): void => {
    const t = tally.get(what) ?? [0, 0];
    tally.set(what, [t[0] + (ok ? 1 : 0), t[1] + 1]);
    if (!ok) misses.push(`${page}: ${what}: ${detail}`);
  };
  const pages = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1)));
  for (const name of pages) {
    const expected = JSON.parse(readFileSync(dir + name.replace(/\.\w+$/, '.expected.json'), 'utf8')) as Expected;
    const { documents, problems } = readFile({ name, bytes: new Uint8Array(readFileSync(dir + name)) });
    const a = documents.find((d) => d.kind === 'article');
    const teasers = documents.filter((d) => d.kind === 'teaser');
    count('read without problems', problems.length === 0 && a !== undefined, name, JSON.stringify(problems));
    if (!a) continue;
    const e = expected.article;
    // A headline `Kicker: Title` read as kicker and title keeps every word: the annotators kept it whole.
    const whole = a.kicker != null && e.kicker === null && ws(`${a.kicker}: ${a.title}`) === ws(e.title);
    count('title', whole || ws(a.title) === ws(e.title), name, `${a.title} ≠ ${e.title}`);
    count('kicker', whole || (a.kicker ?? null) === e.kicker, name, `${a.kicker} ≠ ${e.kicker}`);
    // No stated date: none, or one inferred from the text (and marked so), is right; a "stated" one is not.
    count('date', e.date === null ? a.date === null || a.dateSource === 'inferred' : a.date === e.date, name, `${a.date} (${a.dateSource}) ≠ ${e.date}`);
    // The same name with or without its legal form (`Datenwerk Mittelland GmbH`, `… e. V.`).
    const bare = (s: string | null) => (s ?? '').toLowerCase().replace(/\s+(?:e\.\s?v\.|gmbh|ag|eg|aör|kdör)$/u, '').trim();
    count('publisher', bare(a.source) === bare(e.source), name, `${a.source} ≠ ${e.source}`);
    const text = ws(a.text);
    count('first words', text.startsWith(ws(e.lead)), name, text.slice(0, 80));
    count('last sentence', text.endsWith(ws(e.lastSentence)), name, text.slice(-80));
    const paragraphs = a.text.split('\n\n').map(ws);
    for (const h of e.headings) count('heading as its own paragraph', paragraphs.includes(ws(h)), name, h);
    for (const c of e.contains) count('sentence kept', text.includes(ws(c)), name, c);
    const all = [a.title, a.text, ...teasers.map((t) => `${t.title} ${t.text}`)].map(ws).join('\u0001');
    for (const f of expected.furniture) count('furniture kept out', !all.includes(ws(f)), name, f);
    const open = [...teasers];
    for (const et of expected.teasers) {
      // As for the article: `Kicker: Title` split on its colon keeps every word.
      const i = open.findIndex((t) => ws(t.title) === ws(et.title) || (t.kicker != null && et.kicker === null && ws(`${t.kicker}: ${t.title}`) === ws(et.title)));
      count('teaser found', i >= 0, name, et.title);
      if (i >= 0) count('teaser date', (open.splice(i, 1)[0]!.date ?? null) === et.date, name, et.title);
    }
    count('no teaser that is none', open.length === 0, name, open.map((t) => t.title).join(' / '));
  }
  return { pages: pages.length, tally, misses };
}

/**
 * Floors at what the reader does now (one below where it is not perfect), so a change that loses any fails.
 * `unseen`: the first 15 pages; `unseen2`: 15 more, written after the rules for the first were (7 text pages, 8
 * HTML pages); `unseen3`: 15 more after those for the second (7 and 8), with few rules for it yet; `unseen4`: 15
 * more (8 text pages, 7 HTML pages), written in the ninth session and measured before its rules (lists of other
 * articles without text or date, captions above credits, author boxes, bylines with dates, quotation headlines,
 * letters, empty advert slots); `unseen5`: 15 more (8 text, 7 HTML), first measured after all of those rules (the
 * estimate for pages of sites nobody has seen, in the README), then a few rules from it.
 */
const BATCHES: { folder: string; floors: [string, number][] }[] = [
  {
    folder: 'unseen',
    floors: [
      ['read without problems', 15], ['title', 15], ['kicker', 15], ['date', 15], ['publisher', 13], ['first words', 15],
      ['last sentence', 15], ['heading as its own paragraph', 33], ['sentence kept', 45], ['furniture kept out', 199],
      ['teaser found', 60], ['teaser date', 60], ['no teaser that is none', 15],
    ],
  },
  {
    folder: 'unseen3',
    floors: [
      ['read without problems', 15], ['title', 13], ['kicker', 12], ['date', 14], ['publisher', 7], ['first words', 13],
      ['last sentence', 10], ['heading as its own paragraph', 32], ['sentence kept', 45], ['furniture kept out', 162],
      ['teaser found', 25], ['teaser date', 25], ['no teaser that is none', 13],
    ],
  },
  {
    folder: 'unseen2',
    floors: [
      // First words: 14, not 15, since a newspaper's place line (`Altmoorland.`) comes off the lead as a dateline
      // does; this batch's annotator kept it, the three pages of later batches with one left it out.
      ['read without problems', 15], ['title', 15], ['kicker', 12], ['date', 15], ['publisher', 12], ['first words', 14],
      ['last sentence', 12], ['heading as its own paragraph', 35], ['sentence kept', 45], ['furniture kept out', 199],
      ['teaser found', 37], ['teaser date', 37], ['no teaser that is none', 15],
    ],
  },
  {
    folder: 'unseen4',
    floors: [
      ['read without problems', 15], ['title', 13], ['kicker', 12], ['date', 14], ['publisher', 11], ['first words', 13],
      ['last sentence', 13], ['heading as its own paragraph', 29], ['sentence kept', 44], ['furniture kept out', 189],
      ['teaser found', 38], ['teaser date', 35], ['no teaser that is none', 15],
    ],
  },
  {
    folder: 'unseen5',
    floors: [
      ['read without problems', 15], ['title', 13], ['kicker', 11], ['date', 13], ['publisher', 11], ['first words', 13],
      ['last sentence', 11], ['heading as its own paragraph', 24], ['sentence kept', 45], ['furniture kept out', 188],
      ['teaser found', 30], ['teaser date', 30], ['no teaser that is none', 15],
    ],
  },
];

for (const { folder, floors } of BATCHES) {
  describe(`reader on unseen pages (${folder})`, () => {
    const { pages, tally, misses } = evaluate(folder);
    it('prints what it gets right', () => {
      console.log(`${folder}\n` + [...tally].map(([k, [ok, n]]) => `${k.padEnd(30)} ${ok}/${n}`).join('\n') + '\n' + misses.map((m) => `  ${m}`).join('\n'));
      expect(pages).toBe(15);
    });
    for (const [what, floor] of floors) {
      it(`${what}: at least ${floor}`, () => expect(tally.get(what)?.[0] ?? 0).toBeGreaterThanOrEqual(floor));
    }
  });
}
