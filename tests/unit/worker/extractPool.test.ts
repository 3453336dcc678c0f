/**
 * Ingest spread over extraction helpers gives exactly the documents of one thread, whatever the helpers do:
 * answer, fail, or never answer. Helpers here are real ExtractApi instances behind MessageChannels (Comlink), so
 * documents cross a structured clone as they do between workers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expose, proxy, wrap } from 'comlink';
import { readdirSync, readFileSync } from 'node:fs';
import { generateCorpus } from '../../../bench/generate/corpus.ts';
import { analyzeFile, analyzeFiles, finishCorpus, uniqueIds } from '../../../src/corpus/pipeline.ts';
import { DEFAULT_TOPICS } from '../../../src/corpus/topics.ts';
import type { InputFile } from '../../../src/corpus/types.ts';
import { createExtractApi, type ExtractApi } from '../../../src/worker/extractApi.ts';
import { BATCHES_IN_FLIGHT, cutBatches, extractInParallel, type ExtractHelper, type HelperProvider, type PoolRun } from '../../../src/worker/extractPool.ts';
import { packFiles } from '../../../src/worker/packFiles.ts';
import { createApi, warmViews } from '../../../src/worker/createApi.ts';
import type { LoadProgress } from '../../../src/worker/api.ts';
import { CorpusStore } from '../../../src/corpus/corpusStore.ts';
import { viewRequest } from '../../../src/worker/viewRequest.ts';

const ports: MessagePort[] = [];
afterEach(() => {
  for (const p of ports.splice(0)) p.close();
});

/** An ExtractApi behind a MessageChannel, counting the files it was given. */
function channelHelper(): ExtractHelper & { files: number } {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  expose(createExtractApi(), port1);
  const remote = wrap<ExtractApi>(port2);
  const h = {
    files: 0,
    analyze(files: InputFile[], topics: typeof DEFAULT_TOPICS) {
      h.files += files.length;
      return remote.analyze(files, topics);
    },
  };
  return h;
}

const seeds: InputFile[] = readdirSync(new URL('../../../seeds/', import.meta.url))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url))) }));
// Seeds, synthetic pages of every layout and encoding, a duplicate name (ids made unique across batches) and a
// broken file (its problem must survive the trip through a helper).
const files: InputFile[] = [
  ...seeds,
  ...[...generateCorpus({ docs: 60, seed: 7 })].map((f) => ({ name: f.name, bytes: f.bytes })),
  { ...seeds[0]!, name: seeds[0]!.name },
  { name: 'kaputt.json', bytes: new TextEncoder().encode('{"documents": [') },
];

const sequential = JSON.stringify(analyzeFiles(files));

function run(over: Partial<PoolRun>): PoolRun {
  return {
    files,
    topics: DEFAULT_TOPICS,
    helpers: [],
    batchBytes: 16 * 1024,
    yieldTurn: () => new Promise((r) => setTimeout(r, 0)),
    onBatch: () => {},
    signal: () => 'go',
    ...over,
  };
}

async function pooled(over: Partial<PoolRun>): Promise<string> {
  const r = await extractInParallel(run(over));
  expect(r).not.toBeNull();
  return JSON.stringify({ documents: finishCorpus(uniqueIds(r!.documents)), problems: r!.problems });
}

describe('cutBatches', () => {
  it('keeps file order, puts every file in exactly one batch, and reaches the byte size before cutting', () => {
    const batches = cutBatches(files, 16 * 1024);
    expect(batches.flatMap((b) => b.files)).toEqual(files);
    for (const b of batches.slice(0, -1)) expect(b.bytes).toBeGreaterThanOrEqual(16 * 1024);
    expect(batches.length).toBeGreaterThan(4);
  });

  it('for the last files of a run, cuts the last four batches\' worth of bytes into batches a quarter the size', () => {
    const batches = cutBatches(files, 16 * 1024, true);
    expect(batches.flatMap((b) => b.files)).toEqual(files);
    let left = files.reduce((s, f) => s + f.bytes.byteLength, 0);
    let quarters = 0;
    for (const b of batches.slice(0, -1)) {
      const full = left > 4 * 16 * 1024;
      expect(b.bytes).toBeGreaterThanOrEqual(full ? 16 * 1024 : 4 * 1024);
      // Cut as soon as the size is reached: without its last file a batch is below it.
      expect(b.bytes - b.files.at(-1)!.bytes.byteLength).toBeLessThan(full ? 16 * 1024 : 4 * 1024);
      if (!full) quarters++;
      left -= b.bytes;
    }
    expect(quarters).toBeGreaterThan(4);
  });
});

