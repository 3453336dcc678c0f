/**
 * Organisations in one text: lexicon hits, organisations found by their form (legal form, institution noun,
 * `Long Name (ABBR)`), document-local aliases (the abbreviation, the name without its legal form) and anaphors
 * (`des Zweckverbands` → the Zweckverband named before). Returns spans with canonical names.
 */
import { matchLexicon, lexiconCanonical, PUBLISHERS } from './orgLexicon.ts';
import {
  CAPITALISED_FUNCTION_WORDS, isGenericDescriptor, NAME_CONNECTORS, headGender, institutionHead, nominativeAdjective,
  nominativeNoun, type Gender,
} from './institutionWords.ts';
import type { Token } from './tokens.ts';
import { tokenAtIndex, tokenIs } from './tokens.ts';
import { foldGerman } from '../text/fold.ts';
import { isFirstName } from './firstNames.ts';

/** An organisation mention in the text. */
export interface OrgSpan {
  start: number;
  end: number;
  canonical: string;
  /** How it was found; decides which of two overlapping spans wins. */
  via: 'lexicon' | 'alias' | 'form' | 'anaphor';
  /** True in `Vitako-Mitglied regio iT`: the organisation is named as what another one is a member of. */
  memberOf?: boolean;
}

/**
 * A span with every field set (`memberOf` false until found otherwise): all spans share one object shape, so the
 * code that sorts, filters and compares them sees one kind of object, and setting `memberOf` later changes none.
 */
function orgSpan(start: number, end: number, canonical: string, via: OrgSpan['via']): OrgSpan {
  return { start, end, canonical, via, memberOf: false };
}

const PRIORITY: Record<OrgSpan['via'], number> = { lexicon: 3, alias: 2, form: 1, anaphor: 0 };
const ABBR_RE = /^\p{Lu}[\p{L}\d.\-]{1,11}$/u;
const ADJECTIVE_RE = /^\p{Lu}\p{Ll}{2,}(?:e|en|er|es|em)$/u;
const LOWER_ADJECTIVE_RE = /^\p{Ll}{3,}(?:e|en|er|es|em)$/u;
/** Stems of adjectives too generic to start a name (`Neue Genossenschaft soll …`), any ending. */
const GENERIC_ADJECTIVES = new Set(['Neu', 'Groß', 'Gemeinsam', 'Weiter', 'Erst', 'Eigen', 'Bisherig', 'Zentral', 'All', 'Ander', 'Beid', 'Mehrer', 'Verschieden', 'Zahlreich', 'Einzeln', 'Klein', 'Einig', 'Jeweilig', 'Zuständig', 'Künftig', 'Heutig', 'Digital', 'Modern']);
/** Common-noun endings: a direct tail like `Verband Infrastrukturen` is not a name. */
const COMMON_NOUN_RE = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|uren|ismus|nis|nisse|tum|mente|ien)$/u;
const DETERMINERS = new Set(['alle', 'allen', 'aller', 'die', 'den', 'dem', 'der', 'des', 'eine', 'einen', 'einem', 'einer', 'diese', 'diesen', 'dieser', 'jede', 'jeden', 'jeder', 'seine', 'seinen', 'ihre', 'ihren', 'unsere', 'unseren', 'weitere', 'weiteren', 'neue', 'neuen', 'eigene', 'eigenen', 'beiden', 'mehrere', 'mehreren', 'vielen', 'einige', 'einigen', 'andere', 'anderen']);
/** Heads that, alone, are too vague to be an anaphor (`das Netzwerk`, `die Konferenz`). */
const ANAPHOR_HEADS = new Set(['zweckverband', 'landesamt', 'bundesamt', 'genossenschaft', 'verband', 'ministerium', 'hochschule', 'universität', 'verein', 'anstalt', 'institut', 'datenzentrale', 'dachverband']);

const countsAsNameWord = (t: Token): boolean => t.info.orgName;

/** Result of {@link findOrganisations}: spans in reading order and the document-local alias table. */
export interface OrgResult {
  spans: OrgSpan[];
  /** Canonical names in order of first mention. */
  names: string[];
}

/**
 * Find organisations in `text` (already tokenised). `skip(offset)` tells whether an offset lies in a line that is
 * furniture (a vendor advert line, a lone heading); spans there are dropped.
 */
export function findOrganisations(text: string, tokens: Token[], skip: (offset: number) => boolean = () => false): OrgResult {
  const spans: OrgSpan[] = [];
  for (const h of matchLexicon(text, tokens)) spans.push(orgSpan(h.start, h.end, h.canonical, 'lexicon'));
  const aliases = new Map<string, string>(); // surface → canonical, document-local
  for (const s of discoverByForm(text, tokens, spans, aliases)) spans.push(s);
  addAliasSpans(text, aliases, spans);
  const kept = withoutSkipped(resolveOverlaps(spans), skip);
  mergeVariants(kept);
  addAnaphors(tokens, kept);
  for (const s of kept) if (text.startsWith('-Mitglied', s.end)) s.memberOf = true;
  kept.sort(byStart);
  return { spans: kept, names: distinctNames(kept) };
}

