/**
 * Every document made from a page has the same keys in the same order, from the reader through extraction and
 * topics (pageDocuments.ts says why: one object shape keeps the loops over tens of thousands of documents fast,
 * and a key added later to a copy made story linking three times slower). A field added to one kind of document
 * only, or a step that adds a key, fails here.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { generateCorpus } from '../../../bench/generate/corpus.ts';
import { readFile } from '../../../src/corpus/read/readFile.ts';
import { analyzeFile } from '../../../src/corpus/pipeline.ts';
import { StringPool } from '../../../src/corpus/aggregate/compactStrings.ts';
import { linkStories } from '../../../src/corpus/stories.ts';
import type { InputFile } from '../../../src/corpus/types.ts';

const dir = new URL('../../fixtures/read/', import.meta.url);
const pages: InputFile[] = [
  ...readdirSync(new URL('../../../seeds/', import.meta.url)).map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url))) })),
  ...readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) })),
  // Every layout and encoding the generator knows: articles with and without teasers, teasers only, HTML, 1252.
  ...[...generateCorpus({ docs: 120, seed: 5 })].filter((f) => !f.name.endsWith('.json')).map((f) => ({ name: f.name, bytes: f.bytes })),
];

const shapes = (docs: object[]) => new Set(docs.map((d) => Reflect.ownKeys(d).join(',')));

describe('document shape', () => {
  it('the reader makes articles and teasers with the same keys in the same order', () => {
    const docs = pages.flatMap((f) => readFile(f).documents);
    expect(docs.some((d) => d.kind === 'article') && docs.some((d) => d.kind === 'teaser')).toBe(true);
    expect([...shapes(docs)]).toHaveLength(1);
  });

  it('extraction, topics, compaction and story linking keep that one shape', () => {
    const read = shapes(pages.flatMap((f) => readFile(f).documents));
    const pool = new StringPool();
    const analysed = pages.flatMap((f) => analyzeFile(f, undefined, pool).documents);
    expect(shapes(analysed)).toEqual(read);
    expect(shapes(linkStories(analysed))).toEqual(read);
  });
});
