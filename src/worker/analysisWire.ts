/**
 * Analysed documents in the form an extraction helper sends them to the corpus worker.
 *
 * Structured clone writes every object with all its keys and rebuilds it property by property: at 10,000 pages the
 * helper's half of the documents (≈ 21,000 documents, 11,000 people, 87,000 mention spans) cost ≈ 270 ms to send in
 * the helper and ≈ 150 ms to receive in the corpus worker (Chromium profile), and the corpus worker then looked every
 * short string up in its string pool once per occurrence. Here a batch becomes a few flat arrays:
 * - `strings`: each short, repeated string of the batch once (file names, dates, sources, names, roles,
 *   organisations, keywords, topic ids, the kinds); fields hold its index. The receiver pools each once per batch.
 * - `values`: per document its fields in key order, people flattened in;
 * - `spans`: the mention spans as integers (the store keeps them packed the same way, aggregate/mentionStore.ts).
 * The receiver rebuilds each document with one object literal in the reader's key order, so every document has the
 * same hidden class, whichever thread analysed it (read/pageDocuments.ts says why that matters).
 *
 * Only documents of exactly that shape are encoded; any other (a corpus JSON file's hand-written documents, which
 * may lack optional keys) travels as it is, and is pooled the old way (`internDocuments`). Round trip: equal
 * documents with equal key order and the strings pooled as `internDocuments` would (tests/unit/worker).
 */
import type { CorpusDocument, FileProblem, Mention, Person } from '../corpus/types.ts';
import type { FileAnalysis } from '../corpus/pipeline.ts';
import { internDocuments, type StringPool } from '../corpus/aggregate/compactStrings.ts';

export interface AnalysisWire {
  /** Per file, in order: its problems, how many of its documents are encoded, or its documents as they are. */
  files: { problems: FileProblem[]; encoded: number; raw: CorpusDocument[] | null }[];
  strings: string[];
  values: unknown[];
  /** Per document: span count, then `start, end, (ref + 1) << 2 | type` per span (ref 0: null); -1: no `mentions`. */
  spans: Int32Array;
}

/** A page document's keys, in the order the reader creates them. */
const DOCUMENT_KEYS = [
  'id', 'file', 'kind', 'title', 'kicker', 'date', 'dateSource', 'dateNote', 'source', 'keywords', 'lead', 'text',
  'links', 'author', 'parent', 'organisations', 'people', 'topics', 'mentions', 'story',
] as const;
const PERSON_KEYS = ['name', 'title', 'role', 'organisation', 'speaker', 'quotes'] as const;
const MENTION_KEYS = ['start', 'end', 'type', 'ref'] as const;
const TYPES: readonly Mention['type'][] = ['organisation', 'person', 'quote'];

/** The batch's short strings, each once; a field holds the index. */
class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  /** A string as its index; null and undefined as they are. */
  id(x: string | null | undefined): number | null | undefined {
    if (typeof x !== 'string') return x;
    const i = this.index.get(x);
    return i === undefined ? this.add(x) : i;
  }

  ids(xs: readonly string[]): number[] {
    const out: number[] = [];
    for (let k = 0; k < xs.length; k++) out.push(this.id(xs[k]!) as number);
    return out;
  }

  private add(x: string): number {
    const i = this.strings.length;
    this.strings.push(x);
    this.index.set(x, i);
    return i;
  }
}

/** Encode one batch's results (in the helper). */
export function encodeAnalyses(results: readonly FileAnalysis[]): AnalysisWire {
  const table = new StringTable();
  const values: unknown[] = [];
  const spans: number[] = [];
  const files: AnalysisWire['files'] = [];
  for (let f = 0; f < results.length; f++) {
    const r = results[f]!;
    const docs = r.documents;
    let shaped = true;
    for (let k = 0; k < docs.length && shaped; k++) shaped = isPageShaped(docs[k]!);
    if (!shaped) {
      files.push({ problems: r.problems, encoded: 0, raw: docs });
      continue;
    }
    files.push({ problems: r.problems, encoded: docs.length, raw: null });
    for (let k = 0; k < docs.length; k++) {
      encodeDocument(docs[k]!, table, values);
      encodeSpans(docs[k]!.mentions, table, spans);
    }
  }
  return { files, strings: table.strings, values, spans: Int32Array.from(spans) };
}

/** The fields in the reader's key order (DOCUMENT_KEYS), people flattened in before the topics. */
function encodeDocument(d: CorpusDocument, t: StringTable, values: unknown[]): void {
  // The lead is usually the text's first paragraph: then only its length travels.
  const lead = typeof d.lead === 'string' && d.text.startsWith(d.lead) ? d.lead.length : d.lead;
  values.push(
    d.id, t.id(d.file), t.id(d.kind), d.title, t.id(d.kicker), t.id(d.date), t.id(d.dateSource), d.dateNote,
    t.id(d.source), t.ids(d.keywords), lead, d.text, d.links, t.id(d.author), t.id(d.parent), t.ids(d.organisations),
    d.people.length,
  );
  for (let k = 0; k < d.people.length; k++) {
    const p = d.people[k]!;
    values.push(t.id(p.name), t.id(p.title), t.id(p.role), t.id(p.organisation), p.speaker, p.quotes);
  }
  values.push(t.ids(d.topics), t.id(d.story));
}

function encodeSpans(ms: readonly Mention[] | undefined, t: StringTable, spans: number[]): void {
  if (ms === undefined) {
    spans.push(-1);
    return;
  }
  spans.push(ms.length);
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    spans.push(m.start, m.end, (m.ref === null ? 0 : (t.id(m.ref) as number) + 1) * 4 + TYPES.indexOf(m.type));
  }
}

const asIs = (x: string): string => x;