// The steps' closures (filter, sort, some) are loops and module functions: compiled into findOrganisations they
// made one compile of it cost ≈ 50-80 ms.

/** The spans not in a skipped line (page furniture) and not naming a publisher. */
function withoutSkipped(spans: OrgSpan[], skip: (offset: number) => boolean): OrgSpan[] {
  const out: OrgSpan[] = [];
  for (const s of spans) if (!skip(s.start) && !PUBLISHERS.has(s.canonical.toLowerCase())) out.push(s);
  return out;
}

function byStart(a: OrgSpan, b: OrgSpan): number {
  return a.start - b.start;
}

/** A name's words without legal form, folded, endings cut: `Kommunalen Geodatenverbunds` ≈ `Kommunaler Geodatenverbund`. */
export function variantKey(name: string): string {
  // Memoised: the same names recur in thousands of documents, and every document with two names asks.
  let key = variantKeys.get(name);
  if (key === undefined) {
    key = foldGerman(name.replace(LEGAL_SUFFIX_RE, '')).split(/\s+/u).map((w) => w.replace(/(?:e|en|er|es|em|s)$/u, '')).join(' ');
    if (variantKeys.size > 50_000) variantKeys.clear();
    variantKeys.set(name, key);
  }
  return key;
}
const variantKeys = new Map<string, string>();

/**
 * `Zweckverband Moorland` for `Zweckverband Digitale Verwaltung Moorland` (a headline's short form): two words, an
 * institution noun and the place, that begin and end exactly one longer name of the text.
 */
export function shortFormOf(a: string, b: string, all: readonly string[]): boolean {
  const wa = a.split(' ');
  if (wa.length !== 2 || institutionHead(wa[0]!) === null) return false;
  const fits = (n: string) => {
    const wn = n.replace(LEGAL_SUFFIX_RE, '').split(' ');
    // Not a phrase about the place (`Digitalrat der Kleinstadt Wiesenau`): that is no name the short one stands for.
    return wn.length > 2 && wn[0] === wa[0] && wn[wn.length - 1] === wa[1] && !/^(?:der|des|dem|den)$/u.test(wn[1]!);
  };
  return fits(b) && all.filter(fits).length === 1;
}

/** What follows an authority's name to say whose it is: `… des Landes Nordmark`, `… der Stadt Hafenau`. */
const OF_ITS_LAND_RE = /^\s+(?:des\s+(?:Landes|Freistaate?s|Bundes|Kreises|Landkreises)|der\s+(?:Stadt|Hansestadt|Freien\s+und\s+Hansestadt|Landeshauptstadt))\s/u;

/**
 * One organisation written two ways in one text gets one name: the same name with the Land or town it belongs to
 * (`Ministerium für Digitalisierung` and `… des Landes Nordmark`), a name that is the end of a longer one
 * (`Kommunales Rechenzentrum Oberweser` in a title, `Zweckverband Kommunales Rechenzentrum Oberweser` in the text;
 * two words at least), and a place or part named after one (`Rechenzentrum der Kommunalen Informationsverarbeitung
 * Harzvorland` → `Kommunale Informationsverarbeitung Harzvorland AöR`). Names from the lexicon are never renamed.
 */
function mergeVariants(spans: OrgSpan[]): void {
  const names: string[] = [];
  for (const s of spans) if (s.via !== 'lexicon' && s.via !== 'anaphor' && !names.includes(s.canonical)) names.push(s.canonical);
  if (names.length === 0) return;
  const all: string[] = [];
  for (const s of spans) if (s.via !== 'anaphor' && !all.includes(s.canonical)) all.push(s.canonical);
  if (all.length < 2) return;
  const partOf = (n: string) => /^\S+ (?:der|des) (.+)$/u.exec(n.replace(LEGAL_SUFFIX_RE, ''))?.[1] ?? null;
  const rename = new Map<string, string>();
  for (const a of names) {
    if (!a.includes(' ')) continue; // one word: neither the end of another name nor a part-of phrase
    const ka = variantKey(a);
    const part = partOf(a);
    const kPart = part === null ? null : variantKey(part);
    for (const b of all) {
      if (b === a) continue;
      const kb = variantKey(b);
      // Not into a part-of phrase: `Kommunale Informationsverarbeitung Harzvorland` ends `Rechenzentrum der …` too.
      const suffix = ka.includes(' ') && kb.length > ka.length && kb.endsWith(` ${ka}`) && partOf(b) === null;
      // `Ministerium für Digitalisierung` in a contact line, `… des Landes Nordmark` in the text.
      const ofItsLand = b.startsWith(`${a} `) && OF_ITS_LAND_RE.test(b.slice(a.length));
      if (suffix || ofItsLand || kPart === kb || shortFormOf(a, b, all)) {
        rename.set(a, b);
        break;
      }
    }
  }
  for (const s of spans) {
    const to = s.via === 'lexicon' ? undefined : rename.get(s.canonical);
    if (to !== undefined) s.canonical = to;
  }
}

