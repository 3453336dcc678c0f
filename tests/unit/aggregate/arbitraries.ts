/** fast-check generators of small random corpora and filters, for comparing aggregates with naive references. */
import fc from 'fast-check';
import type { CorpusDocument } from '../../../src/corpus/types.ts';
import type { Filter } from '../../../src/corpus/filter.ts';
import { doc } from './fixtures.ts';

export const ORGS = ['Vitako', 'Dataport', 'BMI', 'KGSt', 'Städtetag', 'ITZBund'];
export const PEOPLE = ['Lühr', 'Weber', 'Meier', 'Özdemir', 'Groß'];
export const TOPIC_IDS = ['t1', 't2', 't3'];
export const TOPICS = TOPIC_IDS.map((id) => ({ id, label: id, query: id }));
const MONTHS = ['2019-11', '2019-12', '2020-01', '2020-02', '2020-05', '2021-01'];

const dateArb = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...MONTHS),
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `${m}-${String(d).padStart(2, '0')}`),
);

const personArb = fc.record({
  name: fc.constantFrom(...PEOPLE),
  speaker: fc.boolean(),
  quotes: fc.array(fc.constantFrom('Ja.', 'Das ist ein längeres Zitat über die Verwaltung.'), { maxLength: 2 }),
  role: fc.constantFrom(null, 'Leiter', 'Referentin'),
  organisation: fc.constantFrom(null, ...ORGS),
});

const docArb = fc.record({
  kind: fc.constantFrom('article' as const, 'article' as const, 'teaser' as const),
  date: dateArb,
  story: fc.constantFrom(null, 's1', 's2', 's3'),
  organisations: fc.uniqueArray(fc.constantFrom(...ORGS), { maxLength: 4 }),
  people: fc.array(personArb, { maxLength: 3 }),
  topics: fc.subarray(TOPIC_IDS),
  source: fc.constantFrom(null, 'Kommune21', 'Behörden Spiegel'),
});

export const corpusArb: fc.Arbitrary<CorpusDocument[]> = fc
  .array(docArb, { maxLength: 25 })
  .map((ds) => ds.map((d, i) => doc(`d${i}`, { ...d, title: `Titel ${i}` })));

export const filterArb: fc.Arbitrary<Filter> = fc.record({
  q: fc.constant(''),
  from: fc.constantFrom(null, '2019-12', '2020-02'),
  to: fc.constantFrom(null, '2020-01', '2020-05'),
  orgs: fc.subarray(ORGS, { maxLength: 2 }),
  people: fc.subarray(PEOPLE, { maxLength: 1 }),
  topics: fc.subarray(TOPIC_IDS, { maxLength: 1 }),
});

/** A random subset of document ids standing in for search hits (null: no query). */
export function hitsArb(n: number): fc.Arbitrary<Set<string> | null> {
  return fc.option(fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, n - 1) })).map((is) => new Set(is.map((i) => `d${i}`))));
}
