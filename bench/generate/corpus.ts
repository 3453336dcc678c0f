/**
 * A whole synthetic corpus: `docs` page files in the seed layouts, deterministic in `seed`. Every file is
 * generated from its own derived seed, so file i depends only on the seed, i and the size of the people pool
 * (which grows with large corpora, see `createWorld`), and a benchmark can stream files without holding the
 * corpus twice.
 */
import { composeArticle, type ArticleContent, type QuoteStyle } from './articles.ts';
import { isoDate } from './dates.ts';
import { toBytes, type ByteOptions } from './encoding.ts';
import { renderPage, type LayoutName } from './layouts.ts';
import { ORGANISATIONS } from './organisations.ts';
import { createPeople } from './people.ts';
import { createRandom, deriveSeed, type Random } from './random.ts';
import type { World } from './articles.ts';

/** Generator options. */
export interface CorpusOptions {
  /** Number of page files. */
  docs: number;
  /** PRNG seed; same seed, same bytes. Default 42. */
  seed?: number;
  /** Size of the speaker pool. Default: grows with the corpus (≈ docs / 25, between 60 and 2,000). */
  people?: number;
}

/** One generated file and what it contains (ground truth for tests). */
export interface GeneratedFile {
  name: string;
  bytes: Uint8Array;
  layout: LayoutName;
  encoding: ByteOptions['encoding'];
  crlf: boolean;
  /** The article's date as written on the page (ISO), whether or not the layout states it. */
  date: string;
  title: string;
  teasers: number;
  organisations: string[];
  speakers: string[];
}

const LAYOUTS: readonly (readonly [LayoutName, number])[] = [
  ['kommune21', 50],
  ['kommune21-glued', 10],
  ['behoerdenspiegel', 12],
  ['pressrelease', 13],
  ['html', 15],
];

/** The shared world (people pool) of a corpus: derived from the seed alone. */
export function createWorld(seed: number, docs: number, people?: number): World {
  const n = people ?? Math.max(60, Math.min(2000, Math.round(docs / 25)));
  return { people: createPeople(createRandom(deriveSeed(seed, -1)), ORGANISATIONS, n) };
}

function quoteStyleFor(layout: LayoutName, rnd: Random): QuoteStyle {
  if (layout === 'behoerdenspiegel') return 'english';
  if (layout === 'html' && rnd.chance(0.4)) return 'guillemets';
  return 'german';
}

function byteOptionsFor(layout: LayoutName, rnd: Random): ByteOptions {
  // HTML declares utf-8 in its meta tag, so only the plain-text layouts come as legacy Windows-1252 exports.
  const r = rnd.next();
  const encoding: ByteOptions['encoding'] = layout !== 'html' && r < 0.08 ? 'windows-1252' : r > 0.96 ? 'utf-8-bom' : 'utf-8';
  return { encoding, crlf: rnd.chance(0.12) };
}

/** Body size factor tuned so pages average ≈ 3.5 KB. */
const BODY_SCALE = 1.3;

/** Generate file `index` of the corpus. */
export function generateFile(world: World, seed: number, index: number, width: number): GeneratedFile {
  const rnd = createRandom(deriveSeed(seed, index));
  const layout = rnd.weighted(LAYOUTS);
  const style = quoteStyleFor(layout, rnd);
  const content: ArticleContent = composeArticle(rnd, world, style, BODY_SCALE);
  const text = renderPage(rnd, layout, content);
  const opts = byteOptionsFor(layout, rnd);
  const ext = layout === 'html' ? 'html' : 'txt';
  return {
    name: `${String(index).padStart(width, '0')}_${rnd.hex16()}.${ext}`,
    bytes: toBytes(text, opts),
    layout,
    encoding: opts.encoding,
    crlf: opts.crlf,
    date: isoDate(content.day),
    title: content.title,
    teasers: layout === 'behoerdenspiegel' || layout === 'pressrelease' ? 0 : content.teasers.length,
    organisations: content.organisations,
    speakers: content.speakers.map((p) => `${p.first} ${p.last}`),
  };
}

/** All files of a corpus, lazily, in order. */
export function* generateCorpus(opts: CorpusOptions): Generator<GeneratedFile> {
  const seed = opts.seed ?? 42;
  const world = createWorld(seed, opts.docs, opts.people);
  const width = Math.max(3, String(opts.docs - 1).length);
  for (let i = 0; i < opts.docs; i++) yield generateFile(world, seed, i, width);
}