/** The canonical names of the spans (anaphors aside), each once, in order. */
function distinctNames(spans: OrgSpan[]): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const s of spans) {
    if (s.via === 'anaphor' || seen.has(s.canonical)) continue;
    seen.add(s.canonical);
    names.push(s.canonical);
  }
  return names;
}

/** What {@link register} adds to: the spans found by form, and the document's aliases and merged names. */
interface FormFinds {
  out: OrgSpan[];
  aliases: Map<string, string>;
  /** Folded name without legal form → canonical: merges repeats. */
  byKey: Map<string, string>;
}

const LEGAL_SUFFIX_RE = /\s*(?:gGmbH|GmbH(?:\s*&\s*Co\.\s*KG)?|mbH|mbB|eG|e\.\s?V\.|AöR|KöR|KdöR|gAöR|AG|KG|SE)$/u;

/** A legal form written out (`Die Anstalt des öffentlichen Rechts wurde 2004 gegründet`), not a name. */
const LEGAL_DESCRIPTION_RE = /^(?:Anstalt|Körperschaft|Stiftung)\s+des\s+öffentlichen\s+Rechts$/u;

/** Record an organisation found by its form at [start, end), with its name as written and an optional alias. */
function register(f: FormFinds, start: number, end: number, rawName: string, alias?: string): void {
  const name = rawName.replace(/\s+/g, ' ').trim();
  const withoutLegal = name.replace(LEGAL_SUFFIX_RE, '');
  const key = foldGerman(withoutLegal);
  if (key.length < 3 || LEGAL_DESCRIPTION_RE.test(name)) return;
  const lex = lexiconCanonical(name);
  const canonical = lex ?? f.byKey.get(key) ?? name;
  f.byKey.set(key, canonical);
  f.out.push(orgSpan(start, end, canonical, 'form'));
  // The name without its legal form is how the text refers to it later (`Heide-IT AöR` → `die Heide-IT`).
  const bare = withoutLegal.replace(/^-/, '');
  if (bare !== name && bare.length >= 4 && /\p{Lu}/u.test(bare)) f.aliases.set(bare, canonical);
  if (alias) f.aliases.set(alias, canonical);
}

// discoverByForm's two rules are functions of their own: the whole compiled in 40-50 ms, and recompiled whole when
// a rare branch of either rule ran for the first time in a load.

function discoverByForm(text: string, tokens: Token[], lexiconSpans: OrgSpan[], aliases: Map<string, string>): OrgSpan[] {
  const finds: FormFinds = { out: [], aliases, byKey: new Map() };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) {
      if (t.s === '(') tryParenthesised(text, tokens, i, lexiconSpans, finds);
      continue;
    }
    // 1. Legal form: walk back over the name (`Weserbergland Datenzentrale GmbH`, `Versorgungs- und Verkehrs-GmbH`).
    if (t.info.legal || t.info.gluedLegal || spacedEV(tokens, i)) {
      legalFormName(text, tokens, i, finds);
      continue;
    }
    // 2. Institution noun with an adjective before or a name after it.
    if (!t.cap || !t.info.head) continue;
    i = institutionName(text, tokens, i, finds);
  }
  return finds.out;
}

/**
 * A legal name that reaches back over a connector, from where the walk over its name words stopped (token `j`): the
 * new first token, or `first`. An institution noun and `für`/`der`/`des`, with lower-case adjectives and name words
 * joined by `und` after it: `Institut für Verwaltungsanalyse Rhein-Weser gGmbH`, `Institut für digitale
 * Verwaltungspraxis gGmbH`, `Verband für Schulnetzwerke und Bildungs-IT e.V.`; or a proper word (not an abstract
 * noun) right before `für`: `Verein Code für Lennestein e.V.`.
 */
