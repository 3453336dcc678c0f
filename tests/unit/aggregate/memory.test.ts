/** The store's memory measures: compacted strings, packed id lists and mentions, bounded caches. None may change an answer. */
import { describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../src/corpus/corpusStore.ts';
import { compactDocuments, flatString, StringPool } from '../../../src/corpus/aggregate/compactStrings.ts';
import { buildColumns, listOf, type IdLists } from '../../../src/corpus/aggregate/columns.ts';
import { MentionStore } from '../../../src/corpus/aggregate/mentionStore.ts';
import { extractDocument } from '../../../src/corpus/extract/extractDocument.ts';
import { EMPTY_FILTER } from '../../../src/corpus/filter.ts';
import type { CorpusDocument, CorpusFile, Mention } from '../../../src/corpus/types.ts';
import type { ViewRequest } from '../../../src/worker/api.ts';
import { doc, mentioned, SAMPLE, SAMPLE_TOPICS, speaker } from './fixtures.ts';

const clone = <T>(x: T): T => structuredClone(x);
const req = (q = ''): ViewRequest => ({ filter: { ...EMPTY_FILTER, q }, granularity: 'month', includeTeasers: true, topOrgs: 15, topSpeakers: 60, userTopics: [], page: 0 });

const TEXT =
  'Die Vitako und Dataport haben eine Vereinbarung geschlossen. „Wir setzen auf offene Standards“, sagte ' +
  'Hans-Henning Lühr, Staatsrat bei der Senatorin für Finanzen. Auch die KGSt begrüßte den Schritt.';

function extracted(id: string, text = TEXT): CorpusDocument {
  return extractDocument(doc(id, { text, title: `Meldung ${id}`, date: '2021-03-01', dateSource: 'stated' }));
}

describe('compactDocuments', () => {
  it('keeps every value equal, also for slices of a large page and for optional fields', () => {
    const page = 'x'.repeat(10_000) + TEXT + 'y'.repeat(10_000);
    const at = page.indexOf('Die Vitako');
    const d = doc('p1', {
      title: page.slice(at, at + 30),
      text: page.slice(at, at + TEXT.length),
      lead: page.slice(at, at + 60),
      kicker: null,
      keywords: ['OZG', page.slice(at + 4, at + 10)],
      people: [speaker('Hans-Henning Lühr', [page.slice(at + 20, at + 70)], 'Staatsrat', null), mentioned('Erika Muster')],
      mentions: [{ start: 0, end: 3, type: 'organisation', ref: 'Vitako' }],
    });
    const before = clone(d);
    compactDocuments([d]);
    expect(d).toEqual(before);
    expect(d.lead).toBe(d.text.slice(0, 60));
  });

  it('skips frozen documents and tolerates missing fields', () => {
    const frozen = Object.freeze(doc('f1', { text: 'abc' }));
    const partial = { id: 'x', text: 5 } as unknown as CorpusDocument;
    expect(() => compactDocuments([frozen, partial])).not.toThrow();
    expect(partial.text).toBe(5);
  });

  it('pools short strings and flattens long ones', () => {
    const pool = new StringPool();
    expect(pool.get('Dataport')).toBe('Dataport');
    pool.get('Data' + 'port');
    expect(pool.size).toBe(1);
    expect(flatString('')).toBe('');
    expect(pool.get('z'.repeat(500))).toBe('z'.repeat(500));
    expect(pool.size).toBe(1);
  });
});

describe('packed id lists (columns)', () => {
  it('give each document its own distinct ids, empty lists included', () => {
    const cols = buildColumns([
      doc('a', { organisations: ['A', 'B', 'A'], people: [speaker('P', ['q1', 'q2']), speaker('Q'), mentioned('R')] }),
      doc('b'),
      doc('c', { organisations: ['B'], people: [mentioned('R')] }),
    ]);
    const lists = (l: IdLists, names: string[]) => [0, 1, 2].map((i) => [...listOf(l, i)].map((k) => names[k]));
    expect(lists(cols.orgIds, cols.orgNames)).toEqual([['A', 'B'], [], ['B']]);
    expect(lists(cols.personIds, cols.personNames)).toEqual([['P', 'Q', 'R'], [], ['R']]);
    expect(lists(cols.speakerIds, cols.personNames)).toEqual([['P', 'Q'], [], []]);
    expect([...cols.speakerQuotes]).toEqual([2, 0]);
    expect([...cols.speakerIds.starts]).toEqual([0, 2, 2, 2]);
  });
});

describe('MentionStore', () => {
  it('returns the spans exactly as stored, and refuses malformed ones', () => {
    const m = new MentionStore();
    const spans: Mention[] = [
      { start: 0, end: 6, type: 'organisation', ref: 'Vitako' },
      { start: 10, end: 30, type: 'quote', ref: null },
      { start: 12, end: 20, type: 'person', ref: 'Hans-Henning Lühr' },
    ];
    expect(m.set('d1', spans)).toBe(true);
    expect(m.get('d1')).toEqual(spans);
    expect(m.get('nope')).toBeUndefined();
    expect(m.set('d2', [{ start: 1.5, end: 2, type: 'person', ref: null }])).toBe(false);
    expect(m.set('d3', [{ start: 1, end: 2, type: 'other', ref: null } as unknown as Mention])).toBe(false);
    expect(m.has('d2')).toBe(false);
    m.retain(new Set(['d2']));
    expect(m.has('d1')).toBe(false);
  });
});

describe('CorpusStore keeps mentions packed', () => {
  it('document(id) marks the same spans extraction found, and the documents no longer carry them', () => {
    const docs = [extracted('m1'), extracted('m2', `Vorwort. ${TEXT}`)];
    const expected = docs.map((d) => clone(d.mentions));
    expect(expected[0]!.length).toBeGreaterThan(0);
    const s = new CorpusStore(docs, SAMPLE_TOPICS);
    expect(s.documents.every((d) => d.mentions === undefined)).toBe(true);
    expect(s.document('m1')!.mentions).toEqual(expected[0]);
    expect(s.document('m2')!.mentions).toEqual(expected[1]);
    for (const m of s.document('m2')!.mentions) {
      if (m.type !== 'quote' && m.ref) expect(TEXT).toContain(`Vorwort. ${TEXT}`.slice(m.start, m.end));
    }
  });

  it('exports the mentions and loads them back with the prebuilt index', () => {
    const docs = [extracted('m1'), ...clone(SAMPLE)];
    const expected = clone(docs[0]!.mentions);
    const s = new CorpusStore(docs, SAMPLE_TOPICS);
    const file = JSON.parse(s.exportCorpus(true)) as CorpusFile;
    expect(file.documents[0]!.mentions).toEqual(expected);
    const t = new CorpusStore();
    expect(t.loadCorpusFile(file).indexLoaded).toBe(true);
    expect(t.document('m1')!.mentions).toEqual(expected);
  });

  it('keeps the mentions of earlier documents when documents are added or re-set with keepIndex', () => {
    const s = new CorpusStore([extracted('m1')], SAMPLE_TOPICS);
    const expected = s.document('m1')!.mentions;
    s.addDocuments([extracted('m1')]);
    expect(s.documents.map((d) => d.id)).toEqual(['m1', 'm1-2']);
    expect(s.document('m1')!.mentions).toEqual(expected);
    expect(s.document('m1-2')!.mentions).toEqual(expected);
    // As the worker's `add` does: the store's documents copied (without mentions) and set again.
    s.setDocuments(s.documents.map((d) => ({ ...d })), { keepIndex: true });
    expect(s.document('m1')!.mentions).toEqual(expected);
    s.setDocuments([doc('other')]);
    expect(s.document('other')!.mentions).toEqual([]);
  });
});

describe('CorpusStore caches are bounded', () => {
  it('remembers at most 32 queries, most recent kept', () => {
    const s = new CorpusStore(clone(SAMPLE), SAMPLE_TOPICS);
    for (let k = 0; k < 50; k++) s.search(`Dataport${k}`);
    s.search('Dataport0');
    const queries = (s as unknown as { queries: Map<string, unknown> }).queries;
    expect(queries.size).toBe(32);
    expect([...queries.keys()].at(-1)).toBe('Dataport0');
    expect(queries.has('Dataport1')).toBe(false);
    expect(queries.has('Dataport49')).toBe(true);
  });

  it('keeps at most 64 user topic masks and still answers with evicted ones', () => {
    const s = new CorpusStore(clone(SAMPLE), SAMPLE_TOPICS);
    const view = (query: string) => s.view({ ...req(), userTopics: [{ id: 'u-x', label: 'x', query }] });
    const first = view('Dataport').topics.series.at(-1)!.total;
    for (let k = 0; k < 70; k++) view(`wort${k}`);
    const masks = (s as unknown as { masks: Map<string, unknown> }).masks;
    expect(masks.size).toBeLessThanOrEqual(SAMPLE_TOPICS.length + 64);
    expect(view('Dataport').topics.series.at(-1)!.total).toBe(first);
    expect(first).toBeGreaterThan(0);
  });
});
