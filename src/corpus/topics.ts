/**
 * Topics as readable, editable queries (see `TopicDefinition.query`): the default set for German public-sector
 * IT, a compiler from query text to one regular expression, and assignment of topic ids to documents.
 */
import type { CorpusDocument, TopicDefinition } from './types.ts';
import { foldGerman } from './text/fold.ts';
import { tokenize, WORD_SOURCE, type Token } from './extract/tokens.ts';

/**
 * The default field set. Queries are written to be read: synonyms, the long and the short form, word families
 * via `*`. Short words (KI, OZG, BSI) are exact words, so `KI` does not fire on `Kita` or `Kiel`.
 */
export const DEFAULT_TOPICS: TopicDefinition[] = [
  { id: 'souveraenitaet', label: 'Digitale Souveränität', query: 'Digitale Souveränität, digitaler Souveränität, Datensouveränität, souverän*, Abhängigkeit*, Lock-in, ZenDiS, openDesk' },
  { id: 'ozg', label: 'OZG / Onlinezugangsgesetz', query: 'OZG, OZG-*, Onlinezugangsgesetz*, Onlinezugangs*, Einer für Alle, EfA' },
  { id: 'open-source', label: 'Open Source', query: 'Open Source, Open-Source*, Opensource*, quelloffen*, freie Software' },
  { id: 'cloud', label: 'Cloud', query: 'Cloud*, Verwaltungscloud*' },
  { id: 'datenschutz', label: 'Datenschutz', query: 'Datenschutz*, DSGVO, Datenschutz-Grundverordnung, Datenschützer*, personenbezogen*' },
  { id: 'it-sicherheit', label: 'IT-Sicherheit', query: 'IT-Sicherheit*, Informationssicherheit*, Cybersicherheit*, Cyber-Sicherheit*, Cyberangriff*, Hackerangriff*, Ransomware, BSI, IT-Notfall*, Sicherheitslücke*' },
  { id: 'genossenschaften', label: 'Genossenschaften', query: 'Genossenschaft*, genossenschaftlich*, govdigital, ProVitako' },
  { id: 'registermodernisierung', label: 'Registermodernisierung', query: 'Registermodernisierung*, Register-Modernisierung*, Once Only, Once-Only, Identifikationsnummer*, Melderegister*, Registerzensus' },
  { id: 'schul-it', label: 'Schul-IT / Digitale Bildung', query: 'Schul-IT, Schulträger*, DigitalPakt*, Digitalpakt*, digitale Bildung, digitaler Bildung, digitalen Bildung, Lernplattform*, Schulcloud*, Schul-Cloud*, Bildungsplattform*, Klassenzimmer*' },
  { id: 'ki', label: 'KI', query: 'KI, KI-*, Künstliche Intelligenz, Künstlicher Intelligenz, Künstlichen Intelligenz, Sprachmodell*, Machine Learning, maschinelles Lernen, ChatGPT, Chatbot*' },
  { id: 'portale', label: 'Verwaltungsportale / Serviceportale', query: 'Verwaltungsportal*, Serviceportal*, Service-Portal*, Bürgerportal*, Portalverbund*, Servicekonto*, Bürgerkonto*, Nutzerkonto*, BundID, Gewerbe-Service-Portal*' },
  { id: 'egov-strategie', label: 'E-Government-Strategie', query: 'E-Government-Strategie*, Digitalstrategie*, Digitalisierungsstrategie*, Digitalprogramm*, E-Government-Gesetz*, Zielbild*, Datenstrategie*' },
  { id: 'interkommunal', label: 'Interkommunale Zusammenarbeit', query: 'interkommunal*, Interkommunale Zusammenarbeit, Zweckverb*, kommunaler Schulterschluss, Entwicklergemeinschaft*, gemeinsam mit den Nachbar*' },
  { id: 'smart-city', label: 'Smart City', query: 'Smart City, Smart-City*, Smart Cities, Modellkommune*, vernetzte Stadt, digitale Stadt*, Sensorik' },
  { id: 'fachkraefte', label: 'Fachkräfte / Personal', query: 'Fachkräfte*, Fachkräftemangel, Personalmangel, Nachwuchs*, IT-Fachkräfte*, Arbeitgeberattraktivität' },
  { id: 'open-data', label: 'Open Data / Daten', query: 'Open Data, Open-Data*, offene Daten, Datenplattform*, Datenstrategie*, Data Driven*, datengetrieben*' },
];

