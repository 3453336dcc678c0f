/**
 * Entity extraction for one document: organisations, people (with role, organisation, speaker flag and quotes)
 * and the mention spans the reader view marks. Pure and total: any input yields a document, never an exception.
 *
 * Decisions:
 * - Organisations come from kicker, title and text, in that reading order. The `Stichwörter` (keywords) are the
 *   author's tags: they never add an organisation by themselves, because a tag without a mention in the article
 *   would show up as a co-mention the reader cannot find. They stay in `keywords` for topics and search.
 * - Short text lines without sentence punctuation (vendor adverts such as `ekom21` or `X GmbH`, lone headings)
 *   contribute no organisations: page furniture is not a co-mention, even when the reader let it through.
 * - Governments and places (Bund, Länder, Landkreis X, Stadt Y) are places, not organisations; named authorities
 *   (`Ministerium für …`, `Landesamt …`, `Bremer Senatsverwaltung`) are organisations. Publishers are not.
 */
import type { CorpusDocument, Mention, Person } from '../types.ts';
import { tokenize } from './tokens.ts';
import { findOrganisations } from './organisations.ts';
import { findPeople } from './people.ts';
import { findQuotes } from './quotes.ts';
import { attributeSpeakers } from './speakers.ts';
import { furnitureLines } from './furniture.ts';

/** Fill `organisations`, `people` and `mentions` of `doc` from its kicker, title and text. */
export function extractDocument(doc: CorpusDocument): CorpusDocument {
  try {
    return extract(doc);
  } catch {
    // Extraction is best effort; a document must never be lost because one heuristic tripped.
    return { ...doc, organisations: [], people: [], mentions: [] };
  }
}

/**
 * Organisations named in a kicker or title. Memoised by the string: kickers repeat (`Vitako`, a section name) and
 * a teaser's title repeats on every page that lists it.
 */
function headingOrganisations(h: string): readonly string[] {
  let names = headingMemo.get(h);
  if (names === undefined) {
    names = findOrganisations(h, tokenize(h)).names;
    if (headingMemo.size > 20_000) headingMemo.clear();
    headingMemo.set(h, names);
  }
  return names;
}
const headingMemo = new Map<string, readonly string[]>();

/** Append the names not yet in `seen` to `list`, in order. */
function addNew(list: string[], seen: Set<string>, names: readonly string[]): void {
  for (const n of names) if (!seen.has(n)) { seen.add(n); list.push(n); }
}

function extract(doc: CorpusDocument): CorpusDocument {
  const text = typeof doc.text === 'string' ? doc.text : '';
  const tokens = tokenize(text);
  const orgs = findOrganisations(text, tokens, furnitureLines(text));
  const heading = [doc.kicker, doc.title].filter((s): s is string => typeof s === 'string' && s.length > 0);
  const organisations: string[] = [];
  const seen = new Set<string>();
  for (const h of heading) addNew(organisations, seen, headingOrganisations(h));
  addNew(organisations, seen, orgs.names);

  const { people: records, mentions: personMentions } = findPeople(text, tokens, orgs.spans);
  const quotes = findQuotes(text);
  const attribution = attributeSpeakers(text, tokens, quotes, records, personMentions);

  const people: Person[] = [];
  records.forEach((p, n) => {
    if (seen.has(p.name)) return; // named as an organisation
    const quotes = attribution.quotes[n] ?? [];
    people.push({ name: p.name, title: p.title, role: p.role, organisation: p.organisation, speaker: attribution.speaker[n] ?? false, quotes });
  });

  const mentions: Mention[] = [];
  for (const o of orgs.spans) mentions.push({ start: o.start, end: o.end, type: 'organisation', ref: o.canonical });
  for (const m of personMentions) mentions.push({ start: m.start, end: m.end, type: 'person', ref: records[m.person]?.name ?? null });
  quotes.forEach((q, n) => {
    const who = attribution.quoteSpeakers[n] ?? [];
    if (q.kind === 'name' || (who.length === 0 && q.kind === 'fragment')) return;
    mentions.push({ start: q.start, end: q.end, type: 'quote', ref: who.length > 0 ? records[who[0]!]?.name ?? null : null });
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...doc, organisations, people, mentions };
}
