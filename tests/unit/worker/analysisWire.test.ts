/**
 * A helper's results cross to the corpus worker encoded (analysisWire.ts): they must come back as the very same
 * documents, with the same key order (one hidden class for all documents) and null kept apart from undefined, and
 * documents not of the reader's shape must travel untouched.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { generateCorpus } from '../../../bench/generate/corpus.ts';
import { analyzeFile, type FileAnalysis } from '../../../src/corpus/pipeline.ts';
import { StringPool } from '../../../src/corpus/aggregate/compactStrings.ts';
import type { CorpusDocument, InputFile } from '../../../src/corpus/types.ts';
import { decodeAnalyses, encodeAnalyses } from '../../../src/worker/analysisWire.ts';

const fixtures = new URL('../../fixtures/read/', import.meta.url);
const pages: InputFile[] = [
  ...readdirSync(new URL('../../../seeds/', import.meta.url)).map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url))) })),
  ...readdirSync(fixtures).filter((f) => /\.(txt|html?)$/.test(f)).map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, fixtures))) })),
  ...[...generateCorpus({ docs: 150, seed: 11 })].filter((f) => !f.name.endsWith('.json')).map((f) => ({ name: f.name, bytes: f.bytes })),
];

/** Through the codec and a structured clone, as between the threads. */
const roundTrip = (results: FileAnalysis[]) => decodeAnalyses(structuredClone(encodeAnalyses(results)), new StringPool());

const keyOrders = (docs: readonly CorpusDocument[]) =>
  docs.map((d) => [Reflect.ownKeys(d), d.people.map((p) => Reflect.ownKeys(p)), (d.mentions ?? []).map((m) => Reflect.ownKeys(m))]);

describe('analysisWire', () => {
  const results = pages.map((f) => analyzeFile(f));
  const docs = results.flatMap((r) => r.documents);

  it('is exercised by documents of every kind (articles, teasers, people, quotes, mentions, inferred dates)', () => {
    expect(docs.some((d) => d.kind === 'teaser') && docs.some((d) => d.people.some((p) => p.quotes.length > 0))).toBe(true);
    expect(docs.some((d) => d.dateSource === 'inferred') && docs.some((d) => (d.mentions ?? []).some((m) => m.ref === null))).toBe(true);
    // Leads as the reader makes them: a teaser's whole text, an article's first paragraph (other leads: below).
    expect(docs.some((d) => d.lead === d.text) && docs.some((d) => typeof d.lead === 'string' && d.lead !== d.text)).toBe(true);
  });

  it('gives back the same documents and problems, with the same keys in the same order', () => {
    const back = roundTrip(results);
    expect(back).toStrictEqual(results);
    expect(keyOrders(back.flatMap((r) => r.documents))).toEqual(keyOrders(docs));
  });

  it('keeps a lead that is not the start of the text, and nulls and undefineds apart', () => {
    const d = docs.find((x) => x.kind === 'article' && x.people.length > 0)!;
    const odd: CorpusDocument = { ...d, lead: 'Ein anderer Vorspann', kicker: null, dateNote: undefined, author: null, links: undefined, mentions: undefined };
    const odd2: CorpusDocument = { ...d, lead: undefined, kicker: undefined, parent: undefined, story: 'x', mentions: [] };
    const back = roundTrip([{ documents: [odd, odd2], problems: [{ file: 'a.txt', reason: 'kaputt', severity: 'warning' }] }]);
    expect(back).toStrictEqual([{ documents: [odd, odd2], problems: [{ file: 'a.txt', reason: 'kaputt', severity: 'warning' }] }]);
  });

  it('sends documents of another shape as they are (a corpus file need not have every key)', () => {
    const handWritten = { id: 'h1', file: 'corpus.json', kind: 'article', title: 'Titel', date: null, dateSource: null, source: null, keywords: [], text: 'Text', organisations: ['Vitako'], people: [], topics: [] } as unknown as CorpusDocument;
    const wire = encodeAnalyses([{ documents: [handWritten], problems: [] }, results[0]!]);
    expect(wire.files.map((f) => f.raw !== null)).toEqual([true, false]);
    const back = decodeAnalyses(structuredClone(wire), new StringPool());
    expect(back[0]!.documents).toStrictEqual([handWritten]);
    expect(Reflect.ownKeys(back[0]!.documents[0]!)).toEqual(Reflect.ownKeys(handWritten));
    expect(back[1]).toStrictEqual(results[0]);
  });

  it('writes each short string once per batch', () => {
    const wire = encodeAnalyses(results);
    expect(new Set(wire.strings).size).toBe(wire.strings.length);
    expect(wire.strings).toContain('article');
  });
});