describe('extractInParallel', () => {
  it('gives the documents and problems of one thread when helpers take part', async () => {
    const a = channelHelper();
    const b = channelHelper();
    expect(await pooled({ helpers: [a, b] })).toBe(sequential);
    // The helpers really did work (otherwise this test would only compare one thread with itself).
    expect(a.files + b.files).toBeGreaterThan(0);
    expect(a.files + b.files).toBeLessThan(files.length);
  });

  it('redoes here the batches of a helper that fails, and gives it no more', async () => {
    let calls = 0;
    const failing: ExtractHelper = {
      analyze: async () => {
        calls++;
        throw new Error('helper died');
      },
    };
    expect(await pooled({ helpers: [failing, channelHelper()] })).toBe(sequential);
    // The batches already sent when the first failure comes back, and none after.
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThanOrEqual(BATCHES_IN_FLIGHT);
    const good = channelHelper();
    const r = await extractInParallel(run({ helpers: [failing, good] }));
    expect(r!.dropped).toEqual([failing]);
  });

  it('does not wait forever for a helper that never answers', async () => {
    const silent: ExtractHelper = { analyze: () => new Promise(() => {}) };
    expect(await pooled({ helpers: [silent], graceMs: 20 })).toBe(sequential);
    const r = await extractInParallel(run({ helpers: [silent], graceMs: 20 }));
    expect(r!.threads).toBe(1);
    // Not trusted with the next load either.
    expect(r!.dropped).toEqual([silent]);
  });

  it('drops no helper that answered everything', async () => {
    const h = channelHelper();
    const r = await extractInParallel(run({ helpers: [h] }));
    expect(r!.threads).toBe(2);
    expect(r!.dropped).toEqual([]);
  });

  it('reports progress up to every file and byte', async () => {
    const seen: [number, number][] = [];
    await extractInParallel(run({ helpers: [channelHelper()], onBatch: (f, b) => void seen.push([f, b]) }));
    const bytes = files.reduce((s, f) => s + f.bytes.byteLength, 0);
    expect(seen.at(-1)).toEqual([files.length, bytes]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThan(seen[i - 1]![0]);
  });

  it('on cancel keeps the finished batches only, and says so', async () => {
    let batches = 0;
    const r = await extractInParallel(run({ onBatch: () => void batches++, signal: () => (batches >= 2 ? 'cancel' : 'go') }));
    expect(r!.cancelled).toBe(true);
    const all = JSON.parse(sequential) as { documents: { file: string }[] };
    expect(r!.documents.length).toBeGreaterThan(0);
    expect(r!.documents.length).toBeLessThan(all.documents.length);
  });

  it('on cancel keeps only the first files up to a batch not done, whichever thread did the batches after it', async () => {
    // A helper that answers its first batch (batch 0: the helpers take theirs first) and never its second.
    const inner = channelHelper();
    let calls = 0;
    const stalling: ExtractHelper = { analyze: (f, t) => (++calls === 1 ? inner.analyze(f, t) : new Promise(() => {})) };
    let here = 0;
    const r = await extractInParallel(run({
      helpers: [stalling],
      graceMs: 20,
      onBatch: () => void here++,
      signal: () => (here >= 4 ? 'cancel' : 'go'),
    }));
    const first = cutBatches(files, 16 * 1024, true)[0]!.files;
    expect(r!.cancelled).toBe(true);
    // Batch 1 was never done; the batches this thread finished after it are dropped.
    expect(r!.files).toBe(first.length);
    expect(r!.bytes).toBe(first.reduce((sum, f) => sum + f.bytes.byteLength, 0));
    expect(r!.documents.map((d) => d.file)).toEqual(first.flatMap((f) => analyzeFile(f).documents.map((d) => d.file)));
  });

  it('takes files in parts (`more`) with the same result, asking for the next part while it works', async () => {
    const parts = [files.slice(0, 3), files.slice(3, 4), [], files.slice(4, 40), files.slice(40)];
    let asked = 0;
    let doneWhenAsked: number[] = [];
    let batchesDone = 0;
    const more = async () => {
      doneWhenAsked.push(batchesDone);
      await new Promise((r) => setTimeout(r, 1));
      return asked < parts.length ? parts[asked++]! : null;
    };
    const h = channelHelper();
    expect(await pooled({ files: [], more, helpers: [h], onBatch: () => void batchesDone++ })).toBe(sequential);
    expect(asked).toBe(parts.length);
    expect(h.files).toBeGreaterThan(0);
    // Later parts were asked for before the batches of the earlier ones were all done (reading overlaps).
    expect(doneWhenAsked.some((d, k) => k > 0 && d < batchesDone)).toBe(true);
    doneWhenAsked = [];
    // Alone, and with everything given at once after an empty start: the same documents.
    asked = 0;
    expect(await pooled({ files: [], more })).toBe(sequential);
  });

  it('ends with the error of a part that could not be had', async () => {
    let calls = 0;
    const more = async () => {
      if (calls++ === 0) return files.slice(0, 5);
      throw new Error('page went away');
    };
    await expect(extractInParallel(run({ files: [], more, helpers: [channelHelper()] }))).rejects.toThrow('page went away');
  });

  it('returns null when abandoned for a newer load', async () => {
    expect(await extractInParallel(run({ helpers: [channelHelper()], signal: () => 'abandon' }))).toBeNull();
  });
});

describe('createApi with extraction helpers', () => {
  it('answers views exactly as without helpers', async () => {
    const alone = createApi(new CorpusStore(), { batchBytes: 16 * 1024 });
    const helper = channelHelper();
    let released = 0;
    const shared = createApi(new CorpusStore(), {
      batchBytes: 16 * 1024,
      helpers: { lease: () => ({ helpers: [helper], release: () => void released++ }) },
    });
    const [s1, s2] = [await alone.load(files), await shared.load(files)];
    expect({ ...s2, extractThreads: 1, stagesMs: s1.stagesMs }).toEqual(s1);
    expect(s2.stagesMs.extracted).toBeLessThanOrEqual(s2.stagesMs.linked);
    expect(s2.stagesMs.linked).toBeLessThanOrEqual(s2.stagesMs.stored);
    expect([s1.extractThreads, s2.extractThreads]).toEqual([1, 2]);
    expect(helper.files).toBeGreaterThan(0);
    // The helpers are handed back once extraction is done.
    expect(released).toBe(1);
    for (const filter of [{}, { q: 'Souveränität' }, { orgs: ['Vitako'] }]) {
      const { computeMs: _a, ...a } = await shared.view(viewRequest(filter));
      const { computeMs: _b, ...b } = await alone.view(viewRequest(filter));
      expect(a).toEqual(b);
    }
  });

  it('ends its count at the files that arrived when the page could not read all it announced', async () => {
    const api = createApi(new CorpusStore(), { batchBytes: 16 * 1024 });
    await api.load(seeds);
    const arriving = files.slice(5, 25);
    let at = 0;
    const progress: LoadProgress[] = [];
    // Announced 23: three of the page's files could not be read, so they never come.
    const summary = await api.addStream({ next: async () => (at < arriving.length ? arriving.slice(at, (at += 6)) : null) }, arriving.length + 3, (p) => void progress.push(p));
    expect(summary.filesDone).toBe(arriving.length);
    const last = progress.filter((p) => p.phase === 'extracting').at(-1)!;
    expect(last.filesDone).toBe(arriving.length);
    expect(last.filesTotal).toBe(arriving.length);
    // Before the end the announced total stood.
    expect(progress.some((p) => p.filesTotal === arriving.length + 3)).toBe(true);
  });
});

describe('createApi add with extraction helpers', () => {
  it('adds files through helpers with the same result as one thread, keeping the corpus already there', async () => {
    const alone = createApi(new CorpusStore(), { batchBytes: 16 * 1024 });
    const helper = channelHelper();
    const shared = createApi(new CorpusStore(), { batchBytes: 16 * 1024, helpers: { lease: () => ({ helpers: [helper], release() {} }) } });
    const [first, more] = [files.slice(0, 5), files.slice(5)];
    for (const api of [alone, shared]) {
      await api.load(first);
      await api.add(more);
    }
    expect(helper.files).toBeGreaterThan(0);
    for (const filter of [{}, { q: 'Cloud' }, { topics: ['ozg'] }]) {
      const { computeMs: _a, ...a } = await shared.view(viewRequest(filter));
      const { computeMs: _b, ...b } = await alone.view(viewRequest(filter));
      expect(a).toEqual(b);
      expect(a.summary.articles).toBeGreaterThan(0);
    }
  });
});

describe('createApi addStream', () => {
  it('adds files handed over in parts like add() with all of them, over Comlink, with progress up to every file', async () => {
    const whole = createApi(new CorpusStore(), { batchBytes: 16 * 1024 });
    const parted = createApi(new CorpusStore(), { batchBytes: 16 * 1024 });
    await whole.load(seeds);
    await parted.load(seeds);
    const more = files.slice(5);
    await whole.add(more);
    // The stream crosses a real MessageChannel: the worker side calls the page's proxied source.
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    expose(parted, port1);
    const remote = wrap<typeof parted>(port2);
    let at = 0;
    const source = proxy({ next: async () => (at < more.length ? more.slice(at, (at += 7)) : null) });
    const progress: LoadProgress[] = [];
    const summary = await remote.addStream(source, more.length, proxy((p: LoadProgress) => void progress.push(p)));
    const expected = await whole.view(viewRequest());
    expect(summary.articles + summary.teasers).toBe(expected.summary.articles + expected.summary.teasers);
    expect(summary.filesDone).toBe(more.length);
    expect(summary.cancelled).toBe(false);
    // Progress messages come on their own channel: wait for the last one (indexing done).
    await parted.whenIndexed();
    for (let k = 0; k < 20 && progress.at(-1)?.phase !== 'done'; k++) await new Promise((r) => setTimeout(r, 5));
    const last = progress.at(-1)!;
    expect(last.phase).toBe('done');
    expect(last.filesDone).toBe(more.length);
    expect(last.filesTotal).toBe(more.length);
    expect(last.bytesTotal).toBe(more.reduce((s, f) => s + f.bytes.byteLength, 0));
    // While parts were still coming the byte total was an estimate, and said so; at the end it is not.
    expect(progress.some((p) => p.bytesTotalEstimated === true)).toBe(true);
    expect(last.bytesTotalEstimated).toBeUndefined();
    for (const filter of [{}, { q: 'Cloud' }, { orgs: ['Vitako'] }]) {
      const { computeMs: _a, ...a } = await parted.view(viewRequest(filter));
      const { computeMs: _b, ...b } = await whole.view(viewRequest(filter));
      expect(a).toEqual(b);
    }
  });
});

describe('createApi warm-up', () => {
  /** A provider that records what it is asked to warm up. */
  function recordingProvider() {
    const calls: { names: string[]; bytes: number }[] = [];
    const samples: (readonly InputFile[])[] = [];
    const provider: HelperProvider = {
      lease: () => ({ helpers: [], release() {} }),
      async warmUp(sample, _topics, bytes) {
        // The page names, each once: a page may be followed by its Latin-1 twin of the same name (checked below).
        calls.push({ names: sample.map((f) => f.name).filter((n, k, all) => all[k - 1] !== n), bytes });
        samples.push(sample);
      },
    };
    return { provider, calls, samples };
  }

  it('warms up on each page and, for one with characters beyond Latin-1, also on a Latin-1 twin of it', async () => {
    const { provider, samples } = recordingProvider();
    const api = createApi(new CorpusStore(), { helpers: provider, warmUpBytes: 50_000 });
    const ascii = { name: 'ascii.txt', bytes: new TextEncoder().encode('Vitako:\nTitel\n\nText ohne Anführungszeichen, mit Umlauten: äöü.') };
    const typographic = { name: 'typo.txt', bytes: new TextEncoder().encode('Vitako:\nTitel\n\n„Zitat“, sagte Anna Schmidt – kurz… und €.') };
    await api.load([ascii, typographic]);
    await api.whenIdle();
    const decode = (f: InputFile) => new TextDecoder().decode(f.bytes);
    expect(samples).toHaveLength(1);
    expect(samples[0]!.map((f) => f.name)).toEqual(['ascii.txt', 'typo.txt', 'typo.txt']);
    expect(samples[0]!.slice(0, 2).map(decode)).toEqual([ascii, typographic].map(decode));
    expect(decode(samples[0]![2]!)).toBe('Vitako:\nTitel\n\n"Zitat", sagte Anna Schmidt - kurz... und ?.');
  });

  it('once indexed, warms the helpers up on a copy of the first pages, not on corpus JSON', async () => {
    const { provider, calls } = recordingProvider();
    const api = createApi(new CorpusStore(), { helpers: provider, warmUpBytes: 50_000 });
    const corpusJson = { name: 'export.json', bytes: new TextEncoder().encode(JSON.stringify({ documents: [] })) };
    await api.load([corpusJson, ...seeds]);
    await api.whenIdle();
    expect(calls).toEqual([{ names: seeds.map((f) => f.name), bytes: 50_000 }]);
    // The view is the same as without any warm-up (it only compiles code).
    const plain = createApi(new CorpusStore());
    await plain.load([corpusJson, ...seeds]);
    const { computeMs: _a, ...a } = await api.view(viewRequest({ q: 'Vitako' }));
    const { computeMs: _b, ...b } = await plain.view(viewRequest({ q: 'Vitako' }));
    expect(a).toEqual(b);
  });

  it('does not warm up without warmUpBytes, nor after a load that a newer one replaced', async () => {
    const off = recordingProvider();
    const api = createApi(new CorpusStore(), { helpers: off.provider });
    await api.load(seeds);
    await api.whenIdle();
    expect(off.calls).toEqual([]);

    const on = recordingProvider();
    const busy = createApi(new CorpusStore(), { helpers: on.provider, warmUpBytes: 50_000 });
    const first = busy.load(seeds);
    const second = busy.load(seeds.slice(0, 2));
    await Promise.all([first, second]);
    await busy.whenIdle();
    // Only the newest load's idle time warms up, on its own pages (the replaced load took no sample).
    expect(on.calls).toEqual([{ names: seeds.slice(0, 2).map((f) => f.name), bytes: 50_000 }]);
  });

  it('warms the views up on a store of its own, leaving the documents as they were', () => {
    const docs = seeds.flatMap((f) => analyzeFile(f).documents);
    const before = JSON.stringify(docs);
    expect(docs.some((d) => (d.mentions ?? []).length > 0) && docs.some((d) => d.people.length > 0)).toBe(true);
    warmViews(docs, DEFAULT_TOPICS);
    expect(JSON.stringify(docs)).toBe(before);
  });

  it('prepares for a load on request: warms up on the given pages, stops when the load starts, loads as without', async () => {
    const { provider, calls } = recordingProvider();
    let stopped: (() => boolean) | undefined;
    const api = createApi(new CorpusStore(), {
      helpers: { ...provider, async warmUp(sample, topics, bytes, stop) { stopped = stop; await provider.warmUp!(sample, topics, bytes); } },
      warmUpBytes: 50_000,
    });
    await api.prepare(seeds);
    expect(calls).toEqual([{ names: seeds.map((f) => f.name), bytes: 50_000 }]);
    expect(stopped?.()).toBe(false);
    const pages = [...generateCorpus({ docs: 12, seed: 3 })].filter((f) => !f.name.endsWith('.json'));
    const loading = api.load(pages);
    expect(stopped?.()).toBe(true);
    await loading;
    const plain = createApi(new CorpusStore());
    await plain.load(pages);
    const { computeMs: _a, ...a } = await api.view(viewRequest());
    const { computeMs: _b, ...b } = await plain.view(viewRequest());
    expect(a).toEqual(b);
  });

  it("tells the helpers' warm-up to stop once another load starts", async () => {
    let stopped: (() => boolean) | undefined;
    const api = createApi(new CorpusStore(), {
      helpers: { lease: () => ({ helpers: [], release() {} }), async warmUp(_s, _t, _b, stop) { stopped = stop; } },
      warmUpBytes: 50_000,
    });
    await api.load(seeds);
    await api.whenIdle();
    expect(stopped?.()).toBe(false);
    const next = api.load(seeds.slice(0, 1));
    expect(stopped?.()).toBe(true);
    await next;
  });

  it('keeps going when the helpers cannot warm up', async () => {
    const api = createApi(new CorpusStore(), {
      helpers: { lease: () => ({ helpers: [], release() {} }), warmUp: () => Promise.reject(new Error('no helpers here')) },
      warmUpBytes: 50_000,
    });
    await api.load(seeds);
    await expect(api.whenIdle()).resolves.toBeUndefined();
    expect((await api.view(viewRequest())).summary.articles).toBe(seeds.length);
  });
});

describe('packFiles', () => {
  it('copies a batch into one buffer of its own, views in order, even when the files are views into a larger one', () => {
    const big = new Uint8Array(1000).map((_, i) => i % 251);
    const batch: InputFile[] = [
      { name: 'a.txt', bytes: big.subarray(100, 130) },
      { name: 'b.txt', bytes: big.subarray(500, 501) },
      { name: 'c.txt', bytes: new Uint8Array([7, 8, 9]) },
    ];
    const { files: packed, buffer } = packFiles(batch);
    expect(buffer.byteLength).toBe(34);
    expect(packed.map((f) => f.name)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    packed.forEach((f, i) => {
      expect(f.bytes.buffer).toBe(buffer);
      expect([...f.bytes]).toEqual([...batch[i]!.bytes]);
    });
    // A copy: the originals are untouched by a later transfer of the packed buffer.
    structuredClone(buffer, { transfer: [buffer] });
    expect(big[100]).toBe(100);
    expect([...batch[2]!.bytes]).toEqual([7, 8, 9]);
  });
});