/** Where the decoder is in `values` and `spans`. */
interface Cursor {
  v: number;
  s: number;
}

/**
 * Rebuild the batch's results (in the corpus worker), pooling the short strings in `pool` (as `internDocuments`
 * does for documents that arrive as objects).
 */
export function decodeAnalyses(wire: AnalysisWire, pool: StringPool): FileAnalysis[] {
  const table: string[] = [];
  for (let k = 0; k < wire.strings.length; k++) table.push(pool.get(wire.strings[k]!, asIs));
  const at: Cursor = { v: 0, s: 0 };
  const out: FileAnalysis[] = [];
  for (let f = 0; f < wire.files.length; f++) {
    const file = wire.files[f]!;
    if (file.raw !== null) {
      internDocuments(file.raw, pool);
      out.push({ documents: file.raw, problems: file.problems });
      continue;
    }
    const documents: CorpusDocument[] = [];
    for (let n = 0; n < file.encoded; n++) documents.push(decodeDocument(wire, table, pool, at));
    out.push({ documents, problems: file.problems });
  }
  return out;
}

/** A table entry for an index; null and undefined as they are. */
function str(table: readonly string[], v: unknown): string | null | undefined {
  return typeof v === 'number' ? table[v]! : (v as null | undefined);
}

function strs(table: readonly string[], v: unknown): string[] {
  const ids = v as number[];
  const out: string[] = [];
  for (let k = 0; k < ids.length; k++) out.push(table[ids[k]!]!);
  return out;
}

function decodeDocument(wire: AnalysisWire, table: readonly string[], pool: StringPool, at: Cursor): CorpusDocument {
  const v = wire.values;
  const i = at.v;
  const text = v[i + 11] as string;
  const lead = v[i + 10];
  const people = decodePeople(v, i + 17, v[i + 16] as number, table);
  const p = i + 17 + 6 * people.length;
  at.v = p + 2;
  // One literal, the reader's key order (DOCUMENT_KEYS): see the module comment.
  return {
    id: v[i] as string,
    file: str(table, v[i + 1]) as string,
    kind: str(table, v[i + 2]) as CorpusDocument['kind'],
    title: v[i + 3] as string,
    kicker: str(table, v[i + 4]),
    date: str(table, v[i + 5]) as string | null,
    dateSource: str(table, v[i + 6]) as CorpusDocument['dateSource'],
    dateNote: v[i + 7] as string | null | undefined,
    source: str(table, v[i + 8]) as string | null,
    keywords: strs(table, v[i + 9]),
    lead: typeof lead === 'number' ? (lead === text.length ? text : text.slice(0, lead)) : typeof lead === 'string' ? pool.get(lead, asIs) : (lead as null | undefined),
    text,
    links: v[i + 12] as string[] | undefined,
    author: str(table, v[i + 13]),
    parent: str(table, v[i + 14]),
    organisations: strs(table, v[i + 15]),
    people,
    topics: strs(table, v[p]),
    mentions: decodeSpans(wire.spans, table, at),
    story: str(table, v[p + 1]),
  };
}

function decodePeople(v: readonly unknown[], from: number, count: number, table: readonly string[]): Person[] {
  const people: Person[] = [];
  for (let k = 0, p = from; k < count; k++, p += 6) {
    people.push({
      name: str(table, v[p]) as string,
      title: str(table, v[p + 1]),
      role: str(table, v[p + 2]) as string | null,
      organisation: str(table, v[p + 3]) as string | null,
      speaker: v[p + 4] as boolean,
      quotes: v[p + 5] as string[],
    });
  }
  return people;
}

function decodeSpans(spans: Int32Array, table: readonly string[], at: Cursor): Mention[] | undefined {
  let j = at.s;
  const count = spans[j++]!;
  if (count < 0) {
    at.s = j;
    return undefined;
  }
  const mentions: Mention[] = [];
  for (let k = 0; k < count; k++, j += 3) {
    const code = spans[j + 2]!;
    const ref = code >> 2;
    mentions.push({ start: spans[j]!, end: spans[j + 1]!, type: TYPES[code & 3]!, ref: ref === 0 ? null : table[ref - 1]! });
  }
  at.s = j;
  return mentions;
}

/** Exactly the reader's keys in its order, people and mention spans of their usual shape, strings where expected. */
function isPageShaped(d: CorpusDocument): boolean {
  if (!hasKeys(d, DOCUMENT_KEYS) || typeof d.text !== 'string') return false;
  if (!Array.isArray(d.keywords) || !Array.isArray(d.organisations) || !Array.isArray(d.topics) || !Array.isArray(d.people)) return false;
  if (!d.keywords.every(isString) || !d.organisations.every(isString) || !d.topics.every(isString)) return false;
  for (const p of d.people) if (!hasKeys(p, PERSON_KEYS) || typeof p.name !== 'string' || !Array.isArray(p.quotes)) return false;
  if (d.mentions !== undefined) {
    if (!Array.isArray(d.mentions)) return false;
    for (const m of d.mentions) {
      if (!hasKeys(m, MENTION_KEYS) || !TYPES.includes(m.type) || !(m.ref === null || typeof m.ref === 'string')) return false;
      if (!isInt32(m.start) || !isInt32(m.end)) return false;
    }
  }
  return true;
}

/** Own enumerable keys exactly `keys`, in that order (a for-in allocates nothing). */
function hasKeys(o: object, keys: readonly string[]): boolean {
  if (o === null || typeof o !== 'object') return false;
  let k = 0;
  for (const key in o) {
    if (!Object.hasOwn(o, key)) continue;
    if (key !== keys[k]) return false;
    k++;
  }
  return k === keys.length;
}

const isString = (x: unknown): boolean => typeof x === 'string';
const isInt32 = (x: unknown): boolean => typeof x === 'number' && (x | 0) === x;
