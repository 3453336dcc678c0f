/**
 * Topics as readable, editable queries (see `TopicDefinition.query`): the default set for German public-sector
 * IT, a compiler from query text to one regular expression, and assignment of topic ids to documents.
 */
import type { CorpusDocument, TopicDefinition } from './types.ts';
import { foldGerman } from './text/fold.ts';

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
  const hit = matchingTopics(foldedFields(doc), compiled(defs));
  const topics: string[] = [];
  for (let t = 0; t < defs.length; t++) if (hit[t]) topics.push(defs[t]!.id);
  return { ...doc, topics };
}