function startBeforeConnector(tokens: Token[], first: number, j: number, sent: number): number {
  if (first < 0 || first !== j + 1) return first;
  let k = j;
  while (k >= 1 && first - k <= 6 && tokens[k]!.sent === sent && (tokens[k]!.s === 'und' || tokens[k]!.s === ',' || LOWER_ADJECTIVE_RE.test(tokens[k]!.s) || (k < j && countsAsNameWord(tokens[k]!)))) k--;
  const c = tokens[k];
  const h = tokens[k - 1];
  if (!c || !h || c.sent !== sent || h.sent !== sent || !h.cap || !countsAsNameWord(h)) return first;
  if (c.s !== 'für' && c.s !== 'der' && c.s !== 'des') return first;
  const proper = c.s === 'für' && k === j && !COMMON_NOUN_RE.test(h.s) && !h.info.role && !CAPITALISED_FUNCTION_WORDS.has(h.s);
  return h.info.head || proper ? k - 1 : first;
}

/** `e. V.` written with a space: four tokens, `e` `.` `V` `.`. */
function spacedEV(tokens: Token[], i: number): boolean {
  return tokens[i]!.s === 'e' && tokenIs(tokens, i + 1, '.') && tokenIs(tokens, i + 2, 'V') && tokenIs(tokens, i + 3, '.');
}

/** Rule 1: the name before the legal form at token `i` (or glued to it), registered when there is one. */
function legalFormName(text: string, tokens: Token[], i: number, finds: FormFinds): void {
  const t = tokens[i]!;
  const glued = t.info.gluedLegal;
  let end = t.end;
  if (t.s === 'e.V' && tokenIs(tokens, i + 1, '.')) end = tokens[i + 1]!.end;
  if (spacedEV(tokens, i)) end = tokens[i + 3]!.end;
  if (t.s === 'GmbH' && tokenIs(tokens, i + 1, '&') && tokenIs(tokens, i + 2, 'Co') && tokenIs(tokens, i + 4, 'KG')) end = tokens[i + 4]!.end;
  let j = glued ? i : i - 1;
  let first = -1;
  let n = 0;
  while (j >= 0 && n < 6) {
    const u = tokens[j]!;
    if (u.sent !== t.sent) break;
    if (countsAsNameWord(u)) first = j;
    // A trade inside a company's name (`Hesse Brandt Rechtsanwälte PartG mbB`, `Ohm Steuerberater GmbH`), though
    // never its first word: a role word there is the person's (`Geschäftsführer …`).
    else if (u.info.role && u.cap && j > 0 && tokens[j - 1]!.sent === t.sent && countsAsNameWord(tokens[j - 1]!)) first = j;
    else if ((u.s === 'und' || u.s === '&') && j > 0 && tokens[j - 1]!.s.endsWith('-')) first = j;
    else if (u.s === '&' && j > 0 && tokens[j - 1]!.cap && countsAsNameWord(tokens[j - 1]!)) first = j; // `Brückner & Lohse Systemhaus GmbH`
    else if (u.word && /\p{Lu}/u.test(u.s) && /\d/.test(u.s)) first = j; // `ekom21`-like brand tokens
    else break;
    j--;
    n++;
  }
  first = startBeforeConnector(tokens, first, j, t.sent);
  if (first >= 0) {
    while (first < i && isGenericDescriptor(tokens[first]!.s)) first++;
    if (first < i || glued) {
      const start = tokens[first]!.start;
      const surface = text.slice(start, end);
      const name = nominativeName(text, tokens, first, i, end);
      register(finds, start, end, name);
      // Later mentions repeat the form the text uses (`des Kommunalen Geodatenverbunds Nordost`), not the nominative.
      if (name !== surface) {
        const bare = surface.replace(LEGAL_SUFFIX_RE, '').replace(/\s+/g, ' ').trim();
        if (bare.length >= 4) finds.aliases.set(bare, finds.byKey.get(foldGerman(name.replace(LEGAL_SUFFIX_RE, '').replace(/\s+/g, ' ').trim())) ?? name);
      }
    }
  }
}

/** The noun behind a legal form, for its gender: eine Genossenschaft, Gesellschaft, Anstalt; ein Verein. */
const LEGAL_GENDER = new Map<string, Gender>([
  ['eG', 'f'], ['GmbH', 'f'], ['gGmbH', 'f'], ['mbH', 'f'], ['AG', 'f'], ['AöR', 'f'], ['gAöR', 'f'], ['KöR', 'f'],
  ['KdöR', 'f'], ['KG', 'f'], ['SE', 'f'], ['mbB', 'f'], ['e.V', 'm'], ['e', 'm'],
]);
/** Nouns whose ending makes them feminine (`Datenverarbeitung`, `Gesellschaft`, `Informationstechnik`). */
const FEMININE_NOUN_RE = /\p{Ll}(?:ung|heit|keit|schaft|ion|tät|ik)$/u;
/** A declined adjective by its suffix (`Deutschen`, `Kommunalen`, `Öffentlichen`), not a noun in `-en` (`Stadtdaten`). */
const DECLINED_ADJECTIVE_RE = /^\p{Lu}\p{Ll}*(?:isch|sch|lich|al|ell|iv|ig|är|ar)(?:en|em)$/u;
/** Articles and contractions before a name in the genitive or dative. */
const OBLIQUE_ARTICLES = new Set(['der', 'des', 'dem', 'den', 'vom', 'beim', 'zum', 'zur', 'im', 'am']);

