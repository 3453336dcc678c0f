/**
 * Test helpers: the annotated fixtures of the extraction quality test. Seed articles come through the real
 * reader (`readFile`), so the whole chain read → extract is measured; unseen articles are plain text files whose
 * first paragraph is the title.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusDocument } from '../../../src/corpus/types.ts';
import { readFile } from '../../../src/corpus/read/readFile.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/extract');

/** A person as annotated by hand. */
export interface ExpectedPerson {
  name: string;
  title: string | null;
  role: string | null;
  organisation: string | null;
  speaker: boolean;
  quotes: string[];
}

/** Hand annotation of one article. Organisation entries may list accepted variants separated by `|`. */
export interface Expected {
  organisations: string[];
  people: ExpectedPerson[];
}

export interface Case {
  name: string;
  doc: CorpusDocument;
  expected: Expected;
}

/** All documents the reader makes of one seed page. */
export function readSeed(file: string): CorpusDocument[] {
  return readFile({ name: file, bytes: readFileSync(join(ROOT, 'seeds', file)) }).documents;
}

/** The seed articles with their annotations, read through the real reader. */
export function seedCases(): Case[] {
  const dir = join(FIXTURES, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const expected = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expected & { seed: string };
      const doc = readSeed(expected.seed).find((d) => d.kind === 'article');
      if (!doc) throw new Error(`no article read from ${expected.seed}`);
      return { name: f.slice(0, 3), doc, expected };
    });
}

/** The unseen articles (own layouts, organisations and people in no list) with their annotations. */
export function unseenCases(): Case[] {
  const dir = join(FIXTURES, 'unseen');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      const cut = raw.indexOf('\n\n');
      const stem = f.replace(/\.txt$/, '');
      const doc: CorpusDocument = {
        id: stem, file: f, kind: 'article', title: raw.slice(0, cut).trim(), date: null, dateSource: null, source: null,
        keywords: [], text: raw.slice(cut + 2).trim(), organisations: [], people: [], topics: [],
      };
      const expected = JSON.parse(readFileSync(join(dir, `${stem}.expected.json`), 'utf8')) as Expected;
      return { name: stem, doc, expected };
    });
}
