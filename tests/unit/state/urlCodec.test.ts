import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_OPTIONS,
  DEFAULT_STATE,
  decodeState,
  encodeState,
  mergeForeignParams,
  parseUserTopic,
  type UrlState,
} from '../../../src/state/urlCodec.ts';
import { slugify, userTopicDefinitions } from '../../../src/state/userTopics.ts';

const decode = (qs: string) => decodeState(new URLSearchParams(qs));

describe('encodeState', () => {
  it('writes nothing for the default state, so links stay short', () => {
    expect(encodeState(DEFAULT_STATE).toString()).toBe('');
  });

  it('writes repeatable and view parameters in a stable order', () => {
    const state: UrlState = {
      filter: { q: 'Cloud Souveränität', from: '2019-11', to: '2021-04', orgs: ['Vitako', 'ITZBund'], people: ['Hans-Henning Lühr'], topics: ['souveraenitaet'] },
      doc: '000_89bbb2d4f43df416',
      lang: 'en',
      options: { granularity: 'month', includeTeasers: false, topOrgs: 20, orgView: 'network', userTopics: [{ label: 'KI', query: 'KI, künstliche Intelligenz' }] },
    };
    expect(encodeState(state).toString()).toBe(
      'q=Cloud+Souver%C3%A4nit%C3%A4t&from=2019-11&to=2021-04&org=Vitako&org=ITZBund&person=Hans-Henning+L%C3%BChr' +
        '&topic=souveraenitaet&doc=000_89bbb2d4f43df416&lang=en&gran=month&teasers=0&top=20&orgview=network' +
        '&ut=KI%3AKI%2C+k%C3%BCnstliche+Intelligenz',
    );
    expect(decodeState(encodeState(state))).toEqual({ state, notices: [] });
  });
});

describe('decodeState', () => {
  it('gives the default state and no notices for an empty query string', () => {
    expect(decode('')).toEqual({ state: DEFAULT_STATE, notices: [] });
  });

  it.each([
    ['from=2019-13', 'from=2019-13'],
    ['from=2019-1', 'from=2019-1'],
    ['to=19-11', 'to=19-11'],
    ['gran=week', 'gran=week'],
    ['teasers=yes', 'teasers=yes'],
    ['top=0', 'top=0'],
    ['top=abc', 'top=abc'],
    ['top=9999', 'top=9999'],
    ['orgview=pie', 'orgview=pie'],
    ['lang=fr', 'lang=fr'],
    ['topic=Not%20An%20Id', 'topic=Not An Id'],
    ['doc=%3Cscript%3E', 'doc=<script>'],
    ['ut=nolabel', 'ut=nolabel'],
    ['ut=%3Aquery', 'ut=:query'],
    ['ut=label%3A', 'ut=label:'],
  ])('drops %s with a notice', (qs, notice) => {
    const { state, notices } = decode(qs);
    expect(notices).toEqual([notice]);
    expect(encodeState(state).toString()).toBe('');
  });

  it('keeps the good parameters next to a bad one', () => {
    const { state, notices } = decode('from=2019-13&to=2020-02&org=Vitako');
    expect(notices).toEqual(['from=2019-13']);
    expect(state.filter).toMatchObject({ from: null, to: '2020-02', orgs: ['Vitako'] });
  });

  it('reports a repeated single-valued parameter and keeps the first', () => {
    expect(decode('gran=year&gran=quarter')).toMatchObject({ state: { options: { granularity: 'year' } }, notices: ['gran=quarter'] });
  });

  it('puts an inverted time range in order, with a notice', () => {
    const { state, notices } = decode('from=2021-04&to=2019-11');
    expect(state.filter).toMatchObject({ from: '2019-11', to: '2021-04' });
    expect(notices).toHaveLength(2);
  });

  it('trims and de-duplicates names; empty values are dropped', () => {
    const { state, notices } = decode('org=+Vitako+&org=Vitako&org=&person=Lühr');
    expect(state.filter.orgs).toEqual(['Vitako']);
    expect(state.filter.people).toEqual(['Lühr']);
    expect(notices).toEqual(['org=']);
  });

  it('ignores parameters it does not own, silently', () => {
    expect(decode('embed=topics&theme=dark')).toEqual({ state: DEFAULT_STATE, notices: [] });
  });

  it('splits a user topic at the first colon only', () => {
    expect(parseUserTopic('Zeit: 10:30, Uhr*')).toEqual({ label: 'Zeit', query: '10:30, Uhr*' });
  });
});

