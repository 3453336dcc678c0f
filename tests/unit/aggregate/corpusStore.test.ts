import { describe, expect, it, vi } from 'vitest';
import { CorpusStore } from '../../../src/corpus/corpusStore.ts';
import * as topics from '../../../src/corpus/topics.ts';
import { doc, SAMPLE, SAMPLE_TOPICS } from './fixtures.ts';
import { viewRequest } from '../../../src/worker/viewRequest.ts';

const req = viewRequest;

describe('CorpusStore.view', () => {
  it('builds the index on the first query when it is not built yet', () => {
    const s = new CorpusStore(SAMPLE, SAMPLE_TOPICS);
    expect(s.indexReady).toBe(false);
    expect(s.view(req({ q: 'Dataport' })).documents.totalArticles).toBe(3);
    expect(s.indexReady).toBe(true);
  });

  it('treats a stop-word-only query as no query', () => {
    const s = new CorpusStore(SAMPLE, SAMPLE_TOPICS);
    const v = s.view(req({ q: 'die und' }));
    expect(v.documents.totalArticles).toBe(4);
    expect(v.documents.queryMode).toBeUndefined();
  });

  it('cross-filters: the matrix ignores the org filter and keeps the selection, the list does not', () => {
    const s = new CorpusStore(SAMPLE, SAMPLE_TOPICS);
    const v = s.view(req({ orgs: ['Landkreis Harburg'] }));
    expect(v.organisations.orgs.map((o) => o.name)).toContain('Vitako');
    expect(v.documents.articles.map((a) => a.id)).toEqual(['a4']);
    const top1 = s.view(req({ orgs: ['Landkreis Harburg'] }, { topOrgs: 1 }));
    expect(top1.organisations.orgs.map((o) => o.name).sort()).toEqual(['Dataport', 'Landkreis Harburg']);
  });

  it('pages the document list by 50', () => {
    const many = Array.from({ length: 120 }, (_, i) => doc(`x${i}`, { date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}` }));
    const s = new CorpusStore(many);
    const p2 = s.view(req({}, { page: 2 })).documents;
    expect(p2.totalArticles).toBe(120);
    expect(p2.articles).toHaveLength(20);
  });

  it('adds user topics as series and filters by them (matcher cached per query)', () => {
    const spy = vi.spyOn(topics, 'topicMatcher').mockImplementation((def) => (d) => d.text.includes(def.query));
    const s = new CorpusStore(SAMPLE, SAMPLE_TOPICS);
    const user = { id: 'u-cloud', label: 'Cloud', query: 'Cloud' };
    const v = s.view(req({ topics: ['u-cloud'] }, { userTopics: [user] }));
    expect(v.topics.series.map((x) => x.topic.id)).toEqual(['souveraenitaet', 'register', 'u-cloud']);
    expect(v.topics.series[2]!.total).toBe(1);
    expect(v.documents.articles.map((a) => a.id)).toEqual(['a2']);
    s.view(req({ topics: ['u-cloud'] }, { userTopics: [user] }));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(s.document('a2')?.topics.map((t) => t.id)).toEqual(['souveraenitaet', 'u-cloud']);
    spy.mockRestore();
  });

  it('counts a month-precision date in its month and teasers only when asked', () => {
    const s = new CorpusStore(SAMPLE, SAMPLE_TOPICS);
    const v = s.view(req());
    const reg = v.topics.series.find((x) => x.topic.id === 'register')!;
    expect(reg.counts[v.topics.buckets.indexOf('2022-01')]).toBe(1);
    const sov = (t: boolean) => s.view(req({}, { includeTeasers: t })).topics.series[0]!;
    expect(sov(true).counts[v.topics.buckets.indexOf('2020-11')]).toBe(1);
    expect(sov(false).counts[v.topics.buckets.indexOf('2020-11')]).toBe(0);
    // a1 and a2 are one story in March 2021.
    expect(sov(true).counts[v.topics.buckets.indexOf('2021-03')]).toBe(1);
    expect(sov(true).undated).toBe(1);
  });

  it('indexes in chunks and keeps answers right across addDocuments', () => {
    const s = new CorpusStore(SAMPLE.slice(0, 2), SAMPLE_TOPICS);
    expect(s.indexChunk(1)).toBe(1);
    expect(s.indexChunk(1)).toBe(0);
    s.addDocuments([doc('a1', { title: 'Noch eine Cloud-Meldung', text: 'Cloud' })]);
    expect(s.pendingIndexCount).toBe(1);
    expect(s.search('Cloud').ids.sort()).toEqual(['a1-2', 'a2']);
  });
});