const WORD_CHAR = '[\\p{L}\\p{N}]';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Split query text into alternatives: `,` or ` OR ` separate; empty alternatives are ignored. */
export function queryAlternatives(query: string): string[] {
  return query.split(/\s+OR\s+|,/u).map((a) => a.trim()).filter((a) => a.length > 0 && a !== '*');
}

/**
 * One alternative as a regex source over folded text (without the word-start guard), or null when empty.
 * `bare`: without the word-end guard (a superset, for finding candidate positions).
 */
function alternativePattern(a: string, bare = false): string | null {
  const prefix = a.endsWith('*');
  const body = foldGerman(prefix ? a.slice(0, -1) : a).trim();
  if (body.length === 0) return null;
  const pattern = body.split(/\s+/).map(escape).join('\\s+');
  return prefix || bare ? pattern : `${pattern}(?!${WORD_CHAR})`;
}

/**
 * Compile a query to one regex over folded text. Each alternative is matched at a word start; without a trailing
 * `*` it must also end at a word end. Returns null for a query with no usable alternative.
 */
export function compileQuery(query: string): RegExp | null {
  const alts = queryAlternatives(query).map((a) => alternativePattern(a)).filter((a): a is string => a !== null);
  if (alts.length === 0) return null;
  return new RegExp(`(?<!${WORD_CHAR})(?:${alts.join('|')})`, 'u');
}

/** The folded text a document's topics are matched on: title, keywords and text. */
function foldedFields(doc: CorpusDocument): string {
  return foldGerman(`${doc.title ?? ''}\n${(doc.keywords ?? []).join('\n')}\n${doc.text ?? ''}`);
}

// Folding is the expensive part: do it once per document, not once per topic.
const haystacks = new WeakMap<CorpusDocument, string>();
function haystack(doc: CorpusDocument): string {
  let h = haystacks.get(doc);
  if (h === undefined) {
    h = foldedFields(doc);
    haystacks.set(doc, h);
  }
  return h;
}

/** A predicate that tells whether a document matches the topic's query (title, keywords, text). */
export function topicMatcher(def: TopicDefinition): (doc: CorpusDocument) => boolean {
  const re = compileQuery(def.query);
  if (re === null) return () => false;
  return (doc) => re.test(haystack(doc));
}

/**
 * All topics of a definition list as one scan: a single regex with every alternative of every topic (one pass
 * over the text instead of one per topic; no `u` flag and an ASCII word-start guard keep it on irregexp's fast
 * paths), then, where it stops, only the topics with an alternative starting like the text there are confirmed
 * with their exact sticky regex (the scan is a superset: folded text is lower-case).
 */
interface CompiledTopics {
  /** The definitions compiled, with the queries they had, to notice edits made in place. */
  defs: TopicDefinition[];
  queries: string[];
  /**
   * Any alternative of any topic after a character that is not an ASCII letter or digit (the match starts one
   * before the alternative; the Unicode word start is checked in code). Consuming that character instead of a
   * lookbehind `(?<![a-z0-9])` lets irregexp skip the inside of words with one class test per character: half
   * the time of the scan.
   */
  any: RegExp | null;
  /** Any alternative at the start of the text (sticky, tried at 0), where `any` has no character to consume. */
  anyAtStart: RegExp | null;
  /** Per definition: its alternatives anchored at one position (`y`), or null when the query is empty. */
  at: (RegExp | null)[];
  /**
   * First characters of an alternative (up to 3, up to its first space) with the definitions having one, by the
   * key's first code unit: compared in place where the scan stops (no substring per stop).
   */
  byFirst: Map<number, { key: string; topics: number[] }[]>;
}

