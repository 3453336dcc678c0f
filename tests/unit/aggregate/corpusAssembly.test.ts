/**
 * A corpus assembled one batch at a time (corpusAssembly.ts: while a load's later batches are still analysed) is
 * the corpus assembled at once: the same linked documents, columns and mention spans, also on top of an earlier
 * corpus, which stays as it was until the new one replaces it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { generateCorpus } from '../../../bench/generate/corpus.ts';
import { analyzeFile, uniqueIds } from '../../../src/corpus/pipeline.ts';
import { linkStories } from '../../../src/corpus/stories.ts';
import { buildColumns } from '../../../src/corpus/aggregate/columns.ts';
import { MentionStore } from '../../../src/corpus/aggregate/mentionStore.ts';
import { assembleCorpus, CorpusAssembly } from '../../../src/corpus/corpusAssembly.ts';
import { CorpusStore } from '../../../src/corpus/corpusStore.ts';
import { DEFAULT_TOPICS } from '../../../src/corpus/topics.ts';
import type { CorpusDocument, InputFile } from '../../../src/corpus/types.ts';
import { viewRequest } from '../../../src/worker/viewRequest.ts';

const seeds: InputFile[] = readdirSync(new URL('../../../seeds/', import.meta.url))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url))) }));
const generated: InputFile[] = [...generateCorpus({ docs: 300, seed: 11 })].map((f) => ({ name: f.name, bytes: f.bytes }));

/** Fresh analysed documents (an assembly takes their spans: each test gets its own). */
function analysed(files: InputFile[]): CorpusDocument[] {
  return files.flatMap((f) => analyzeFile(f, DEFAULT_TOPICS).documents);
}

/** `docs` cut into parts of uneven sizes (1, 2, 3 … documents). */
function parts(docs: CorpusDocument[]): CorpusDocument[][] {
  const out: CorpusDocument[][] = [];
  for (let at = 0, size = 1; at < docs.length; at += size, size = (size % 7) + 1) out.push(docs.slice(at, at + size));
  return out;
}

describe('CorpusAssembly', () => {
  it('in parts gives the documents, columns and spans of linking and then building columns over all at once', () => {
    // The seeds twice: ids made unique across parts.
    const files = [...seeds, ...generated, ...seeds];
    const reference = linkStories(uniqueIds(analysed(files)));
    const assembly = new CorpusAssembly();
    for (const p of parts(analysed(files))) assembly.add(p);
    expect(assembly.size).toBe(reference.length);
    const got = assembly.finish();

    // The case that makes the columns' dates differ from the dates added: linking dated some undated reports.
    expect(reference.filter((d) => d.dateSource === 'inferred').length).toBeGreaterThan(0);
    expect(reference.some((d) => d.id.endsWith('-2'))).toBe(true);
    expect(got.documents).toEqual(reference.map((d) => ({ ...d, mentions: undefined })));
    for (const d of reference) expect(got.mentions.get(d.id)).toEqual(d.mentions);
    // `docs` compared above (the reference's still carry their spans).
    expect({ ...got.columns, docs: null }).toEqual({ ...buildColumns(reference), docs: null });
    expect(got.columns.docs).toBe(got.documents);
  });

  it('with no documents gives empty columns', () => {
    const got = assembleCorpus([]);
    expect(got.documents).toEqual([]);
    expect(got.columns).toEqual(buildColumns([]));
  });

  it('adds to an earlier corpus as re-linking old and new together would, leaving the earlier store as it was', () => {
    const before = new CorpusStore();
    before.setDocuments(analysed(seeds), { compactStrings: false });
    const exportBefore = before.exportCorpus(false);
    const viewBefore = JSON.stringify({ ...before.view(viewRequest({})), computeMs: 0 });

    const assembly = new CorpusAssembly(before.corpusSoFar());
    for (const p of parts(analysed([...generated, ...seeds]))) assembly.add(p);
    const assembled = assembly.finish();
    // Nothing changes in the store until the new corpus is set.
    expect(before.exportCorpus(false)).toBe(exportBefore);
    expect(JSON.stringify({ ...before.view(viewRequest({})), computeMs: 0 })).toBe(viewBefore);
    before.setAssembled(assembled, { keepIndex: true });

    const atOnce = new CorpusStore();
    atOnce.setDocuments(analysed(seeds), { compactStrings: false });
    const all = [...atOnce.documents, ...analysed([...generated, ...seeds])];
    atOnce.setDocuments(linkStories(uniqueIds(all)), { keepIndex: true, compactStrings: false });

    expect(before.exportCorpus(false)).toBe(atOnce.exportCorpus(false));
    for (const filter of [{}, { orgs: ['Vitako'] }, { q: 'Cloud' }]) {
      const a = { ...before.view(viewRequest(filter)), computeMs: 0 };
      const b = { ...atOnce.view(viewRequest(filter)), computeMs: 0 };
      expect(a).toEqual(b);
    }
  });
});

describe('MentionStore.clone', () => {
  it('copies the spans; changing the copy leaves the original as it was', () => {
    const original = new MentionStore();
    original.set('a', [{ start: 0, end: 4, type: 'organisation', ref: 'Vitako' }]);
    const copy = original.clone();
    copy.set('b', [{ start: 1, end: 2, type: 'person', ref: null }]);
    copy.set('a', [{ start: 5, end: 9, type: 'quote', ref: 'Eva Muster' }]);
    copy.retain(new Set(['a']));
    expect(original.get('a')).toEqual([{ start: 0, end: 4, type: 'organisation', ref: 'Vitako' }]);
    expect(original.has('b')).toBe(false);
    expect(copy.get('a')).toEqual([{ start: 5, end: 9, type: 'quote', ref: 'Eva Muster' }]);
  });
});