/**
 * The name of tokens `first` … up to `end` in the nominative: an institution noun among its words loses its genitive
 * ending and the adjectives right before it take the nominative (`Kommunalen Geodatenverbunds Nordost e.V.` →
 * `Kommunaler Geodatenverbund Nordost e.V.`); a name without one is kept as written.
 */
function nominativeName(text: string, tokens: Token[], first: number, legal: number, end: number): string {
  let headAt = -1;
  for (let u = first; u < legal; u++) if (tokens[u]!.info.head && tokens[u]!.cap) { headAt = u; break; }
  if (headAt < 0) {
    // No institution noun: after an article, a declined first adjective takes the gender of the legal form's noun
    // (`der Deutschen Verwaltungscloud eG` → `Deutsche Verwaltungscloud eG`: eine Genossenschaft).
    const adj = tokens[first]!.s;
    const before = first > 0 ? tokens[first - 1]!.s : '';
    const gender = LEGAL_GENDER.get(tokens[legal]!.s);
    // Not when the noun after it has a genitive `-s` (`des Kommunalen IT-Dienstleisters …`): its own gender decides.
    if (gender && OBLIQUE_ARTICLES.has(before) && DECLINED_ADJECTIVE_RE.test(adj) && first + 1 < legal && !/s$/u.test(tokens[first + 1]!.s)) {
      return nominativeAdjective(adj, gender) + text.slice(tokens[first]!.end, end);
    }
    return text.slice(tokens[first]!.start, end);
  }
  const gender = headGender(tokens[headAt]!.info.head!);
  let name = '';
  for (let u = first; u < headAt; u++) {
    const w = tokens[u]!.s;
    name += ADJECTIVE_RE.test(w) ? nominativeAdjective(w, gender) : w;
    name += text.slice(tokens[u]!.end, tokens[u + 1]!.start);
  }
  return name + nominativeNoun(tokens[headAt]!.s) + text.slice(tokens[headAt]!.end, end);
}

/**
 * Rule 2: a name around the institution noun at token `i` (which has a head): adjectives before it, a proper-name
 * or connector tail after it. Registers it and returns its last token, or returns `i` when there is none.
 */
function institutionName(text: string, tokens: Token[], i: number, finds: FormFinds): number {
  const t = tokens[i]!;
  const gender = headGender(t.info.head!);
  let a = i;
  while (a - 1 >= 0 && i - (a - 1) <= 2) {
    const u = tokens[a - 1]!;
    if (u.sent !== t.sent || !u.word || !ADJECTIVE_RE.test(u.s) || GENERIC_ADJECTIVES.has(u.s.replace(/(?:e|en|er|es|em)$/u, '')) || CAPITALISED_FUNCTION_WORDS.has(u.s) || u.info.role || u.info.firstName) break;
    a--;
  }
  // A plural names a kind of body, not one (`Landes- und Kommunalbehörden`, `seine Grundschulen Schritt für
  // Schritt`, `die Stiftungen Niedersachsens`): a feminine head with `-n`/`-en` (feminine nouns have no ending in
  // the singular), a masculine or neuter one with `-e` (`Vereine`, `Institute`, `Gerichte`).
  if (isPluralHead(t.s, t.info.head!, gender)) return i;
  // `Industrie- und Handelskammer`: a truncated first part joined by `und`.
  if (a >= 2 && tokens[a - 1]!.s === 'und' && tokens[a - 2]!.s.endsWith('-') && tokens[a - 2]!.sent === t.sent) a -= 2;
  let e = i; // last token of the name
  // Direct proper-name tail: `Hochschule Weserbergland`, `Zweckverband Kommunale IT Oberweser`.
  let k = i + 1;
  // A common noun only after an adjective of the tail, which cannot end a name (`Bundesverband Kommunale
  // Digitalisierung`, not `Bundesverband Kommunale`).
  while (k < tokens.length && k - i <= 3 && tokens[k]!.sent === t.sent && !tokens[k]!.info.legal && countsAsNameWord(tokens[k]!) && !tokens[k]!.info.firstName
    && (!COMMON_NOUN_RE.test(tokens[k]!.s) || (k > i + 1 && ADJECTIVE_RE.test(tokens[k - 1]!.s)))) {
    e = k;
    k++;
  }
  // A school named by its place: `Grundschule am Lindenberg`, `Gymnasium an der Weser`, `Gesamtschule im Park`.
  if (e === i && SCHOOL_HEADS.has(t.info.head!)) {
    const at = tokenIs(tokens, i + 1, 'an') && tokenIs(tokens, i + 2, 'der') ? i + 3 : tokenIs(tokens, i + 1, 'am') || tokenIs(tokens, i + 1, 'im') ? i + 2 : -1;
    const place = at > 0 ? tokenAtIndex(tokens, at) : undefined;
    if (place !== undefined && place.sent === t.sent && countsAsNameWord(place) && !COMMON_NOUN_RE.test(place.s)
      && !NOT_NAME_AFTER_IM.test(place.s) && !NOT_A_PLACE.test(place.s)) e = at;
  }
  // Connector tail: `Ministerium für Wirtschaft, Innovation, Digitalisierung und Energie`.
  if (e === i && i + 1 < tokens.length && /^(?:für|des|der)$/u.test(tokens[i + 1]!.s)) {
    const lastName = connectorTail(tokens, i);
    if (lastName > i) e = lastName;
  }
  // `Elisabeth-Kranich-Stiftung`, `Konrad-Zuse-Zentrum`: a person's name joined to the institution noun.
  if (e === i && a === i && !namedCompound(t.s)) return i;
  // A legal form right after the name: the legal-form rule (at that token) sees the whole name.
  if (tokenAtIndex(tokens, e + 1)?.info.legal) return i;
  let name = '';
  for (let u = a; u < i; u++) name += `${nominativeAdjective(tokens[u]!.s, gender)} `;
  name += (a === i && e === i ? t.s : nominativeNoun(t.s)) + text.slice(t.end, tokens[e]!.end);
  register(finds, tokens[a]!.start, tokens[e]!.end, name);
  return e;
}

