/**
 * Reading a corpus JSON file (what `npm run analyze` prints). Validates each document by hand — the format is
 * small and a schema library would be a dependency for ten checks — and reports problems by field name.
 * Documents that lack a field the dashboard cannot do without (id, kind, title, text) are skipped with a
 * warning; list and nullable fields that are merely absent are filled with their empty value, so hand-written or
 * older files still load.
 */
import type { CorpusDocument, FileProblem, Person } from '../types.ts';
import { neutraliseMarkup } from './cleanText.ts';

/** Result of reading a corpus file. */
export interface CorpusJsonResult {
  documents: CorpusDocument[];
  problems: FileProblem[];
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;
/** Shown per file at most; beyond that one summary line, so a broken 10,000-document file stays readable. */
const MAX_REPORTED = 20;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** Parse and validate a corpus file's text. Never throws. `name` is used in problems; `file` defaults to its base name. */
export function readCorpusJson(text: string, name: string, baseName: string): CorpusJsonResult {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return fail(name, `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isObject(data) || !Array.isArray(data.documents)) {
    return fail(name, 'not a corpus file: expected an object with a "documents" array');
  }
  if (data.version !== undefined && data.version !== 1) {
    return fail(name, `unsupported corpus version ${JSON.stringify(data.version)} (expected 1)`);
  }
  const documents: CorpusDocument[] = [];
  const problems: FileProblem[] = [];
  let skipped = 0;
  data.documents.forEach((raw, index) => {
    const r = validateDocument(raw, baseName);
    if (typeof r === 'string') {
      skipped++;
      if (skipped <= MAX_REPORTED) problems.push({ file: name, reason: `document ${index} skipped: ${r}`, severity: 'warning' });
    } else documents.push(r);
  });
  if (skipped > MAX_REPORTED) {
    problems.push({ file: name, reason: `${skipped - MAX_REPORTED} more documents skipped`, severity: 'warning' });
  }
  if (documents.length === 0 && data.documents.length > 0) {
    problems.push({ file: name, reason: 'no valid documents in corpus file', severity: 'error' });
  }
  return { documents, problems };
}

function fail(file: string, reason: string): CorpusJsonResult {
  return { documents: [], problems: [{ file, reason, severity: 'error' }] };
}

/** A valid document, or the reason it is not one (naming the field, and the id when known). */
export function validateDocument(raw: unknown, baseName: string): CorpusDocument | string {
  if (!isObject(raw)) return 'not an object';
  const id = raw.id;
  if (typeof id !== 'string' || id === '') return 'missing "id"';
  const bad = (field: string, want: string) => `"${id}": "${field}" must be ${want}`;
  if (raw.kind !== 'article' && raw.kind !== 'teaser') return bad('kind', '"article" or "teaser"');
  if (typeof raw.title !== 'string') return bad('title', 'a string');
  if (typeof raw.text !== 'string') return bad('text', 'a string');
  const date = raw.date ?? null;
  if (date !== null && (typeof date !== 'string' || !ISO_DATE.test(date))) return bad('date', 'YYYY-MM-DD, YYYY-MM or null');
  const dateSource = raw.dateSource ?? (date === null ? null : 'stated');
  if (dateSource !== null && dateSource !== 'stated' && dateSource !== 'inferred') return bad('dateSource', '"stated", "inferred" or null');
  for (const f of ['file', 'source', 'kicker', 'dateNote', 'lead', 'author', 'parent', 'story'] as const) {
    if (raw[f] !== undefined && !isNullableString(raw[f])) return bad(f, 'a string or null');
  }
  for (const f of ['keywords', 'organisations', 'topics', 'links'] as const) {
    if (raw[f] !== undefined && !isStringArray(raw[f])) return bad(f, 'a list of strings');
  }
  const people = raw.people ?? [];
  if (!Array.isArray(people) || !people.every(isPerson)) return bad('people', 'a list of persons ({ name, role, organisation, speaker, quotes })');
  if (raw.mentions !== undefined && !Array.isArray(raw.mentions)) return bad('mentions', 'a list');
  // Spread keeps optional fields (mentions, story, …) the reader does not interpret.
  return {
    ...(raw as object),
    id,
    file: typeof raw.file === 'string' ? raw.file : baseName,
    kind: raw.kind,
    // Length-preserving, so mention offsets into `text` stay valid.
    title: neutraliseMarkup(raw.title),
    date,
    dateSource,
    source: (raw.source as string | null | undefined) ?? null,
    keywords: (raw.keywords as string[] | undefined) ?? [],
    text: neutraliseMarkup(raw.text),
    organisations: (raw.organisations as string[] | undefined) ?? [],
    people: (people as Person[]).map(normalisePerson),
    topics: (raw.topics as string[] | undefined) ?? [],
  } as CorpusDocument;
}

function normalisePerson(p: Person): Person {
  return { ...p, role: p.role ?? null, organisation: p.organisation ?? null, speaker: p.speaker ?? false, quotes: p.quotes ?? [] };
}

function isPerson(p: unknown): p is Person {
  return (
    isObject(p) &&
    typeof p.name === 'string' &&
    isNullableString(p.role ?? null) &&
    isNullableString(p.organisation ?? null) &&
    (p.speaker === undefined || typeof p.speaker === 'boolean') &&
    (p.quotes === undefined || isStringArray(p.quotes))
  );
}
