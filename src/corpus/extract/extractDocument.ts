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
import type { CorpusDocument, Mention, Person, TopicDefinition } from '../types.ts';
import { tokenize, type Token } from './tokens.ts';
import { findOrganisations, shortFormOf, variantKey, type OrgResult, type OrgSpan } from './organisations.ts';
import { findPeople, type PersonMention, type PersonRecord } from './people.ts';
import { findQuotes, type QuoteSpan } from './quotes.ts';
import { attributeSpeakers, type Attribution } from './speakers.ts';
import { furnitureLines } from './furniture.ts';
import { flatString } from '../aggregate/compactStrings.ts';
import { assignTopics, topicsFromTokens } from '../topics.ts';

/**
 * Fill `organisations`, `people` and `mentions` of `doc` from its kicker, title and text; with `topics`, also
 * `topics` (as `assignTopics` does, from the tokens extraction makes anyway: see topics.ts).
 */
export function extractDocument(doc: CorpusDocument, topics?: TopicDefinition[]): CorpusDocument {
  try {
    return extract(doc, topics);
  } catch {
    // Extraction is best effort; a document must never be lost because one heuristic tripped.
    const bare = { ...doc, organisations: [], people: [], mentions: [] };
    return topics ? assignTopics(bare, topics) : bare;
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

// `extract` is the sequence of steps; what each step collects is built in a function of its own (the whole took
// ≈ 40-60 ms to compile, and the closures passed to forEach/filter were compiled into it each time).

function extract(doc: CorpusDocument, topics: TopicDefinition[] | undefined): CorpusDocument {
  const text = typeof doc.text === 'string' ? doc.text : '';
  const f = doc.kind === 'teaser' && text.length <= TEASER_MEMO_TEXT ? teaserFindings(text) : textFindings(text);
  const seen = new Set<string>();
  const organisations = organisationsOf(doc, f.orgs.names, seen);
  const people = peopleOf(f.records, f.attribution, seen, doc.title);
  const mentions = mentionsOf(f.orgs.spans, f.personMentions, f.records, f.quotes, f.attribution);
  if (!topics) return { ...doc, organisations, people, mentions };
  const ids = topicsFromTokens(doc, topics, f.tokens);
  if (ids === null) return assignTopics({ ...doc, organisations, people, mentions }, topics);
  return { ...doc, organisations, people, mentions, topics: ids };
}

/**
 * What the text alone yields; the document's own fields are built from it in `extract`, so findings can be shared
 * by documents with the same text (nothing in them is handed out).
 */
interface TextFindings {
  /** The text's tokens (topics.ts matches on them too). */
  tokens: Token[];
  orgs: OrgResult;
  records: PersonRecord[];
  personMentions: PersonMention[];
  quotes: QuoteSpan[];
  attribution: Attribution;
}

function textFindings(text: string): TextFindings {
  const tokens = tokenize(text);
  const orgs = findOrganisations(text, tokens, furnitureLines(text));
  const { people: records, mentions: personMentions } = findPeople(text, tokens, orgs.spans);
  const quotes = findQuotes(text);
  const attribution = attributeSpeakers(text, tokens, quotes, records, personMentions);
  return { tokens, orgs, records, personMentions, quotes, attribution };
}

/**
 * A site lists the same teasers ("Weitere Meldungen") on page after page, each time as a document of its own: at
 * 10,000 generated pages, 31,899 teasers have 7,576 distinct texts. Their findings are remembered by the text
 * (teasers up to `TEASER_MEMO_TEXT` characters; the memo starts over past `TEASER_MEMO_CHARS` characters of keys).
 *
 * Remembered findings are made on a copy of the text that owns its characters: a teaser's text is cut from its page,
 * and V8 keeps the whole page alive for as long as the cut, or any name or quote cut from it, is kept. Made on the
 * page's text, the memo held 36 MB more at 10,000 pages (Node, heap after collection).
 */
const TEASER_MEMO_TEXT = 2_000;
const TEASER_MEMO_CHARS = 1_000_000;
let teaserMemo = new Map<string, TextFindings>();
let teaserMemoChars = 0;

function teaserFindings(text: string): TextFindings {
  let f = teaserMemo.get(text);
  if (f === undefined) {
    const own = flatString(text);
    f = textFindings(own);
    if (teaserMemoChars + text.length > TEASER_MEMO_CHARS) {
      teaserMemo = new Map();
      teaserMemoChars = 0;
    }
    teaserMemo.set(own, f);
    teaserMemoChars += text.length;
  }
  return f;
}

/** Organisations of the kicker, the title and the text (`names`), in that order, each once; `seen` gets them all. */
function organisationsOf(doc: CorpusDocument, names: readonly string[], seen: Set<string>): string[] {
  const organisations: string[] = [];
  if (typeof doc.kicker === 'string' && doc.kicker.length > 0) addNew(organisations, seen, inText(headingOrganisations(doc.kicker), names));
  if (typeof doc.title === 'string' && doc.title.length > 0) addNew(organisations, seen, inText(headingOrganisations(doc.title), names));
  addNew(organisations, seen, names);
  return organisations;
}

/**
 * A heading's names, each as the text writes it in full where the heading shortens it (`Kommunales Rechenzentrum
 * Oberweser zieht um` over `Der Zweckverband Kommunales Rechenzentrum Oberweser (KRO) hat …`; `Zweckverband
 * Moorland und …` over `Der Zweckverband Digitale Verwaltung Moorland …`).
 */
function inText(heading: readonly string[], names: readonly string[]): readonly string[] {
  if (heading.length === 0 || names.length === 0) return heading;
  let out: string[] | null = null;
  for (let i = 0; i < heading.length; i++) {
    const h = heading[i]!;
    if (names.includes(h)) continue;
    const kh = variantKey(h);
    const spaced = kh.includes(' ');
    for (const n of names) {
      // The same name with its legal form (`Fachverband Kommunale Digitalisierung e.V.`) or a declined word, or a
      // longer name it ends (`Städtetag`, two words or more), or its short form.
      const kn = variantKey(n);
      if (kn === kh || (spaced && (kn.endsWith(` ${kh}`) || shortFormOf(h, n, names)))) {
        out ??= heading.slice();
        out[i] = n;
        break;
      }
    }
  }
  return out ?? heading;
}

/** A title that is one quotation as a whole. */
const QUOTED_TITLE_RE = /^[„"»«“‚]([^„"»«“”]+)[“"«»”‘]$/u;

/** The people records as persons of the document, except names that are organisations (`seen`). */
function peopleOf(records: PersonRecord[], attribution: Attribution, seen: Set<string>, title: unknown): Person[] {
  const people: Person[] = [];
  for (let n = 0; n < records.length; n++) {
    const p = records[n]!;
    if (seen.has(p.name)) continue; // named as an organisation
    // A copy: the findings may be a teaser's, shared with its twins on other pages (see `teaserFindings`).
    const quotes = attribution.quotes[n]?.slice() ?? [];
    // An interview headed by a quote: `„Wir müssen aufhören, Papier zu digitalisieren“` is the interviewee's.
    if (n === attribution.interviewee && typeof title === 'string') {
      const headline = QUOTED_TITLE_RE.exec(title.trim())?.[1]?.trim();
      if (headline && /\s\S+\s/u.test(headline) && !quotes.includes(headline)) quotes.unshift(headline);
    }
    people.push({ name: p.name, title: p.title, role: p.role, organisation: p.organisation, speaker: attribution.speaker[n] ?? false, quotes });
  }
  return people;
}

/** The mention spans the reader marks: organisations, persons and attributed quotes, in reading order. */
function mentionsOf(
  orgSpans: readonly OrgSpan[], personMentions: PersonMention[], records: PersonRecord[], quotes: QuoteSpan[], attribution: Attribution,
): Mention[] {
  const mentions: Mention[] = [];
  for (const o of orgSpans) mentions.push({ start: o.start, end: o.end, type: 'organisation', ref: o.canonical });
  for (const m of personMentions) mentions.push({ start: m.start, end: m.end, type: 'person', ref: records[m.person]?.name ?? null });
  for (let n = 0; n < quotes.length; n++) {
    const q = quotes[n]!;
    const who = attribution.quoteSpeakers[n] ?? [];
    if (q.kind === 'name' || (who.length === 0 && q.kind === 'fragment')) continue;
    mentions.push({ start: q.start, end: q.end, type: 'quote', ref: who.length > 0 ? records[who[0]!]?.name ?? null : null });
  }
  mentions.sort(byStartThenLongest);
  return mentions;
}

function byStartThenLongest(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end;
}