function compileTopics(defs: TopicDefinition[]): CompiledTopics {
  const all: string[] = [];
  const byStart = new Map<string, number[]>();
  const at = defs.map((def, t) => {
    const queryAlts = queryAlternatives(def.query);
    const alts = queryAlts.map((a) => alternativePattern(a)).filter((a): a is string => a !== null);
    for (const a of queryAlts) {
      const bare = alternativePattern(a, true);
      if (bare === null) continue;
      all.push(bare);
      const body = foldGerman(a.endsWith('*') ? a.slice(0, -1) : a).trim();
      const key = body.split(/\s/u)[0]!.slice(0, 3);
      const list = byStart.get(key) ?? [];
      if (!list.includes(t)) list.push(t);
      byStart.set(key, list);
    }
    return alts.length > 0 ? new RegExp(`(?:${alts.join('|')})`, 'uy') : null;
  });
  const byFirst = new Map<number, { key: string; topics: number[] }[]>();
  for (const [key, topics] of byStart) {
    const list = byFirst.get(key.charCodeAt(0)) ?? [];
    list.push({ key, topics });
    byFirst.set(key.charCodeAt(0), list);
  }
  const alternation = byFirstCharacter(all);
  const any = all.length > 0 ? new RegExp(`[^a-z0-9](?:${alternation})`, 'g') : null;
  const anyAtStart = all.length > 0 ? new RegExp(`(?:${alternation})`, 'y') : null;
  return { defs: [...defs], queries: defs.map((d) => d.query), any, anyAtStart, at, byFirst };
}

/**
 * The alternatives as one alternation grouped by first character (`c(?:loud|hatgpt|…)|d(?:…)`): the same strings,
 * but at each position of the text the regex tries one group per first character instead of every alternative.
 * Patterns starting with an escape stay whole.
 */
function byFirstCharacter(patterns: string[]): string {
  const groups = new Map<string, string[]>();
  const whole: string[] = [];
  for (const p of patterns) {
    if (p.startsWith('\\')) { whole.push(p); continue; }
    const list = groups.get(p[0]!) ?? [];
    list.push(p.slice(1));
    groups.set(p[0]!, list);
  }
  return [...[...groups].map(([c, rests]) => `${c}(?:${rests.join('|')})`), ...whole].join('|');
}

const compiledCache = new WeakMap<TopicDefinition[], CompiledTopics>();
const WORD_BEFORE_RE = /[\p{L}\p{N}]$/u;

function compiled(defs: TopicDefinition[]): CompiledTopics {
  const c = compiledCache.get(defs);
  if (c && sameDefinitions(c, defs)) return c;
  const fresh = compileTopics(defs);
  compiledCache.set(defs, fresh);
  return fresh;
}

/** `c` was compiled from these very definitions, with these queries. */
function sameDefinitions(c: CompiledTopics, defs: TopicDefinition[]): boolean {
  if (c.defs.length !== defs.length) return false;
  for (let i = 0; i < defs.length; i++) if (defs[i] !== c.defs[i] || defs[i]!.query !== c.queries[i]) return false;
  return true;
}

