import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFile } from '../../../src/corpus/read/readFile.ts';
import type { CorpusDocument } from '../../../src/corpus/types.ts';

export const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../../fixtures/read/', import.meta.url));

/** Read a file from disk through the reader. */
export function readPath(dir: string, name: string) {
  return readFile({ name, bytes: new Uint8Array(readFileSync(dir + name)) });
}

export function article(docs: CorpusDocument[]): CorpusDocument {
  const a = docs.find((d) => d.kind === 'article');
  if (!a) throw new Error('no article');
  return a;
}

export const teasers = (docs: CorpusDocument[]) => docs.filter((d) => d.kind === 'teaser');