describe('mergeForeignParams', () => {
  it('keeps foreign parameters and replaces owned ones', () => {
    const merged = mergeForeignParams(new URLSearchParams('q=neu'), new URLSearchParams('embed=topics&q=alt&org=X'));
    expect(merged.toString()).toBe('embed=topics&q=neu');
  });
});

describe('userTopicDefinitions', () => {
  it('makes URL-safe, unique ids', () => {
    expect(slugify('Künstliche Intelligenz!')).toBe('kuenstliche-intelligenz');
    expect(userTopicDefinitions([{ label: 'KI', query: 'a' }, { label: 'ki', query: 'b' }]).map((t) => t.id)).toEqual(['u-ki', 'u-ki-2']);
  });
});

// ---- property-based: any valid state survives the round trip; any query string decodes without throwing ----

const text = fc
  .string({ unit: fc.constantFrom(...'aäbcdeöfgßhüÜ -.,&=+%?#/:ÄxyzOZG'.split('')), minLength: 1, maxLength: 30 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const month = fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const topicId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const docId = fc.stringMatching(/^[A-Za-z0-9._~-]{1,40}$/);
const label = text.map((s) => s.replace(/:/g, '')).map((s) => s.trim()).filter((s) => s.length > 0);

const validState: fc.Arbitrary<UrlState> = fc
  .record({
    q: fc.oneof(fc.constant(''), fc.string({ maxLength: 40 }).filter((s) => !/[\u0000-\u001f]/.test(s))),
    range: fc.tuple(fc.option(month), fc.option(month)),
    orgs: fc.uniqueArray(text, { maxLength: 4 }),
    people: fc.uniqueArray(text, { maxLength: 4 }),
    topics: fc.uniqueArray(topicId, { maxLength: 4 }),
    doc: fc.option(docId),
    lang: fc.constantFrom(null, 'de' as const, 'en' as const),
    granularity: fc.constantFrom('month' as const, 'quarter' as const, 'year' as const),
    includeTeasers: fc.boolean(),
    topOrgs: fc.integer({ min: 3, max: 60 }),
    orgView: fc.constantFrom('matrix' as const, 'network' as const),
    userTopics: fc.uniqueArray(fc.record({ label, query: text }), { maxLength: 4, selector: (t) => t.label }),
  })
  .map((r) => {
    let [from, to] = r.range;
    if (from && to && from > to) [from, to] = [to, from];
    return {
      filter: { q: r.q, from, to, orgs: r.orgs, people: r.people, topics: r.topics },
      doc: r.doc,
      lang: r.lang,
      options: { granularity: r.granularity, includeTeasers: r.includeTeasers, topOrgs: r.topOrgs, orgView: r.orgView, userTopics: r.userTopics },
    };
  });

describe('round trip (property-based)', () => {
  it('decode(encode(state)) gives the same state and no notices', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(decodeState(new URLSearchParams(encodeState(state).toString()))).toEqual({ state, notices: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary parameters, and its result is a fixed point', () => {
    const key = fc.constantFrom('q', 'from', 'to', 'org', 'person', 'topic', 'doc', 'lang', 'gran', 'teasers', 'top', 'orgview', 'ut', 'embed');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string({ maxLength: 20 })), { maxLength: 12 }), (pairs) => {
        const { state } = decodeState(new URLSearchParams(pairs));
        const again = decodeState(encodeState(state));
        expect(again).toEqual({ state, notices: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('defaults never appear in the URL', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const withDefaults = { ...state, options: { ...DEFAULT_OPTIONS } };
        const p = encodeState(withDefaults);
        for (const k of ['gran', 'teasers', 'top', 'orgview', 'ut']) expect(p.has(k)).toBe(false);
      }),
    );
  });
});
