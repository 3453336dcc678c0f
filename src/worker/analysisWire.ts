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

/** Encode one batch's results (in the helper). */
export function encodeAnalyses(results: readonly FileAnalysis[]): AnalysisWire {
  const strings: string[] = [];
  const index = new Map<string, number>();
  /** A string as its index in `strings`; null and undefined as they are. */
  const s = (x: string | null | undefined): number | null | undefined => {
    if (typeof x !== 'string') return x;
    let i = index.get(x);
    if (i === undefined) {
      i = strings.length;
      strings.push(x);
      index.set(x, i);
    }
    return i;
  };
  const list = (xs: readonly string[]): number[] => {
    const out: number[] = [];
    for (let k = 0; k < xs.length; k++) out.push(s(xs[k]!) as number);
    return out;
  };
  const values: unknown[] = [];
  const spans: number[] = [];
  const files: AnalysisWire['files'] = [];
  for (const r of results) {
    if (!r.documents.every(isPageShaped)) {
      files.push({ problems: r.problems, encoded: 0, raw: r.documents });
      continue;
    }
    files.push({ problems: r.problems, encoded: r.documents.length, raw: null });
    for (const d of r.documents) {
      // The lead is usually the text's first paragraph: then only its length travels.
      const lead = typeof d.lead === 'string' && d.text.startsWith(d.lead) ? d.lead.length : d.lead;
      values.push(
        d.id, s(d.file), s(d.kind), d.title, s(d.kicker), s(d.date), s(d.dateSource), d.dateNote, s(d.source),
        list(d.keywords), lead, d.text, d.links, s(d.author), s(d.parent), list(d.organisations), d.people.length,
      );
      for (const p of d.people) values.push(s(p.name), s(p.title), s(p.role), s(p.organisation), p.speaker, p.quotes);
      values.push(list(d.topics), s(d.story));
      const ms = d.mentions;
      if (ms === undefined) {
        spans.push(-1);
        continue;
      }
      spans.push(ms.length);
      for (const m of ms) spans.push(m.start, m.end, (m.ref === null ? 0 : (s(m.ref) as number) + 1) * 4 + TYPES.indexOf(m.type));
    }
  }
  return { files, strings, values, spans: Int32Array.from(spans) };
}

const asIs = (x: string): string => x;

/**
 * Rebuild the batch's results (in the corpus worker), pooling the short strings in `pool` (as `internDocuments`
 * does for documents that arrive as objects).
 */
export function decodeAnalyses(wire: AnalysisWire, pool: StringPool): FileAnalysis[] {
  const table = wire.strings.map((x) => pool.get(x, asIs));
  const t = (v: unknown): string | null | undefined => (typeof v === 'number' ? table[v]! : (v as null | undefined));
  const list = (v: unknown): string[] => {
    const ids = v as number[];
    const out: string[] = [];
    for (let k = 0; k < ids.length; k++) out.push(table[ids[k]!]!);
    return out;
  };
  const v = wire.values;
  const spans = wire.spans;
  let i = 0;
  let j = 0;
  const out: FileAnalysis[] = [];
  for (const f of wire.files) {
    if (f.raw !== null) {
      internDocuments(f.raw, pool);
      out.push({ documents: f.raw, problems: f.problems });
      continue;
    }
    const documents: CorpusDocument[] = [];
    for (let n = 0; n < f.encoded; n++) {
      const text = v[i + 11] as string;
      const lead = v[i + 10];
      const people: Person[] = [];
      const count = v[i + 16] as number;
      let p = i + 17;
      for (let k = 0; k < count; k++, p += 6) {
        people.push({ name: t(v[p]) as string, title: t(v[p + 1]), role: t(v[p + 2]) as string | null, organisation: t(v[p + 3]) as string | null, speaker: v[p + 4] as boolean, quotes: v[p + 5] as string[] });
      }
      let mentions: Mention[] | undefined;
      const spanCount = spans[j++]!;
      if (spanCount >= 0) {
        mentions = [];
        for (let k = 0; k < spanCount; k++, j += 3) {
          const code = spans[j + 2]!;
          const ref = code >> 2;
          mentions.push({ start: spans[j]!, end: spans[j + 1]!, type: TYPES[code & 3]!, ref: ref === 0 ? null : table[ref - 1]! });
        }
      }
      // One literal, the reader's key order (DOCUMENT_KEYS): see the module comment.
      documents.push({
        id: v[i] as string,
        file: t(v[i + 1]) as string,
        kind: t(v[i + 2]) as CorpusDocument['kind'],
        title: v[i + 3] as string,
        kicker: t(v[i + 4]),
        date: t(v[i + 5]) as string | null,
        dateSource: t(v[i + 6]) as CorpusDocument['dateSource'],
        dateNote: v[i + 7] as string | null | undefined,
        source: t(v[i + 8]) as string | null,
        keywords: list(v[i + 9]),
        lead: typeof lead === 'number' ? (lead === text.length ? text : text.slice(0, lead)) : typeof lead === 'string' ? pool.get(lead, asIs) : (lead as null | undefined),
        text,
        links: v[i + 12] as string[] | undefined,
        author: t(v[i + 13]),
        parent: t(v[i + 14]),
        organisations: list(v[i + 15]),
        people,
        topics: list(v[p]),
        mentions,
        story: t(v[p + 1]),
      });
      i = p + 2;
    }
    out.push({ documents, problems: f.problems });
  }
  return out;
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