/** Words after `am` that say when or where, not which school (`am Standort Nord`, `am Abend`). */
const NOT_A_PLACE = /^(?:Standort|Ort|Rand|Rande|Tag|Abend|Morgen|Vormittag|Nachmittag|Wochenende)$/u;
/** Institution heads of schools (institutionWords.ts), which take their place after `am`/`an der`/`im`. */
const SCHOOL_HEADS = new Set(['oberschule', 'grundschule', 'gesamtschule', 'realschule', 'berufsschule', 'förderschule', 'gymnasium']);

/** Whether `word`, ending in the institution noun `head` (of gender `gender`), is its plural (see institutionName). */
function isPluralHead(word: string, head: string, gender: Gender): boolean {
  const lower = word.toLowerCase();
  const ending = lower.slice(lower.lastIndexOf(head) + head.length);
  return gender === 'f' ? ending === 'n' || ending === 'en' : ending === 'e';
}

/** Nouns after `im`/`am` that start an adverbial, not the rest of a name (`Ministerium für … im Jahr 2022`). */
const NOT_NAME_AFTER_IM = /^(?:Jahr|Jahre|Rahmen|Auftrag|Zuge|Vorfeld|Anschluss|Namen|Moment|Frühjahr|Sommer|Herbst|Winter|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Ende|Anfang|Laufe|Verlauf|Gespräch|Interview|Mittelpunkt|Vordergrund|Fokus)$/u;

/** An institution noun compounded with a name: two hyphens (`Elisabeth-Kranich-Stiftung`) or a first name first. */
function namedCompound(word: string): boolean {
  const parts = word.split('-');
  if (parts.length < 2 || !/^\p{Lu}\p{Ll}/u.test(parts[0]!)) return false;
  // `Hertha-und-Klaus-Brenner-Stiftung`
  return parts.length >= 3 ? parts.every((p) => /^\p{Lu}/u.test(p) || p === 'und') : isFirstName(parts[0]!);
}

/** The last name word of a connector tail after token `i` (`für Wirtschaft, Innovation … und Energie`), or -1. */
function connectorTail(tokens: Token[], i: number): number {
  const sent = tokens[i]!.sent;
  let lastName = -1;
  for (let k = i + 1; k < tokens.length && k - i <= 14 && tokens[k]!.sent === sent; k++) {
    const u = tokens[k]!;
    const nx = tokenAtIndex(tokens, k + 1);
    if (countsAsNameWord(u)) lastName = k;
    else if ((u.s === 'im' || u.s === 'am') && nx && NOT_NAME_AFTER_IM.test(nx.s)) break; // `… im Jahr 2022`
    else if (NAME_CONNECTORS.has(u.s) || u.s === ',' ) {
      // `…, Innovation und Energie`, but not `Landesamt für Registerwesen, Ulrike de Vries`.
      if (u.s === ',' && !(nx && countsAsNameWord(nx) && !nx.info.firstName)) break;
    } else if ((u.s === 'den' || u.s === 'dem') && tokens[k - 1]!.s === 'für') {
      // `für den öffentlichen Dienst`
    } else if (LOWER_ADJECTIVE_RE.test(u.s) && !DETERMINERS.has(u.s) && nx && countsAsNameWord(nx)) {
      // lower-case adjective inside a name: `für den öffentlichen Dienst`
    } else break;
  }
  return lastName;
}