/** True when a letter or digit (a code point, surrogate pairs included) ends right before `p`. */
function wordBefore(h: string, p: number): boolean {
  const c = h.charCodeAt(p - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return WORD_BEFORE_RE.test(h.slice(Math.max(0, p - 2), p));
}

/** Per definition: does its query match the folded text `h`? */
function matchingTopics(h: string, c: CompiledTopics): boolean[] {
  // Not `c.at.map(() => false)`: Turbofan's inlined `map` makes a holey array where the unoptimised one made a
  // packed one, so `confirmAt` would meet a new map (and deopt) the moment this function is optimised.
  const hit: boolean[] = [];
  for (let t = 0; t < c.at.length; t++) hit.push(false);
  const { any, anyAtStart } = c;
  if (any === null || anyAtStart === null) return hit;
  let left = 0;
  for (let t = 0; t < c.at.length; t++) if (c.at[t] !== null) left++;
  anyAtStart.lastIndex = 0;
  if (anyAtStart.test(h)) left -= confirmAt(h, 0, c, hit);
  any.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (left > 0 && (m = any.exec(h)) !== null) {
    const p = m.index + 1; // where the alternative starts
    any.lastIndex = p; // overlapping matches of other topics may start inside this one (consuming the one at p)
    if (wordBefore(h, p)) continue;
    left -= confirmAt(h, p, c, hit);
  }
  return hit;
}

/** Confirm the topics that may match at `p` with their exact regex; marks them in `hit`, returns how many. */
function confirmAt(h: string, p: number, c: CompiledTopics, hit: boolean[]): number {
  // Index loops: destructuring `for … of` compiled the iterator protocol into this and every function inlining it.
  let found = 0;
  const keys = c.byFirst.get(h.charCodeAt(p));
  if (keys === undefined) return 0;
  for (let k = 0; k < keys.length; k++) {
    const { key, topics } = keys[k]!;
    if (!h.startsWith(key, p)) continue;
    for (let j = 0; j < topics.length; j++) {
      const t = topics[j]!;
      const re = c.at[t];
      if (hit[t] || !re) continue;
      re.lastIndex = p;
      if (re.test(h)) { hit[t] = true; found++; }
    }
  }
  return found;
}

/** The document with `topics` set to the ids of the matching definitions, in definition order. */
export function assignTopics(doc: CorpusDocument, defs: TopicDefinition[]): CorpusDocument {
  // Not through the `haystack` cache: the document returned is a new object, so nobody asks about this one again,
  // and a weak map entry per document costs the collector work (ephemerons) for nothing.
  return { ...doc, topics: topicIds(matchingTopics(foldedFields(doc), compiled(defs)), defs) };
}

function topicIds(hit: boolean[], defs: TopicDefinition[]): string[] {
  const topics: string[] = [];
  for (let t = 0; t < defs.length; t++) if (hit[t]) topics.push(defs[t]!.id);
  return topics;
}

/*
 * Topics from tokens. Extraction has tokenised the text already (extract/tokens.ts), and a corpus repeats a few
 * thousand words: deciding once per distinct word which alternatives it matches replaces folding every text and
 * scanning it with the alternation (≈ 10 % of an ingest's CPU in Chromium, 2,000 pages: the largest item after the
 * tokenizer). The result is the regex's, by construction, for texts and alternatives of the kinds below; anything
 * else takes the regex (`assignTopics`):
 * - An alternative starts at a word start of the folded text: a character that is no letter or digit comes before.
 *   The only such characters inside a token are its inner `-` `.` `'` `’`, so it starts at a token's start or after
 *   one of those ("sub-start").
 * - Every alternative's words have a token's shape (letters and digits, inner `-` `.` `'` `’`, maybe a final `-`):
 *   a word then lies inside one token, and the `\s+` between words is the whitespace between two word tokens (every
 *   other character is a token of its own, and the fields are joined by line breaks).
 * - Folding a token alone gives the same characters as folding the text around it (ae/oe/ue never span a token
 *   boundary), except where folding joins what the tokenizer split: a combining accent (U+0300–U+036F) is dropped
 *   by folding but is a token of its own here; and characters from U+0370 on outside the punctuation block
 *   (Greek final sigma, decompositions) are left to the regex too. Such a text goes the regex way.
 */

/** Characters for which folding a token alone may differ from folding the text (see above). */
// Code units, not code points (no `u`): surrogates, and so every character beyond U+FFFF, are among them.
const NOT_TOKEN_FOLDABLE_RE = /[\u0300-\u1fff\u20d0-\uffff]/;
/** A word of an alternative that lies within one token (tokens.ts' word shape). */
const TOKEN_SHAPED_RE = new RegExp(`^(?:${WORD_SOURCE})$`, 'u');

interface SingleAlternative {
  body: string;
  /** A prefix (`Cloud*`): no word end required. */
  star: boolean;
  topic: number;
}
interface MultiAlternative {
  words: string[];
  star: boolean;
  topic: number;
}
/** What one distinct token matches (for one compiled set). */
interface WordTopics {
  /** The token as written. */
  s: string;
  folded: string;
  /** Topics with a one-word alternative at one of its sub-starts. */
  hits: number[];
  /** Multi-word alternatives whose first word is the token from one of its sub-starts to its end. */
  starts: number[];
}
interface TokenTopics {
  singles: Map<number, SingleAlternative[]>;
  multis: MultiAlternative[];
  multisByFirst: Map<number, number[]>;
  /** By token id (tokens.ts); an entry may be of another word that had the id before the word table started over. */
  words: (WordTopics | undefined)[];
}

const NO_NUMBERS: number[] = [];
const tokenTopicsCache = new WeakMap<CompiledTopics, TokenTopics | null>();

/** The token form of a compiled set, or null when an alternative is not token-shaped. */
function tokenTopics(c: CompiledTopics): TokenTopics | null {
  let tt = tokenTopicsCache.get(c);
  if (tt !== undefined) return tt;
  tt = { singles: new Map(), multis: [], multisByFirst: new Map(), words: [] };
  for (let t = 0; t < c.defs.length && tt !== null; t++) {
    for (const a of queryAlternatives(c.defs[t]!.query)) {
      const star = a.endsWith('*');
      const words = foldGerman(star ? a.slice(0, -1) : a).trim().split(/\s+/u).filter((w) => w.length > 0);
      if (words.length === 0) continue;
      if (!words.every((w) => TOKEN_SHAPED_RE.test(w))) {
        tt = null;
        break;
      }
      const first = words[0]!.charCodeAt(0);
      if (words.length === 1) {
        const list = tt.singles.get(first) ?? [];
        list.push({ body: words[0]!, star, topic: t });
        tt.singles.set(first, list);
      } else {
        const list = tt.multisByFirst.get(first) ?? [];
        list.push(tt.multis.length);
        tt.multisByFirst.set(first, list);
        tt.multis.push({ words, star, topic: t });
      }
    }
  }
  tokenTopicsCache.set(c, tt);
  return tt;
}

const isSeparator = (c: number): boolean => c === 45 || c === 46 || c === 39 || c === 0x2019; // - . ' ’

function wordTopics(tt: TokenTopics, tok: Token): WordTopics {
  let w = tt.words[tok.id];
  // The same string object for tokens of one table; an equal string from before the table started over is fine too.
  if (w === undefined || w.s !== tok.s) {
    w = computeWordTopics(tt, tok.s);
    tt.words[tok.id] = w;
  }
  return w;
}

function computeWordTopics(tt: TokenTopics, s: string): WordTopics {
  const folded = foldGerman(s);
  let hits: number[] | null = null;
  let starts: number[] | null = null;
  for (let k = 0; k < folded.length; k++) {
    if (k > 0 && !isSeparator(folded.charCodeAt(k - 1))) continue; // not a sub-start
    const c = folded.charCodeAt(k);
    const singles = tt.singles.get(c);
    if (singles !== undefined) {
      for (const a of singles) {
        if (!folded.startsWith(a.body, k)) continue;
        const after = k + a.body.length;
        // Without `*` the word must end: at the token's end or at an inner separator (no letter or digit next).
        if (!a.star && after < folded.length && !isSeparator(folded.charCodeAt(after))) continue;
        if (!(hits ??= []).includes(a.topic)) hits.push(a.topic);
      }
    }
    const multis = tt.multisByFirst.get(c);
    if (multis !== undefined) {
      for (const m of multis) {
        const w0 = tt.multis[m]!.words[0]!;
        // The first word is followed by whitespace: it runs to the token's end.
        if (folded.length - k === w0.length && folded.startsWith(w0, k)) (starts ??= []).push(m);
      }
    }
  }
  return { s, folded, hits: hits ?? NO_NUMBERS, starts: starts ?? NO_NUMBERS };
}

/**
 * Tokens of a title or keyword, remembered: a site's teasers repeat on page after page (at 10,000 generated pages,
 * 31,899 teasers have 7,576 distinct texts), and so do their titles.
 */
function fieldTokens(s: string): Token[] {
  let tokens = fieldMemo.get(s);
  if (tokens === undefined) {
    tokens = tokenize(s);
    if (fieldMemo.size >= 20_000) fieldMemo = new Map();
    fieldMemo.set(s, tokens);
  }
  return tokens;
}
let fieldMemo = new Map<string, Token[]>();

/** The tokens of one field, in the order the regex's haystack joins them (title, keywords, text). */
type Fields = readonly (readonly Token[])[];

/** Does multi-word alternative `m` continue after field `f`, token `i` (its first word)? */
function multiMatches(tt: TokenTopics, m: MultiAlternative, fields: Fields, f: number, i: number): boolean {
  let tokens = fields[f]!;
  for (let w = 1; w < m.words.length; w++) {
    let next: Token | undefined;
    if (i + 1 < tokens.length) {
      // Two word tokens are never adjacent (they would be one), and anything but whitespace between tokens is a token
      // itself: a word token next means whitespace between.
      next = tokens[++i]!;
    } else {
      // The next field's first token, after the line break that joins the fields.
      do f++; while (f < fields.length && fields[f]!.length === 0);
      if (f >= fields.length) return false;
      tokens = fields[f]!;
      i = 0;
      next = tokens[0]!;
    }
    if (!next.word) return false;
    const folded = wordTopics(tt, next).folded;
    const want = m.words[w]!;
    if (w < m.words.length - 1) {
      if (folded !== want) return false; // a middle word has whitespace on both sides: the whole token
    } else if (!folded.startsWith(want) || (!m.star && folded.length > want.length && !isSeparator(folded.charCodeAt(want.length)))) {
      return false;
    }
  }
  return true;
}

/**
 * The topic ids of a document from the tokens of its text (as `tokenize(doc.text)` gives them), the same as
 * `assignTopics` gives; null when the document or the definitions are of a kind left to the regex (see above).
 */
export function topicsFromTokens(doc: CorpusDocument, defs: TopicDefinition[], textTokens: readonly Token[]): string[] | null {
  const title: unknown = doc.title;
  const keywords: unknown = doc.keywords;
  if (typeof doc.text !== 'string' || (title != null && typeof title !== 'string')) return null;
  if (keywords != null && !(Array.isArray(keywords) && keywords.every((k) => typeof k === 'string'))) return null;
  const c = compiled(defs);
  const tt = tokenTopics(c);
  if (tt === null) return null;
  const kw = (keywords ?? []) as string[];
  if (NOT_TOKEN_FOLDABLE_RE.test(doc.text) || (typeof title === 'string' && NOT_TOKEN_FOLDABLE_RE.test(title))) return null;
  for (let k = 0; k < kw.length; k++) if (NOT_TOKEN_FOLDABLE_RE.test(kw[k]!)) return null;
  const fields: (readonly Token[])[] = [typeof title === 'string' && title.length > 0 ? fieldTokens(title) : []];
  for (let k = 0; k < kw.length; k++) fields.push(fieldTokens(kw[k]!));
  fields.push(textTokens);
  const hit: boolean[] = [];
  for (let t = 0; t < defs.length; t++) hit.push(false);
  for (let f = 0; f < fields.length; f++) {
    const tokens = fields[f]!;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (!tok.word) continue;
      const w = wordTopics(tt, tok);
      for (let j = 0; j < w.hits.length; j++) hit[w.hits[j]!] = true;
      for (let j = 0; j < w.starts.length; j++) {
        const m = tt.multis[w.starts[j]!]!;
        if (!hit[m.topic] && multiMatches(tt, m, fields, f, i)) hit[m.topic] = true;
      }
    }
  }
  return topicIds(hit, defs);
}
