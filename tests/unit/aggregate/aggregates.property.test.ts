/**
 * Property tests: every aggregate against a naive reference written straight from the definitions, with
 * `matchesFilter` (the one filter definition) deciding which documents count.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchesFilter, type Filter, type FilterDimension } from '../../../src/corpus/filter.ts';
import type { CorpusDocument } from '../../../src/corpus/types.ts';
import { buildColumns } from '../../../src/corpus/aggregate/columns.ts';
import { computeFails, dimensionBit } from '../../../src/corpus/aggregate/filterMask.ts';
import { coMentions } from '../../../src/corpus/aggregate/coMentions.ts';
import { topicSeries } from '../../../src/corpus/aggregate/topicSeries.ts';
import { speakerGraph } from '../../../src/corpus/aggregate/speakerGraph.ts';
import { summary } from '../../../src/corpus/aggregate/summary.ts';
import { documentList } from '../../../src/corpus/aggregate/documentList.ts';
import { corpusArb, filterArb, hitsArb, TOPICS } from './arbitraries.ts';
import { doc, speaker } from './fixtures.ts';

type Case = { docs: CorpusDocument[]; filter: Filter; hits: Set<string> | null };
const caseArb: fc.Arbitrary<Case> = corpusArb.chain((docs) =>
  fc.record({ docs: fc.constant(docs), filter: filterArb, hits: hitsArb(docs.length) }),
);

function prepare({ docs, filter, hits }: Case) {
  const cols = buildColumns(docs);
  const qmask = hits ? Uint8Array.from(docs, (d) => (hits.has(d.id) ? 1 : 0)) : null;
  const topicMask = (id: string) => Uint8Array.from(docs, (d) => (d.topics.includes(id) ? 1 : 0));
  const fails = computeFails(cols, filter, qmask, topicMask, new Uint8Array(docs.length));
  return { cols, fails };
}

const passing = (c: Case, ignore?: FilterDimension) => c.docs.filter((d) => matchesFilter(d, c.filter, c.hits, ignore));
const storyOf = (d: CorpusDocument) => d.story ?? d.id;

describe('computeFails agrees with matchesFilter', () => {
  it('for the whole filter and for each ignored dimension', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { fails } = prepare(c);
        c.docs.forEach((d, i) => {
          expect(fails[i] === 0).toBe(matchesFilter(d, c.filter, c.hits));
          for (const dim of ['q', 'time', 'orgs', 'people', 'topics'] as const) {
            expect((fails[i]! & ~dimensionBit(dim)) === 0).toBe(matchesFilter(d, c.filter, c.hits, dim));
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('coMentions', () => {
  it('is symmetric, diagonal ≥ row, equals brute-force counts, keeps selected organisations', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 8 }), (c, topN) => {
        const { cols, fails } = prepare(c);
        const m = coMentions(cols, fails, topN, c.filter.orgs);
        const docs = passing(c, 'orgs');
        const names = m.orgs.map((o) => o.name);
        const present = new Set(docs.flatMap((d) => d.organisations));
        for (const o of c.filter.orgs) if (cols.orgIndex.has(o)) expect(names).toContain(o);
        expect(names.length).toBe(new Set(names).size);
        expect(names.filter((o) => !c.filter.orgs.includes(o)).length).toBeLessThanOrEqual(Math.min(topN, present.size));
        names.forEach((a, i) =>
          names.forEach((b, j) => {
            const brute = docs.filter((d) => d.organisations.includes(a) && d.organisations.includes(b)).length;
            expect(m.counts[i]![j]).toBe(brute);
            expect(m.counts[i]![j]).toBe(m.counts[j]![i]);
            expect(m.counts[i]![i]).toBeGreaterThanOrEqual(m.counts[i]![j]!);
            if (i < j) expect((m.cellTitles[`${i},${j}`] ?? []).length).toBe(Math.min(5, brute));
          }),
        );
        m.orgs.forEach((o, i) => expect(o.count).toBe(m.counts[i]![i]));
        // The top N are really the most mentioned: nobody left out has more documents than someone chosen.
        const count = (o: string) => docs.filter((d) => d.organisations.includes(o)).length;
        const chosenTop = names.filter((o) => !c.filter.orgs.includes(o));
        const minChosen = Math.min(...chosenTop.map(count));
        for (const o of present) if (!names.includes(o)) expect(count(o)).toBeLessThanOrEqual(minChosen);
      }),
      { numRuns: 200 },
    );
  });
});

describe('topicSeries', () => {
  it('counts distinct stories per bucket, total and undated like a brute-force reference', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom('month' as const, 'quarter' as const, 'year' as const), fc.boolean(), fc.boolean(), (c, g, teasers, lists) => {
        const { cols, fails } = prepare(c);
        // With `lists`, corpus topics come with their document lists (columns.topicDocs), as the store passes them.
        const masks = TOPICS.map((topic) => {
          const k = cols.topicIndex.get(topic.id);
          const mask = Uint8Array.from(c.docs, (d) => (d.topics.includes(topic.id) ? 1 : 0));
          return lists && k !== undefined ? { topic, mask, docs: cols.topicDocs[k]! } : { topic, mask };
        });
        const ts = topicSeries(cols, fails, masks, g, teasers);
        const base = c.docs.filter((d) => matchesFilter(d, { ...c.filter, from: null, to: null, topics: [] }, c.hits) && (teasers || d.kind !== 'teaser'));
        const key = (date: string) =>
          g === 'month' ? date.slice(0, 7) : g === 'year' ? date.slice(0, 4) : `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
        const dated = c.docs.filter((d) => d.date).map((d) => d.date!.slice(0, 7)).sort();
        if (dated.length) {
          expect(ts.buckets[0]).toBe(key(dated[0]!));
          expect(ts.buckets.at(-1)).toBe(key(dated.at(-1)!));
          expect(new Set(ts.buckets).size).toBe(ts.buckets.length);
        } else expect(ts.buckets).toEqual([]);
        for (const s of ts.series) {
          const docs = base.filter((d) => d.topics.includes(s.topic.id));
          ts.buckets.forEach((b, k) => {
            expect(s.counts[k]).toBe(new Set(docs.filter((d) => d.date && key(d.date) === b).map(storyOf)).size);
          });
          expect(s.total).toBe(new Set(docs.filter((d) => d.date).map(storyOf)).size);
          expect(s.undated).toBe(new Set(docs.filter((d) => !d.date).map(storyOf)).size);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('speakerGraph', () => {
  it('matches brute-force quotes, articles and shared-article links', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 6 }), (c, topN) => {
        const { cols, fails } = prepare(c);
        const g = speakerGraph(cols, fails, topN, c.filter.people);
        const docs = passing(c, 'people');
        const speakers = (d: CorpusDocument) => new Set(d.people.filter((p) => p.speaker).map((p) => p.name));
        for (const n of g.nodes) {
          expect(n.articles).toBe(docs.filter((d) => speakers(d).has(n.name)).length);
          expect(n.quotes).toBe(docs.flatMap((d) => d.people.filter((p) => p.speaker && p.name === n.name)).reduce((s, p) => s + p.quotes.length, 0));
          expect(n.x).toBeGreaterThanOrEqual(0);
          expect(n.x).toBeLessThanOrEqual(1);
          expect(n.y).toBeGreaterThanOrEqual(0);
          expect(n.y).toBeLessThanOrEqual(1);
        }
        for (const p of c.filter.people) {
          if (c.docs.some((d) => d.people.some((x) => x.speaker && x.name === p))) expect(g.nodes.map((n) => n.name)).toContain(p);
        }
        const expected = new Map<string, number>();
        for (const d of docs) {
          const s = [...speakers(d)];
          for (const a of s) for (const b of s) {
            const i = g.nodes.findIndex((n) => n.name === a);
            const j = g.nodes.findIndex((n) => n.name === b);
            if (i >= 0 && j >= 0 && i < j) expected.set(`${i},${j}`, (expected.get(`${i},${j}`) ?? 0) + 1);
          }
        }
        expect(new Map(g.links.map((l) => [`${l.source},${l.target}`, l.weight]))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('counts links the same way above the flat-array size (1,024 nodes)', () => {
    // A chain of 1,100 speakers (document i quotes speakers i and i + 1, and i and i + 2 every third document);
    // no layout: this is about the pair counts.
    const docs = Array.from({ length: 1100 }, (_, i) =>
      doc(`d${i}`, { people: [speaker(`P${i}`, ['Ja.']), speaker(`P${(i + 1) % 1100}`), ...(i % 3 ? [] : [speaker(`P${(i + 2) % 1100}`)])] }),
    );
    const cols = buildColumns(docs);
    const g = speakerGraph(cols, new Uint8Array(docs.length), 1100, [], (n) => new Float64Array(2 * n));
    const index = new Map(g.nodes.map((x, k) => [x.name, k]));
    const expected = new Map<string, number>();
    for (const d of docs) {
      const ids = d.people.map((p) => index.get(p.name)!);
      for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) {
        const key = `${Math.min(ids[a]!, ids[b]!)},${Math.max(ids[a]!, ids[b]!)}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
    expect(new Map(g.links.map((l) => [`${l.source},${l.target}`, l.weight]))).toEqual(expected);
    const order = g.links.map((l) => l.source * 1100 + l.target);
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });
});

describe('summary and documentList', () => {
  it('count what matchesFilter lets through, newest first, undated last', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { cols, fails } = prepare(c);
        const docs = passing(c);
        const s = summary(cols, fails);
        const arts = docs.filter((d) => d.kind === 'article');
        expect(s.articles).toBe(arts.length);
        expect(s.teasers).toBe(docs.length - arts.length);
        expect(s.stories).toBe(new Set(arts.map(storyOf)).size);
        expect(s.undated).toBe(docs.filter((d) => !d.date).length);
        expect(s.sources.reduce((n, x) => n + x.count, 0)).toBe(docs.filter((d) => d.source).length);
        const l = documentList(cols, fails, 0, null);
        expect(l.totalArticles).toBe(arts.length);
        expect(l.articles.map((h) => h.id).sort()).toEqual(arts.map((d) => d.id).sort());
        const dates = l.articles.map((h) => h.date);
        const firstUndated = dates.indexOf(null);
        if (firstUndated >= 0) expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);
        const dated = dates.filter((d): d is string => d !== null);
        expect(dated).toEqual([...dated].sort().reverse());
      }),
      { numRuns: 200 },
    );
  });

  it('lists the same with the totals given (the scan then stops once both pages are full)', () => {
    const docs = Array.from({ length: 400 }, (_, i) =>
      doc(`d${i}`, { kind: i % 3 === 0 ? 'teaser' : 'article', date: i % 17 === 0 ? null : `20${10 + (i % 9)}-0${1 + (i % 9)}-1${i % 10}` }),
    );
    const cols = buildColumns(docs);
    for (const every of [1, 2, 7, 500]) {
      const fails = Uint8Array.from(docs, (_, i) => (i % every === 0 ? 0 : 1));
      for (const page of [0, 1, 2, 5]) {
        expect(documentList(cols, fails, page, null, summary(cols, fails))).toEqual(documentList(cols, fails, page, null));
      }
    }
  });
});

describe('buildColumns.byDateDesc', () => {
  it('orders newest first as the date strings compare, undated last, ties by id', () => {
    const reference = (docs: CorpusDocument[]) =>
      docs
        .map((_, i) => i)
        .sort((a, b) => {
          const da = docs[a]!.date ?? '';
          const db = docs[b]!.date ?? '';
          if (da !== db) return da < db ? 1 : -1;
          return docs[a]!.id < docs[b]!.id ? -1 : docs[a]!.id > docs[b]!.id ? 1 : 0;
        });
    // Shuffled ids (d10 sorts before d2) and dates with many ties and month precision (the numeric sort), then
    // with odd shapes among them (the string sort).
    const valid = fc.constantFrom(null, '', '2020-01', '2020-01-05', '2020-01-31', '2019-12-31', '1999-02');
    const odd = fc.constantFrom(null, '2020-01-05', '2021', '2020-1-5', '2020-01-00', '2020-01-05T10:00');
    for (const dateArb of [valid, odd]) {
      fc.assert(
        fc.property(fc.array(fc.tuple(dateArb, fc.nat(40)), { maxLength: 60 }), (rows) => {
          const docs = rows.map(([date, k], i) => doc(`d${(k * 7 + i) % 97}-${i}`, { date }));
          expect(Array.from(buildColumns(docs).byDateDesc)).toEqual(reference(docs));
        }),
        { numRuns: 200 },
      );
    }
  });
});