/** `Long Name (ABBR)`: the abbreviation becomes a document-local alias of the name before the parenthesis. */
function tryParenthesised(text: string, tokens: Token[], i: number, lexiconSpans: OrgSpan[], finds: FormFinds): void {
  const { out: found, aliases } = finds;
  const abbr = tokens[i + 1];
  if (!abbr || tokens[i + 2]?.s !== ')' || !ABBR_RE.test(abbr.s) || (abbr.s.match(/\p{Lu}/gu)?.length ?? 0) < 2) return;
  const before = tokens[i - 1];
  if (!before) return;
  const lex = lexiconCanonical(abbr.s);
  const adjacent = lexiconSpans.find((s) => s.end === before.end) ?? found.find((s) => s.end === before.end);
  if (adjacent) {
    aliases.set(abbr.s, lex ?? adjacent.canonical);
    if (lex) adjacent.canonical = lex;
    return;
  }
  // Walk back over the long name; keep it only if it names an institution or its initials spell the abbreviation.
  let j = i - 1;
  let headAt = -1;
  let spelled = -1; // the latest head from which the capitalised words spell the abbreviation
  let initials = '';
  const letters = abbr.s.replace(/[^\p{Lu}]/gu, '');
  while (j >= 0 && i - j <= 10 && tokens[j]!.sent === tokens[i]!.sent) {
    const u = tokens[j]!;
    if (countsAsNameWord(u)) {
      if (u.cap && u.word) initials = u.s.charAt(0) + initials;
      if (u.info.head) {
        headAt = j;
        if (spelled < 0 && initials === letters) spelled = j;
      }
    } else if (!(NAME_CONNECTORS.has(u.s) || (LOWER_ADJECTIVE_RE.test(u.s) && !DETERMINERS.has(u.s)))) break;
    j--;
  }
  // `erhält der Verband von der Gewerkschaft Öffentliche Dienste und Technik (GÖDT)`: two institution nouns; the
  // abbreviation tells where its name starts.
  if (spelled >= 0 && initials !== letters) headAt = spelled;
  let start = headAt;
  if (start < 0) {
    // The initials of the capitalised words before the abbreviation (a loop: `map(…).join` deopted on the holey
    // array that `map` makes in optimised code).
    let all = '';
    let words = 0;
    for (let u = j + 1; u < i; u++) {
      const w = tokens[u]!;
      if (w.cap && w.word) { all += w.s.charAt(0); words++; }
    }
    if (words < 2 || !all.endsWith(letters)) {
      if (lex) aliases.set(abbr.s, lex);
      return;
    }
    // From the capitalised word whose initial starts the abbreviation's letters: `der Kommunalen Datenverarbeitung
    // Mittelweser (KDM)` names `Kommunalen …`, not the article before it (`für` inside a name is walked over).
    start = i - 1;
    let left = letters.length;
    for (let u = i - 1; u > j && left > 0; u--) {
      if (tokens[u]!.cap && tokens[u]!.word) {
        left--;
        start = u;
      }
    }
  }
  while (start - 1 > j && tokens[start - 1]!.cap && ADJECTIVE_RE.test(tokens[start - 1]!.s)) start--;
  const headTok = tokens[headAt >= 0 ? headAt : start]!;
  const gender = headGender(institutionHead(headTok.s) ?? '');
  let name = '';
  for (let u = start; u < (headAt >= 0 ? headAt : start); u++) name += `${nominativeAdjective(tokens[u]!.s, gender)} `;
  // Without an institution noun the first word may still be an adjective declined after an article (`der
  // Kommunalen Datenverarbeitung Mittelweser`): back to the nominative where the noun after it is feminine by its
  // ending, the one gender a suffix tells.
  const next = tokens[start + 1];
  const first = headAt < 0 && next !== undefined && next.cap && FEMININE_NOUN_RE.test(next.s) && DECLINED_ADJECTIVE_RE.test(headTok.s)
    ? nominativeAdjective(headTok.s, 'f') : nominativeNoun(headTok.s);
  name += first + text.slice(headTok.end, before.end);
  register(finds, tokens[start]!.start, before.end, lex ?? name, abbr.s);
}

/** Occurrences of document-local aliases (abbreviations, names without legal form), found by plain search. */
function addAliasSpans(text: string, aliases: Map<string, string>, spans: OrgSpan[]): void {
  for (const [alias, canonical] of aliases) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(alias, from);
      if (at < 0) break;
      from = at + alias.length;
      const prev = at > 0 ? text[at - 1]! : ' ';
      const next = text[from] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(prev)) continue;
      if (/[\p{L}\p{N}]/u.test(next) && !(next === 's' && !/[\p{L}\p{N}]/u.test(text[from + 1] ?? ' '))) continue;
      spans.push(orgSpan(at, from, canonical, 'alias'));
    }
  }
}

