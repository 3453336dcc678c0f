/** The worker API over a real MessageChannel (Comlink expose/wrap, as Comlink's own tests do), without a Worker. */
import { afterEach, describe, expect, it } from 'vitest';
import { expose, proxy, wrap, type Remote } from 'comlink';
import { createApi, type CorpusApi } from '../../../src/worker/createApi.ts';
import { CorpusStore } from '../../../src/corpus/corpusStore.ts';
import type { LoadProgress, ViewRequest } from '../../../src/worker/api.ts';
import { SAMPLE, SAMPLE_TOPICS } from '../aggregate/fixtures.ts';
import { viewRequest } from '../../../src/worker/viewRequest.ts';

const ports: MessagePort[] = [];
function connect(api: CorpusApi): Remote<CorpusApi> {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  expose(api, port1);
  return wrap<CorpusApi>(port2);
}
afterEach(() => {
  for (const p of ports.splice(0)) p.close();
});

const request = (over: Partial<ViewRequest['filter']> = {}): ViewRequest => viewRequest(over);

const enc = new TextEncoder();
const file = (name: string, text: string) => ({ name, bytes: enc.encode(text) });

describe('LagebildApi over MessageChannel', () => {
  it('loads files with progress through a proxy, then indexes in the background', async () => {
    const api = connect(createApi(new CorpusStore(), { batchBytes: 1, indexChunk: 1 }));
    const phases: LoadProgress[] = [];
    const files = Array.from({ length: 5 }, (_, i) => file(`f${i}.txt`, `Meldung ${i}\n\nDie Souveränität der Kommune ${i}.`));
    const summary = await api.load(files, proxy((p: LoadProgress) => void phases.push(p)));
    expect(summary).toMatchObject({ documents: 5, articles: 5, teasers: 0, problems: [] });
    await api.whenIndexed();
    // Give the last progress message time to arrive.
    await new Promise((r) => setTimeout(r, 20));
    const names = phases.map((p) => p.phase);
    expect(names[0]).toBe('reading');
    expect(names).toContain('extracting');
    expect(names).toContain('indexing');
    expect(names.at(-1)).toBe('done');
    expect(phases.at(-1)).toMatchObject({ filesDone: 5, filesTotal: 5, bytesDone: phases[0]!.bytesTotal });
    const v = await api.view(request({ q: 'Souveraenitaet' }));
    expect(v.documents.totalArticles).toBe(5);
    expect(v.documents.articles[0]!.highlights.length).toBeGreaterThan(0);
  });

  it('cancel stops extraction and keeps what was read', async () => {
    const api = connect(createApi(new CorpusStore(), { batchBytes: 1 }));
    const phases: string[] = [];
    const files = Array.from({ length: 50 }, (_, i) => file(`f${i}.txt`, `Meldung ${i}`));
    const loading = api.load(files, proxy((p: LoadProgress) => void phases.push(p.phase)));
    await api.cancel();
    const summary = await loading;
    expect(summary.documents).toBeGreaterThan(0);
    expect(summary.documents).toBeLessThan(50);
    // The result says so itself (the page must not depend on a progress message that may come later).
    expect(summary.cancelled).toBe(true);
    expect(summary.filesDone).toBe(summary.documents);
    await new Promise((r) => setTimeout(r, 20));
    expect(phases).toContain('cancelled');
  });

  it('add keeps the corpus and the index, and makes ids unique', async () => {
    const api = connect(createApi());
    await api.load([file('a.txt', 'Erste Meldung über Cloud')]);
    await api.whenIndexed();
    const s = await api.add([file('a.txt', 'Zweite Meldung über Cloud'), file('b.txt', 'Dritte')]);
    expect(s.documents).toBe(3);
    expect((await api.view(request({ q: 'Cloud' }))).documents.totalArticles).toBe(2);
  });

  it('exportCorpus → load gives the same view, with the prebuilt index', async () => {
    const api = connect(createApi(new CorpusStore(SAMPLE, SAMPLE_TOPICS)));
    const blob = await api.exportCorpus(true);
    expect(blob.type).toBe('application/json');
    const json = await blob.text();
    const parsed = JSON.parse(json);
    expect(parsed.documents).toHaveLength(SAMPLE.length);
    expect(parsed.searchIndex).toBeTruthy();
    const other = connect(createApi());
    const summary = await other.load([file('corpus.json', json)]);
    expect(summary.indexReady).toBe(true);
    for (const r of [request(), request({ q: 'Souveränität' }), request({ orgs: ['Vitako'], from: '2021-01' })]) {
      const a = await api.view(r);
      const b = await other.view(r);
      expect({ ...b, computeMs: 0 }).toEqual({ ...a, computeMs: 0 });
    }
    expect(await other.names()).toEqual(await api.names());
    expect(await other.document('a1')).toEqual(await api.document('a1'));
  });

  it('answers document() and names() with plain data', async () => {
    const api = connect(createApi(new CorpusStore(SAMPLE, SAMPLE_TOPICS)));
    const d = await api.document('a1');
    expect(d?.related.map((r) => r.id)).toEqual(['a1~t1']);
    expect(d?.sameStory.map((r) => r.id)).toEqual(['a2']);
    expect(d?.topics.map((t) => t.id)).toEqual(['souveraenitaet']);
    expect((await api.document('a1~t1'))?.related.map((r) => r.id)).toEqual(['a1']);
    expect(await api.document('nope')).toBeNull();
    const n = await api.names();
    expect(n.organisations).toEqual(['Bundesministerium des Innern', 'Dataport', 'Landkreis Harburg', 'Vitako']);
    expect(n.people).toContain('Hans-Henning Lühr');
  });
});

describe('CorpusStore export in parts', () => {
  it('joins to the JSON of one piece, whatever the part size, and parses back to the same documents', () => {
    const store = new CorpusStore(SAMPLE, SAMPLE_TOPICS);
    const whole = store.exportCorpus(true);
    for (const per of [1, 2, 7, 1000]) {
      const parts = [...store.exportCorpusParts(true, per)];
      expect(parts.join('')).toBe(whole);
      // One part per `per` documents, plus head, closing bracket, index and closing brace.
      expect(parts.length).toBe(Math.ceil(SAMPLE.length / per) + 4);
    }
    const parsed = JSON.parse(whole);
    expect(parsed.documents.map((d: { id: string }) => d.id)).toEqual(SAMPLE.map((d) => d.id));
    expect(parsed.topicDefinitions).toEqual(SAMPLE_TOPICS);
    expect(JSON.parse([...store.exportCorpusParts(false)].join('')).searchIndex).toBeUndefined();
  });
});