/**
 * Greedy by start; on overlap the span with the higher priority (then the longer one) wins. A name found by its
 * form that contains a winning span of the same organisation lends it its extent: the mark then covers
 * `Bürgerenergie Harzwind eG`, not only the alias `Bürgerenergie Harzwind`.
 */
function resolveOverlaps(spans: OrgSpan[]): OrgSpan[] {
  const sorted = spans.slice().sort(byPriority);
  const kept: OrgSpan[] = [];
  for (const s of sorted) {
    if (!overlapsAny(kept, s)) kept.push(s);
    else if (s.via === 'form') widenInto(kept, s);
  }
  return kept.sort(byStart);
}

/** Widen the one kept span of `s`'s organisation that `s` contains, when `s` overlaps nothing else. */
function widenInto(kept: OrgSpan[], s: OrgSpan): void {
  let inner: OrgSpan | null = null;
  for (const k of kept) {
    if (!(s.start < k.end && k.start < s.end)) continue;
    if (inner !== null || k.canonical !== s.canonical || k.start < s.start || k.end > s.end) return;
    inner = k;
  }
  if (inner) {
    inner.start = s.start;
    inner.end = s.end;
  }
}

function byPriority(a: OrgSpan, b: OrgSpan): number {
  return PRIORITY[b.via] - PRIORITY[a.via] || (b.end - b.start) - (a.end - a.start) || a.start - b.start;
}

function overlapsAny(kept: OrgSpan[], s: OrgSpan): boolean {
  for (const k of kept) if (s.start < k.end && k.start < s.end) return true;
  return false;
}

/** Each span with the heads its name has (a loop, not `map`: one elements kind whether or not optimised). */
function spanHeads(spans: OrgSpan[]): { s: OrgSpan; heads: string[] }[] {
  const out: { s: OrgSpan; heads: string[] }[] = [];
  for (const s of spans) out.push({ s, heads: namedHeads(s.canonical) });
  return out;
}

/** `des Zweckverbands`, `die Genossenschaft` after a named one: mark as a mention of that organisation. */
function addAnaphors(tokens: Token[], spans: OrgSpan[]): void {
  if (spans.length === 0) return;
  let heads: { s: OrgSpan; heads: string[] }[] | null = null; // built at the first candidate: most texts have none
  const extra: OrgSpan[] = [];
  let si = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || !t.word) continue;
    const head = t.info.head;
    if (!head || !ANAPHOR_HEADS.has(head) || head !== t.s.toLowerCase().replace(/(?:e?s)$/u, '') && nominativeNoun(t.s).toLowerCase() !== head) continue;
    const prev = tokens[i - 1]!.s.toLowerCase();
    if (!/^(?:der|die|das|des|dem|den|beim|vom|im|zum|zur)$/u.test(prev)) continue;
    heads ??= spanHeads(spans);
    while (si < heads.length && heads[si]!.s.end <= t.start) si++;
    if (inSpan(spans, t)) continue;
    for (let k = si - 1; k >= 0; k--) {
      const h = heads[k]!;
      if (h.heads.includes(head)) {
        extra.push(orgSpan(t.start, t.end, h.s.canonical, 'anaphor'));
        break;
      }
    }
  }
  for (const s of extra) spans.push(s);
}

/** Token `t` lies within one of the spans. */
function inSpan(spans: OrgSpan[], t: Token): boolean {
  for (const s of spans) if (s.start <= t.start && t.end <= s.end) return true;
  return false;
}

/** What a legal form says the organisation is: an `eG` is a Genossenschaft, an `AöR` an Anstalt, an `e.V.` a Verein. */
const LEGAL_HEADS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\beG$/u, 'genossenschaft'], [/\b(?:AöR|gAöR)$/u, 'anstalt'], [/\be\.\s?V\.?$/u, 'verein'],
];

/** The heads by which a named organisation can be referred to later (`Südwest Bildungsnetz eG` → die Genossenschaft). */
function namedHeads(canonical: string): string[] {
  // Loops over indices: `find` with a closure and destructuring `for … of` compiled into ≈ 20 ms of Turbofan work.
  const out: string[] = [];
  for (const w of canonical.split(/\s+/)) {
    const head = institutionHead(w);
    if (head) {
      out.push(head);
      break;
    }
  }
  for (let k = 0; k < LEGAL_HEADS.length; k++) if (LEGAL_HEADS[k]![0].test(canonical)) out.push(LEGAL_HEADS[k]![1]);
  return out;
}
