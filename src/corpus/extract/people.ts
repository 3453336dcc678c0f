/**
 * People in one text. German capitalises every noun, so two capitalised words are a name only with evidence:
 * a role word before or in apposition after, an academic title, a speech verb next to it, a listed first name.
 * Role and organisation come from the surrounding phrase; later surname-only mentions resolve to the full name.
 */
import type { Token } from './tokens.ts';
import { tokenAtIndex } from './tokens.ts';
import type { OrgSpan } from './organisations.ts';
import { roleBase, rolePrefix, ROLE_ADJECTIVE_RE } from './roles.ts';
import { isSpeechVerb } from './speechVerbs.ts';
import { applyLaterDescriptions } from './laterDescriptions.ts';
import { headGender, institutionHead, isGenericDescriptor, type Gender } from './institutionWords.ts';
import { foldGerman } from '../text/fold.ts';
import { firstNameGender } from './firstNames.ts';
import { roleWordGender } from './gender.ts';

/** A person found in the text, before speaker attribution. */
export interface PersonRecord {
  name: string;
  title: string | null;
  role: string | null;
  organisation: string | null;
  /** Surname (last name part) used to resolve later mentions like `so Hagen`. */
  surname: string;
}

/** One span of text that refers to a person (full name or surname only). */
export interface PersonMention {
  start: number;
  end: number;
  /** Index into the people array. */
  person: number;
  /** Index of the first token of the mention (the name, not the title). */
  token: number;
  /** Index of the last token of the mention. */
  lastToken: number;
}

const NOUN_SUFFIX_RE = /(?:ung|heit|keit|schaft|tion|tät|ismus|ment|nis|tum|ität|ik|ie|ien|en|ern)$/u;
const PARTICLES = new Set(['von', 'van', 'de', 'zu', 'vom']);
/** A second particle word after `von` / `van` (`Ursula von der Leyen`, `Ludwig van den Berg`). */
const SECOND_PARTICLES = new Set(['der', 'den']);
const ORG_PREPOSITIONS = new Set(['von', 'vom', 'bei', 'beim', 'der', 'des', 'aus']);
const POSSESSIVES = new Set(['Dessen', 'Deren', 'Ihr', 'Ihre', 'Sein', 'Seine', 'dessen', 'deren']);

const isNameWord = (t: Token | undefined): t is Token => !!t && t.info.personName;

/** Result of {@link findPeople}. */
export interface PeopleResult {
  people: PersonRecord[];
  mentions: PersonMention[];
}

/** Find people in tokenised `text`; `orgs` are the organisation spans (a name inside one is not a person). */
export function findPeople(text: string, tokens: Token[], orgs: OrgSpan[]): PeopleResult {
  const inOrg = orgCoverage(tokens, orgs);
  const people: PersonRecord[] = [];
  const byName = new Map<string, number>();
  const mentions: PersonMention[] = [];

  for (let i = 0; i < tokens.length; i++) {
    // Titles in front: `Prof. Dr.`, `Dr.`, `Professor`.
    let k = i;
    let titles: string[] | null = null; // allocated only for a title: this runs for every token
    for (;;) {
      const t = tokenAtIndex(tokens, k);
      if (!t) break;
      if ((t.s === 'Dr' || t.s === 'Prof') && tokenAtIndex(tokens, k + 1)?.s === '.') { (titles ??= []).push(`${t.s}.`); k += 2; continue; }
      if (t.s === 'Professor' || t.s === 'Professorin') { (titles ??= []).push('Prof.'); k += 1; continue; }
      break;
    }
    const a = tokenAtIndex(tokens, k);
    if (!isNameWord(a) || inOrg[k]) continue;
    let b = k + 1;
    if (b < tokens.length && PARTICLES.has(tokens[b]!.s)) {
      b++;
      if ((tokens[b - 1]!.s === 'von' || tokens[b - 1]!.s === 'van') && b < tokens.length && SECOND_PARTICLES.has(tokens[b]!.s)) b++;
    }
    let last = tokenAtIndex(tokens, b);
    if (!isNameWord(last) || inOrg[b] || last.sent !== a.sent) continue;
    // `Hans Peter Müller`: a second first name shifts the surname by one.
    if (last.info.firstName && isNameWord(tokenAtIndex(tokens, b + 1)) && !inOrg[b + 1] && tokens[b + 1]!.sent === a.sent) { b++; last = tokens[b]!; }
    if (!enoughEvidence(nameEvidence(tokens, a, titles !== null, (titles ? i : k) - 1, b), a.info.firstName, last.s)) continue;
    const name = text.slice(a.start, last.end).replace(/\s+/g, ' ');
    const { role, organisation } = roleAndOrganisation(text, tokens, orgs, titles ? i : k, b);
    const idx = personIndex(people, byName, name, titles, role, organisation, last.s);
    mentions.push({ start: a.start, end: last.end, person: idx, token: k, lastToken: b });
    i = b;
  }
  addSurnameMentions(tokens, people, mentions);
  rolesAtMentions(tokens, orgs, people, mentions);
  rolesOfDescriptions(tokens, people, mentions);
  rolesOfPronouns(tokens, people, mentions);
  mentions.sort((x, y) => x.start - y.start);
  applyLaterDescriptions(tokens, orgs, people, mentions);
  return { people, mentions };
}

/**
 * Evidence that the words from `a` to token `b` are a name: an academic title, a listed first name, a role word or
 * `Frau`/`Herr` before it (token `before`), a speech verb next to it, a role in apposition after it.
 */
function nameEvidence(tokens: Token[], a: Token, titled: boolean, before: number, b: number): number {
  let score = titled ? 3 : 0;
  if (a.info.firstName) score += 2;
  const t = tokenAtIndex(tokens, before);
  if (t && (t.info.role || t.s === 'Frau' || t.s === 'Herr')) score += 3;
  if (t && isSpeechVerb(t.s)) score += 2;
  // `sagte der Vorsitzende des Verwaltungsrats, Friedhelm Kortkamp`: a role phrase before the comma.
  if (t && t.s === ',' && roleBeforeComma(tokens, before, a.sent)) score += 3;
  const after = tokenAtIndex(tokens, b + 1);
  if (after && isSpeechVerb(after.s)) score += 2;
  if (after !== undefined && after.s === ',' && appositionRole(tokens, b + 2) >= 0) score += 3;
  return score;
}

/** A role word up to 12 tokens before the comma at `j`, in sentence `sent`, with no other comma between. */
function roleBeforeComma(tokens: Token[], j: number, sent: number): boolean {
  for (let r = j - 1; r >= 0 && j - r <= 12; r--) {
    const u = tokens[r]!;
    if (u.sent !== sent || u.s === ',') return false;
    if (u.info.role) return true;
  }
  return false;
}

/** Enough evidence for a name with this score, first name (or not) and surname. */
function enoughEvidence(score: number, first: boolean, surname: string): boolean {
  const nounLike = NOUN_SUFFIX_RE.test(surname) && !first;
  // The comparisons are made up front, not inside the conditions: there they ran only for rare names, and a
  // comparison optimised code has never seen run deoptimises the function it was compiled into when it first does.
  const weak = score < 3;
  const fair = score >= 2;
  const strong = score >= 5;
  if (weak && !(first && !NOUN_SUFFIX_RE.test(surname.replace(/-.*$/u, '')) || (first && fair))) return false;
  return !(nounLike && !strong);
}

/** The index of the person named `name`, added to `people` when new; what a later mention adds fills gaps only. */
function personIndex(
  people: PersonRecord[], byName: Map<string, number>, name: string, titles: string[] | null, role: string | null, organisation: string | null, surname: string,
): number {
  const idx = byName.get(name);
  if (idx === undefined) {
    byName.set(name, people.length);
    people.push({ name, title: titles ? titles.join(' ') : null, role, organisation, surname });
    return people.length - 1;
  }
  const p = people[idx]!;
  p.title ??= titles ? titles.join(' ') : null;
  p.role ??= role;
  p.organisation ??= organisation;
  return idx;
}

/** For each token: does it lie inside an organisation span? */
function orgCoverage(tokens: Token[], orgs: OrgSpan[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let o = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (o < orgs.length && orgs[o]!.end <= t.start) o++;
    const s = orgs[o];
    if (s && s.start < t.end && t.start < s.end) out[i] = true;
  }
  return out;
}

/** Index of a role word within the apposition starting at token `from` (`, der … zuständige Beigeordnete …`), or -1. */
function appositionRole(tokens: Token[], from: number): number {
  for (let j = from; j < tokens.length && j < from + 6; j++) {
    const t = tokens[j]!;
    if (t.s === ',' || t.s === '.' || t.sent !== tokens[from]!.sent) return -1;
    if (t.info.role) return j;
    if (t.word && !t.cap && !/^(?:der|die|für|zuständige|zuständiger|neue|neuer|langjährige|langjähriger|bisherige|bisheriger|stellvertretende|stellvertretender|technische|technischer)$/u.test(t.s)) return -1;
  }
  return -1;
}

/** A person's role and organisation, null where the text names none. */
interface RoleAndOrg {
  role: string | null;
  organisation: string | null;
}

// One function per phrase shape: the whole took 25-75 ms to compile and recompiled whole for the first rare shape
// met in a load. Token reads go through `tokenAtIndex` where the index can fall outside the text.

/** Role and organisation from the phrase around a name spanning tokens [nameStart, nameEnd]. */
function roleAndOrganisation(text: string, tokens: Token[], orgs: OrgSpan[], nameStart: number, nameEnd: number): RoleAndOrg {
  const found = roleBeforeName(text, tokens, orgs, nameStart);
  roleAfterName(text, tokens, orgs, nameStart, nameEnd, found);
  return found;
}

/** 1. The role (and organisation) before the name, if any. */
function roleBeforeName(text: string, tokens: Token[], orgs: OrgSpan[], nameStart: number): RoleAndOrg {
  const j = nameStart - 1;
  const before = tokenAtIndex(tokens, j);
  if (before === undefined) return { role: null, organisation: null };
  const sent = tokens[nameStart]!.sent;
  // `Der Hauptgeschäftsführer des Deutschen Städtetags, Helmut Dedy,`
  if (before.s === ',') return roleAcrossComma(tokens, orgs, j, sent);
  // `regio iT-Geschäftsführer Dieter Rehfeld`, `technischer Leiter Marco Fiedler`
  if (before.info.role) return roleRightBefore(text, tokens, orgs, j, sent);
  if (POSSESSIVES.has(before.s)) return { role: null, organisation: possessiveOrg(tokens, orgs, j) };
  // `Geschäftsführer der EHAS ist Dr. Constantin von Hagenau`, `Schatzmeister bleibt Ralf-Peter Ostermann`
  if (COPULAS.has(before.s)) return roleBeforeCopula(tokens, orgs, j, sent);
  return { role: null, organisation: null };
}

/** A role phrase is linked to the name after it by these (`Vorsitzender ist …`, `Schatzmeister bleibt …`). */
const COPULAS = new Set(['ist', 'bleibt', 'wird', 'war', 'wurde']);
/** Words a role phrase before a copula may hold besides names: `Projektleiter bei der Genossenschaft ist …`. */
const ROLE_PHRASE_WORDS = new Set(['des', 'der', 'dem', 'den', 'bei', 'beim', 'im', 'am', 'vom', 'von', 'für']);

/**
 * The role phrase that opens the clause before the copula at `j`: a role word, then only names, articles and
 * prepositions up to the copula. Its organisation is the one named in the phrase or glued to the role.
 */
function roleBeforeCopula(tokens: Token[], orgs: OrgSpan[], j: number, sent: number): RoleAndOrg {
  let r = j - 1;
  while (r >= 0 && j - r <= 8 && tokens[r]!.sent === sent && !tokens[r]!.info.role && (tokens[r]!.cap || ROLE_PHRASE_WORDS.has(tokens[r]!.s) || insideOrg(orgs, tokens[r]!))) r--;
  if (r < 0 || j - r > 8 || tokens[r]!.sent !== sent || !tokens[r]!.info.role) return { role: null, organisation: null };
  // Only at the start of the clause: `Neuer Geschäftsführer ist …`, `…, Vorsitzender bleibt …`; not `Die Stadt, deren
  // Geschäftsführer Meier war, ist …`.
  let p = r - 1;
  while (p >= 0 && ROLE_ADJECTIVE_RE.test(tokens[p]!.s.toLowerCase())) p--;
  if (p >= 0 && tokens[p]!.sent === sent && tokens[p]!.s !== ',' && !tokens[p]!.cap) return { role: null, organisation: null };
  const org = firstOrgBetween(orgs, tokens[r]!.start, tokens[j]!.start);
  const role = roleText(tokens, r, org ? org.start : tokens[j]!.start, !org);
  // Not the sentence before's organisation, as for a bare role before a name: in `… (KITM). Schatzmeister bleibt
  // Ralf-Peter Ostermann` that was the organisation of the person named there, not of the board being listed.
  return { role, organisation: org?.canonical ?? compoundOrg(orgs, tokens[r]!) };
}

/** A role word up to 12 tokens before the comma at `j`, in the name's sentence, with the organisation after it. */
function roleAcrossComma(tokens: Token[], orgs: OrgSpan[], j: number, sent: number): RoleAndOrg {
  let r = j - 1;
  // 12 tokens: `Der Vorsitzende der Kommunalen Arbeitsgemeinschaft Digitales e.V. (KAD), Thomas Reuschel`.
  while (r >= 0 && j - r <= 12 && tokens[r]!.sent === sent && !tokens[r]!.info.role && tokens[r]!.s !== ',') r--;
  if (r >= 0 && tokens[r]!.info.role && tokens[r]!.sent === sent) {
    // `Kathrin Seidel als stellvertretende Vorsitzende, Mehmet Aydın als Schatzmeister`: a role after `als` is the
    // person's named before it, not the next one's.
    let a = r - 1;
    while (a >= 0 && ROLE_ADJECTIVE_RE.test(tokens[a]!.s)) a--;
    if (a >= 0 && tokens[a]!.s === 'als' && tokens[a]!.sent === sent) return { role: null, organisation: null };
    // The organisation named after the role is its complement, not part of the role (`Der Vorsitzende der
    // Kommunalen Arbeitsgemeinschaft Digitales e.V. (KAD), Thomas Reuschel` → Vorsitzende).
    const org = firstOrgBetween(orgs, tokens[r]!.start, tokens[j]!.start);
    const role = roleText(tokens, r, org ? org.start : Infinity, !org);
    let organisation = org?.canonical ?? compoundOrg(orgs, tokens[r]!);
    // `Dessen Präsident, Dr. Rüdiger Vollmer-Stein, warnte`
    let p = r - 1;
    while (p >= 0 && ROLE_ADJECTIVE_RE.test(tokens[p]!.s)) p--;
    if (!organisation && p >= 0 && tokens[p]!.sent === sent && POSSESSIVES.has(tokens[p]!.s)) organisation = possessiveOrg(tokens, orgs, p);
    return { role, organisation };
  }
  return { role: null, organisation: null };
}

/** The role word at `j`, right before the name. */
function roleRightBefore(text: string, tokens: Token[], orgs: OrgSpan[], j: number, sent: number): RoleAndOrg {
  let role: string | null = roleText(tokens, j);
  let organisation = compoundOrg(orgs, tokens[j]!);
  // `der Vorstandsvorsitzende des Dienstleisters Dataport und Vitako-Vorstandmitglied Dr. Johann Bizer`: two
  // roles with an organisation each; the first one named is the person's primary role.
  const earlier = organisation ? earlierRolePhrase(tokens, orgs, j) : null;
  if (earlier) ({ role, organisation } = earlier);
  if (!organisation) organisation = orgOfRolePrefix(orgs, tokens[j]!.s);
  if (!organisation) organisation = organisationOfRolePhrase(text, tokens, orgs, j, sent);
  if (!organisation) organisation = ministryOf(tokens[j]!.s, orgs);
  return { role, organisation };
}

/**
 * `Universitätspräsidentin`, `Landgerichtspräsident`, `Rechnungshofpräsidentin`, `Nordlicht-Geschäftsführerin`: the
 * part before the role names one of the article's organisations: its first word (`Universität Kaltenbrunn`,
 * `Nordlicht Dialogsysteme GmbH`), or an institution noun that ends one of its words (`Landesrechnungshof
 * Ostfalen`). Null unless exactly one fits. Not for ministers (`ministryOf`: `Digitalministerin` is no part of
 * `govdigital`), and a name glued whole (`KGSt-Vorstand`) is `compoundOrg`'s.
 */
function orgOfRolePrefix(orgs: OrgSpan[], role: string): string | null {
  if (MINISTER_RE.test(role.toLowerCase())) return null;
  const prefix = rolePrefix(role);
  // The linking `s` of a compound: `Universitäts-`, `Landgerichts-`.
  const forms = [prefix, prefix.replace(/(?<=\p{Ll}{3})e?s$/u, '')].map((f) => foldGerman(f)).filter((f) => f.length >= 5);
  if (forms.length === 0) return null;
  // Inside a word only an institution noun: `Digitaldezernent` is no part of `Hafenau Digital GmbH`.
  const heads = forms.filter((f) => institutionHead(f.charAt(0).toUpperCase() + f.slice(1)) !== null);
  return onlyOrg(orgs, (name) => {
    const words = name.split(/\s+/u).map((w) => foldGerman(w));
    return forms.includes(words[0]!) || words.some((w) => heads.some((f) => w.endsWith(f)));
  });
}

/** `Digitalministerin`, `Innenminister`, `Staatssekretär`, `Bundesminister`: the word before a minister's title. */
const MINISTER_RE = /^(.*?)(?:minister(?:in)?|staatssekretär(?:in)?)$/u;

/**
 * `Digitalministerin Dr. Carola Thiessen`, with nothing in the sentence saying of which ministry: the article's one
 * ministry whose field agrees with the title (`Digital…` with `Ministerium für Digitalisierung …`, `Innen…` with
 * `… für Inneres …`; a bare `Ministerin` or `Staatssekretärin` with any), federal with federal (`Bundes…`) and a
 * Land's with a Land's. Null when no ministry or more than one fits: a guess between two is worse than none.
 */
function ministryOf(role: string, orgs: OrgSpan[]): string | null {
  const m = MINISTER_RE.exec(role.toLowerCase());
  if (!m) return null;
  let field = foldGerman(m[1]!.replace(/-$/u, ''));
  const federal = field.startsWith('bundes');
  field = field.replace(/^(?:bundes|landes)/u, '');
  // Four letters of the field: `digital` ~ `digitales`/`digitalisierung`, `innen` ~ `inneres`/`innern`.
  const stem = field.slice(0, 4);
  return onlyOrg(orgs, (canonical) => {
    const name = foldGerman(canonical);
    return name.includes('ministerium') && name.startsWith('bundes') === federal && name.replace('ministerium', ' ').includes(stem);
  });
}

/** The one organisation name among `orgs` that `fits` (spans of one name count once); null for none or several. */
function onlyOrg(orgs: OrgSpan[], fits: (canonical: string) => boolean): string | null {
  let found: string | null = null;
  for (const o of orgs) {
    if (o.canonical === found || !fits(o.canonical)) continue;
    if (found !== null) return null;
    found = o.canonical;
  }
  return found;
}

/**
 * The organisation of the noun phrase that ends in the role word at `j` (`Verbandsvorsteher des Zweckverbands,
 * Landrat …`, `… und Bremer Staatsrat`, `Ihr technischer Leiter`), or of the sentence before.
 */
function organisationOfRolePhrase(text: string, tokens: Token[], orgs: OrgSpan[], j: number, sent: number): string | null {
  let r = j - 1;
  while (r >= 0 && j - r <= 8 && tokens[r]!.sent === sent && (tokens[r]!.cap || /^(?:des|der|und|beim|im|,)$/u.test(tokens[r]!.s) || ROLE_ADJECTIVE_RE.test(tokens[r]!.s))) r--;
  let organisation = firstOrgBetween(orgs, tokens[r + 1]!.start, tokens[j]!.start)?.canonical ?? null;
  // A possessive in the phrase, or the word the walk stopped at (`…, deren Geschäftsführer`).
  for (let d = Math.max(0, r); !organisation && d < j; d++) {
    if (POSSESSIVES.has(tokens[d]!.s) && tokens[d]!.sent === sent) organisation = possessiveOrg(tokens, orgs, d);
  }
  // `Für die Heide-IT war … . Vorstand Jens-Uwe Falkenhagen erklärte …`: a sentence that opens with a bare role
  // continues the organisation the sentence before (same paragraph) was about. Not a compound role
  // (`DLT-Vorstandsvorsitzende`): that names its own organisation, even one we do not know.
  const bare = roleBase(tokens[j]!.s) === tokens[j]!.s;
  if (!organisation && bare && (r < 0 || tokens[r]!.sent !== sent)) organisation = subjectOrgOfPreviousSentence(tokens, orgs, j, text);
  return organisation;
}

/** 2. What the phrase after the name adds where `found` has nothing yet. */
function roleAfterName(text: string, tokens: Token[], orgs: OrgSpan[], nameStart: number, nameEnd: number, found: RoleAndOrg): void {
  const after = tokenAtIndex(tokens, nameEnd + 1);
  if (after === undefined) return;
  if (after.s === ',') {
    // Apposition (`, Abteilungsleiter Digitalisierung in der Bremer Senatsverwaltung,`).
    const r = appositionRole(tokens, nameEnd + 2);
    if (r >= 0) roleInApposition(text, tokens, orgs, nameEnd, r, found);
  } else if (ORG_PREPOSITIONS.has(after.s)) {
    // `Christoph Lindner von Dataport`
    const o = orgAfterPreposition(tokens, orgs, nameEnd);
    if (o) found.organisation ??= o.canonical;
  } else if (after.s === '(') {
    // `Rolf Krüger (Deutscher Landkreistag)`, `Johann Bizer (Dataport, Vorstand)`
    const o = orgInBrackets(tokens, orgs, nameEnd + 2);
    if (o) found.organisation ??= o.canonical;
  } else if (COPULAS.has(after.s)) {
    // `Ulrike Hainbach ist seit Januar Vorständin der Anstalt für … (AKD)`, `Jens Ohm ist der neue Leiter des Amts`.
    const r = roleAfterCopula(tokens, nameEnd + 2);
    if (r >= 0) roleInApposition(text, tokens, orgs, nameEnd, r, found);
  } else if (APPOINTED.test(after.s)) {
    // `nennt Vitako … die Bestellung von Ralf Resch zum Geschäftsführer`, `wählte Tobias Rehkämper zum neuen
    // Vorsitzenden`: the role is at the organisation the sentence named before, or the sentence before it.
    // `Jan Ohm zum 1. Januar 2026 zum Kämmerer`: the date first.
    const at = afterDate(tokens, nameEnd + 1);
    appointment(text, tokens, orgs, nameStart, at > nameEnd + 1 && APPOINTED.test(tokenAtIndex(tokens, at)?.s ?? '') ? at : nameEnd + 1, found);
    return;
  }
  // `Kathrin Seidel (Landkreis Altmoor) als stellvertretende Vorsitzende`, `Mehmet Aydın vom Kommunalen
  // Rechenzentrum Südwest (KRZ-SW) als Schatzmeister`: the appointment after the person's bracket or organisation.
  const k = afterDate(tokens, afterNamesOrganisation(tokens, orgs, nameEnd + 1));
  const next = tokenAtIndex(tokens, k);
  if (k > nameEnd + 1 && next !== undefined && APPOINTED.test(next.s) && next.sent === tokens[nameEnd]!.sent) {
    appointment(text, tokens, orgs, nameStart, k, found);
  }
}

/**
 * The role word a clause `<name> ist …` gives, from token `k` after the copula: articles, role adjectives, a time
 * (`seit Januar`, `seit 2019`) and a few adverbs may come first, nothing else (`ist überzeugt, dass der Leiter …`
 * gives no role). Its index, or -1.
 */
function roleAfterCopula(tokens: Token[], k: number): number {
  const sent = tokenAtIndex(tokens, k - 1)?.sent;
  for (let n = 0; n < 5; n++, k++) {
    const t = tokenAtIndex(tokens, k);
    if (t === undefined || t.sent !== sent) return -1;
    if (t.info.role) return k;
    if (!(BEFORE_COPULA_ROLE.has(t.s) || ROLE_ADJECTIVE_RE.test(t.s) || /^\d{4}$/u.test(t.s) || MONTHS.has(t.s))) return -1;
  }
  return -1;
}
const BEFORE_COPULA_ROLE = new Set(['der', 'die', 'seit', 'bereits', 'schon', 'nun', 'jetzt', 'inzwischen', 'künftig', 'weiterhin', 'auch', 'zudem', 'dort', 'hier', 'heute']);
const MONTHS = new Set(['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']);

/** Words that put a role after a name (`zum Geschäftsführer`, `zur Vorsitzenden`, `als Schatzmeister`). */
const APPOINTED = /^(?:zum|zur|als)$/u;

/** The role after `zum`/`zur`/`als` at token `at` (with adjectives), and its organisation if the name had none. */
function appointment(text: string, tokens: Token[], orgs: OrgSpan[], nameStart: number, at: number, found: RoleAndOrg): void {
  let r = at + 1;
  while (r < tokens.length && r - at <= 3 && ROLE_ADJECTIVE_RE.test(tokens[r]!.s)) r++;
  if (!tokenAtIndex(tokens, r)?.info.role) return;
  found.role ??= appointedRole(tokens, at + 1, r, tokens[at]!.s);
  found.organisation ??= lastOrgBefore(tokens, orgs, nameStart)?.canonical ?? subjectOrgOfPreviousSentence(tokens, orgs, nameStart, text);
}

/**
 * The token after a date phrase at `k` (`mit Wirkung zum 1. Juli`, `zum 1. Januar 2026`, `ab März`, `am Montag`), as an
 * appointment puts it between the name and the role (`hat Dr. Helena Vogt-Brandis mit Wirkung zum 1. Juli zur
 * Vorstandsvorsitzenden bestellt`); `k` itself when none is there.
 */
function afterDate(tokens: Token[], k: number): number {
  let j = k;
  if (tokenAtIndex(tokens, j)?.s === 'mit' && tokenAtIndex(tokens, j + 1)?.s === 'Wirkung') j += 2;
  const at = tokenAtIndex(tokens, j);
  if (at === undefined || !/^(?:zum|vom|ab|am)$/u.test(at.s)) return k;
  // A day and its month (`1. Juli`), or one word (`März`, `Montag`, `sofort`), then perhaps a year. What follows is an
  // appointment only if a role comes after `zum`/`zur` (the caller's test).
  let e = j + 1;
  if (/^\d{1,2}$/u.test(tokenAtIndex(tokens, e)?.s ?? '') && tokenAtIndex(tokens, e + 1)?.s === '.' && MONTHS.has(tokenAtIndex(tokens, e + 2)?.s ?? '')) e += 3;
  else if (tokenAtIndex(tokens, e)?.word) e++;
  else return k;
  if (/^\d{4}$/u.test(tokenAtIndex(tokens, e)?.s ?? '')) e++;
  return e;
}

/**
 * The token after what follows a name as its own: a bracket (`(Landkreis Altmoor)`, `(KRZ-SW)`) and an
 * organisation after `von`/`vom`/`bei` (`vom Kommunalen Rechenzentrum Südwest (KRZ-SW)`); `k` itself when neither.
 */
function afterNamesOrganisation(tokens: Token[], orgs: OrgSpan[], k: number): number {
  let t = tokenAtIndex(tokens, k);
  if (t !== undefined && ORG_PREPOSITIONS.has(t.s) && t.s !== 'der' && t.s !== 'des') {
    const o = orgAfterPreposition(tokens, orgs, k - 1);
    if (o === undefined) return k;
    while (k < tokens.length && tokens[k]!.start < o.end) k++;
    t = tokenAtIndex(tokens, k);
  }
  if (t !== undefined && t.s === '(') {
    let j = k + 1;
    while (j < tokens.length && j - k <= 12 && tokens[j]!.s !== ')' && tokens[j]!.sent === t.sent) j++;
    if (tokenAtIndex(tokens, j)?.s === ')') k = j + 1;
  }
  return k;
}

/** Role nouns declined like adjectives (`zum Vorsitzenden`, nominative `Vorsitzender`). */
const ADJECTIVAL_ROLE_RE = /(?:vorsitzend|beigeordnet|beauftragt|abgeordnet)en$/iu;

/**
 * The role after `zum`/`zur`/`als` from token `from` (adjectives) to the role word at `r`, in the nominative:
 * `zum stellvertretenden Vorsitzenden` → `stellvertretender Vorsitzender`, `zur Vorsitzenden` → `Vorsitzende`.
 * `neu` is the appointment's, not the role's (`zum neuen Vorsitzenden` → `Vorsitzender`).
 */
function appointedRole(tokens: Token[], from: number, r: number, preposition: string): string {
  if (preposition === 'als') return roleText(tokens, r);
  const ending = preposition === 'zum' ? 'er' : 'e';
  const words: string[] = [];
  for (let k = from; k < r; k++) {
    const w = tokens[k]!.s;
    if (/^neu/iu.test(w)) continue;
    words.push(w.replace(/en$/u, ending));
  }
  // roleText puts an adjective right before the role in front of it; the loop above has them already.
  let role = roleText(tokens, r);
  if (r > from && role.startsWith(`${tokens[r - 1]!.s} `)) role = role.slice(tokens[r - 1]!.s.length + 1);
  const head = role.split(' ')[0]!;
  const rest = role.slice(head.length);
  words.push((ADJECTIVAL_ROLE_RE.test(head) ? head.replace(/en$/u, ending) : head) + rest);
  return words.join(' ');
}

/** The apposition's role word at `r` and the organisation before the apposition ends. */
function roleInApposition(text: string, tokens: Token[], orgs: OrgSpan[], nameEnd: number, r: number, found: RoleAndOrg): void {
  const endTok = appositionEnd(tokens, orgs, nameEnd + 2);
  const end = endTok < tokens.length ? tokens[endTok]!.start : text.length;
  const org = firstOrgBetween(orgs, tokens[r]!.start, end, true);
  found.role ??= roleText(tokens, r, org ? org.start : end, !org);
  found.organisation ??= org?.canonical ?? compoundOrg(orgs, tokens[r]!) ?? orgOfBareHead(tokens, orgs, r + 1, endTok);
}

/** The first token of token `k`'s sentence. */
function sentenceStartToken(tokens: Token[], k: number): number {
  const sent = tokens[k]!.sent;
  while (k > 0 && tokens[k - 1]!.sent === sent) k--;
  return k;
}

/** Words for a company in a role's complement (`des Unternehmens`, `der Firma`), and a company's legal forms. */
const COMPANY_NOUN_RE = /^(?:Unternehmens|Firma|Konzerns|Herstellers|Anbieters)$/u;
const COMPANY_FORM_RE = /\s(?:GmbH|gGmbH|AG|SE|KG|KGaA|mbH)$/u;

/**
 * `Sprecher der Staatsanwaltschaft`, `die Informationssicherheitsbeauftragte des Rechenzentrums`: a role's
 * complement that is an institution noun alone (no name after it) means the article's one organisation it heads
 * (`Staatsanwaltschaft Brenzfeld`, `Kommunales Rechenzentrum Saaletal`); null when none or several do. Tokens
 * `from` … `to` - 1.
 */
function orgOfBareHead(tokens: Token[], orgs: OrgSpan[], from: number, to: number): string | null {
  for (let k = from; k + 1 < to; k++) {
    if (tokens[k]!.s !== 'des' && tokens[k]!.s !== 'der') continue;
    const noun = tokens[k + 1]!;
    const company = COMPANY_NOUN_RE.test(noun.s);
    const head = noun.cap ? noun.info.head : null;
    if (head === null && !company) return null;
    const next = tokenAtIndex(tokens, k + 2);
    if (next !== undefined && next.sent === noun.sent && next.cap && next.word) return null; // a name follows: not bare
    // `Die Celeris Software GmbH verarbeite …, teilte Anja Thielmann, Sprecherin des Unternehmens, mit`: the
    // sentence's one company (by its legal form), else the article's.
    if (company) {
      const s0 = sentenceStartToken(tokens, k);
      const from = tokens[s0]!.start;
      const inSentence = onlyOrg(orgs, (c) => COMPANY_FORM_RE.test(c) && orgs.some((o) => o.canonical === c && o.start >= from && o.end <= noun.start));
      return inSentence ?? onlyOrg(orgs, (c) => COMPANY_FORM_RE.test(c));
    }
    return onlyOrg(orgs, (c) => c.split(/\s+/u).some((w) => institutionHead(w) === head));
  }
  return null;
}

/**
 * The organisation that fills a bracket opened before token `k`: it starts at `k` and a `)` or `,` follows it. Not
 * one that merely starts the bracket (`(Dataport-Studie von 2023)`).
 */
function orgInBrackets(tokens: Token[], orgs: OrgSpan[], k: number): OrgSpan | undefined {
  const first = tokenAtIndex(tokens, k);
  if (first === undefined) return undefined;
  const o = orgs.find((x) => x.start === first.start);
  if (o === undefined) return undefined;
  let after = k;
  while (after < tokens.length && tokens[after]!.end <= o.end) after++;
  const next = tokenAtIndex(tokens, after);
  return next !== undefined && (next.s === ')' || next.s === ',') && next.sent === first.sent ? o : undefined;
}

/**
 * The organisation right after the preposition after the name, or one word later after `Deutsche`/`der`/`dem`, or
 * after a word for its kind that is no part of its name (`vom Unternehmen …`, `von der Kanzlei Overbeck & Partner
 * mbB`).
 */
function orgAfterPreposition(tokens: Token[], orgs: OrgSpan[], nameEnd: number): OrgSpan | undefined {
  const second = tokenAtIndex(tokens, nameEnd + 2);
  const third = tokenAtIndex(tokens, nameEnd + 3);
  const fourth = tokenAtIndex(tokens, nameEnd + 4);
  const at = second ? second.start : -1; // offsets are ≥ 0: -1 matches no span
  const skipOne = second !== undefined && (/^(?:Deutsche|der|dem)/u.test(second.s) || isGenericDescriptor(second.s));
  const skipTwo = skipOne && third !== undefined && /^(?:der|dem)$/u.test(second!.s) && isGenericDescriptor(third.s);
  for (const x of orgs) {
    if (x.start === at || (third && skipOne && x.start === third.start) || (fourth && skipTwo && x.start === fourth.start)) return x;
  }
  return undefined;
}

/**
 * The role noun at token `r` with the adjectives and complements that belong to it. `genitive`: whether a
 * `des …`/`der …` complement may join (not when an organisation follows: that is the organisation, not the role).
 */
function roleText(tokens: Token[], r: number, limit = Infinity, genitive = true): string {
  const t = tokens[r]!;
  const words = [roleBase(t.s)];
  const s = r - 1;
  if (/officer$/iu.test(t.s)) {
    for (let b = s; b >= 0 && r - b <= 2 && tokens[b]!.cap && tokens[b]!.word; b--) words.unshift(tokens[b]!.s);
  } else if (s >= 0 && ROLE_ADJECTIVE_RE.test(tokens[s]!.s)) {
    words.unshift(tokens[s]!.s);
  }
  // Complement: `Abteilungsleiter Digitalisierung`, `Beigeordneter für Digitalisierung`, `Leiter des Projekts Phoenix`.
  const comp: string[] = [];
  for (let n = r + 1; n < tokens.length && tokens[n]!.sent === t.sent && tokens[n]!.end <= limit && comp.length < 4; n++) {
    const u = tokens[n]!;
    const next = tokenAtIndex(tokens, n + 1);
    if (u.cap && u.word && !u.info.firstName && u.s !== 'Dr' && u.s !== 'Prof' && !isNameWord(next)) comp.push(u.s);
    else if ((u.s === 'für' || (genitive && (u.s === 'des' || u.s === 'der'))) && next?.cap && next.end <= limit) comp.push(u.s);
    else break;
  }
  while (comp.length > 0 && /^(?:für|des|der)$/u.test(comp[comp.length - 1]!)) comp.pop();
  return words.concat(comp).join(' ');
}

/** Token index where an apposition starting at `from` ends: the first comma or sentence end outside an org span. */
function appositionEnd(tokens: Token[], orgs: OrgSpan[], from: number): number {
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.sent !== tokens[from]!.sent) return j;
    if (t.s === ',' || t.s === '.' || t.s === ';') {
      if (insideOrg(orgs, t)) continue;
      return j;
    }
  }
  return tokens.length;
}

// The organisation look-ups below are loops, not filter/find/some with closures: they are inlined into the role
// rules of every name, and each closure made those compiles larger.

/** Token `t` lies inside an organisation's name: a comma there does not end an apposition. */
function insideOrg(orgs: OrgSpan[], t: Token): boolean {
  for (const o of orgs) if (o.start < t.start && t.end <= o.end) return true;
  return false;
}

/** First organisation in [start, end); with `memberAware`, `X-Mitglied(s) Y` prefers Y. */
function firstOrgBetween(orgs: OrgSpan[], start: number, end: number, memberAware = true): OrgSpan | null {
  let first: OrgSpan | null = null;
  let firstNotMember: OrgSpan | null = null;
  let inside = 0;
  for (const o of orgs) {
    if (!(o.start >= start && o.end <= end)) continue;
    inside++;
    first ??= o;
    if (firstNotMember === null && !o.memberOf) firstNotMember = o;
  }
  if (memberAware && inside > 1 && firstNotMember !== null) return firstNotMember;
  return first;
}

/** `regio iT-Geschäftsführer`, `KGSt-Vorstand`: the organisation glued in front of a role word. */
function compoundOrg(orgs: OrgSpan[], t: Token): string | null {
  if (!t.s.includes('-')) return null;
  for (const x of orgs) if ((x.start >= t.start || x.end > t.start) && x.start < t.end && x.end < t.end) return x.canonical;
  // Two-word lexicon names reach back before the token: `regio iT-Geschäftsführer` tokenises as `regio` + `iT-…`.
  for (const x of orgs) if (x.start < t.start && x.end > t.start && x.end < t.end) return x.canonical;
  return null;
}

/**
 * `Dessen Präsidentin …`: the first organisation of the sentence before the possessive. With `text`, only when
 * that sentence is in the same paragraph (no line break in between). With the `possessive`, the first one whose
 * name agrees with it if any does: `Deren` refers to a feminine one (`Gewerkschaft`, `Stiftung`), `Dessen` to a
 * masculine or neuter one (`Verband`, `Landesamt`).
 */
function subjectOrgOfPreviousSentence(tokens: Token[], orgs: OrgSpan[], at: number, text?: string, possessive?: string): string | null {
  const sent = tokens[at]!.sent;
  let s = at;
  while (s > 0 && tokens[s - 1]!.sent === sent) s--;
  let p = s - 1;
  if (p < 0) return null;
  if (text !== undefined && text.slice(tokens[p]!.end, tokens[s]!.start).includes('\n')) return null;
  const prevSent = tokens[p]!.sent;
  while (p > 0 && tokens[p - 1]!.sent === prevSent) p--;
  const from = tokens[p]!.start;
  const to = tokens[s]!.start;
  const want = possessive === undefined ? null : /^[Dd]eren$/u.test(possessive) ? 'f' : /^[Dd]essen$/u.test(possessive) ? 'mn' : null;
  // `Dessen`/`Deren` point back to the last organisation of their gender, as a demonstrative does (`Unterstützung
  // erhält das KRS vom Landesamt für Cybersicherheit. Dessen Präsidentin …`: the Landesamt's), not to the subject.
  let first: string | null = null;
  let last: string | null = null;
  for (const x of orgs) {
    if (x.start < from || x.end > to) continue;
    if (want === null) return x.canonical;
    first ??= x.canonical;
    const g = orgGender(x.canonical);
    if (g !== null && (want === 'f') === (g === 'f')) last = x.canonical;
  }
  return last ?? first;
}

/** The grammatical gender of an organisation's name: of its first institution noun (`Gewerkschaft …` f), or null. */
function orgGender(name: string): Gender | null {
  for (const w of name.split(/\s+/u)) {
    const head = institutionHead(w);
    if (head) return headGender(head);
  }
  return null;
}

/**
 * The organisation a possessive at token `at` refers to: after a comma, a relative one (`die Digitalagentur
 * Lennestein gGmbH, deren Geschäftsführer …`) refers to the organisation right before the comma; otherwise to the
 * sentence before (`… (LISC). Dessen Präsident …`).
 */
function possessiveOrg(tokens: Token[], orgs: OrgSpan[], at: number): string | null {
  const w = tokens[at]!.s;
  if ((w === 'deren' || w === 'dessen') && at > 0 && (tokens[at - 1]!.s === ',' || tokens[at - 1]!.s === 'und')) {
    const before = lastOrgBefore(tokens, orgs, at - 1);
    if (before) return before.canonical;
  }
  return subjectOrgOfPreviousSentence(tokens, orgs, at, undefined, w);
}

/** The last organisation that ends before token `at`, in the same sentence. */
function lastOrgBefore(tokens: Token[], orgs: OrgSpan[], at: number): OrgSpan | null {
  const sent = tokens[at]!.sent;
  let s = at;
  while (s > 0 && tokens[s - 1]!.sent === sent) s--;
  let best: OrgSpan | null = null;
  for (const o of orgs) if (o.start >= tokens[s]!.start && o.end <= tokens[at]!.start) best = o;
  return best;
}

/**
 * The first of two role phrases joined by `und` before a name, when it names its own organisation
 * (`Vorstandsvorsitzende des Dienstleisters Dataport und Vitako-Vorstandmitglied …` → Vorstandsvorsitzende,
 * Dataport); null otherwise. `j` is the role token right before the name.
 */
function earlierRolePhrase(tokens: Token[], orgs: OrgSpan[], j: number): { role: string; organisation: string } | null {
  const and = j - 1;
  if (and < 0 || tokens[and]!.s !== 'und') return null;
  const sent = tokens[j]!.sent;
  for (let r = and - 1; r >= 0 && and - r <= 8 && tokens[r]!.sent === sent && tokens[r]!.s !== ','; r--) {
    if (!tokens[r]!.info.role) continue;
    const org = firstOrgBetween(orgs, tokens[r]!.start, tokens[and]!.start);
    return org ? { role: roleText(tokens, r, org.start, false), organisation: org.canonical } : null;
  }
  return null;
}

/**
 * A role given where a person without one is named again by surname (`Der neue Schatzmeister Aydın kündigte an`),
 * or in a clause opened by `Als` and the role, the verb, then the name as subject (`Als Vorsitzender führt Kessler
 * den FKD seit 2019`, `Als Wahlleiterin fungierte Gudrun Falk`).
 */
function rolesAtMentions(tokens: Token[], orgs: OrgSpan[], people: PersonRecord[], mentions: PersonMention[]): void {
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    const p = people[m.person]!;
    if (p.role !== null) continue;
    let r = m.token - 1;
    const before = tokenAtIndex(tokens, r);
    if (before === undefined || before.sent !== tokens[m.token]!.sent) continue;
    if (!before.info.role) {
      // `Als Vorsitzender führt Kessler`: `Als` opens the sentence, the role, one lower-case verb, the name.
      r = m.token - 2;
      const role = tokenAtIndex(tokens, r);
      if (before.cap || !before.word || role === undefined || !role.info.role) continue;
      let a = r - 1;
      while (a >= 0 && ROLE_ADJECTIVE_RE.test(tokens[a]!.s)) a--;
      if (a < 0 || tokens[a]!.s !== 'Als' || (a > 0 && tokens[a - 1]!.sent === tokens[a]!.sent)) continue;
    }
    p.role = roleText(tokens, r, tokens[m.token]!.start);
    p.organisation ??= compoundOrg(orgs, tokens[r]!) ?? orgOfRolePrefix(orgs, tokens[r]!.s);
  }
}

/**
 * A sentence that opens with an article and a role, no name after it, describes the one person the sentence before
 * named (`Der eine ist Dirk Sauerland. Der Hauptamtsleiter, seit 28 Jahren im Rathaus, …`): that person's role, if
 * they have none and the article, the role's form and their first name agree on the gender.
 */
function rolesOfDescriptions(tokens: Token[], people: PersonRecord[], mentions: PersonMention[]): void {
  // From each named person to the next sentence's start, not over every token: a walk over all tokens, though it
  // tested little at each, cost ≈ 1 % of the first charts' instructions.
  for (const m of mentions) {
    if (people[m.person]!.role !== null) continue;
    const sent = tokens[m.token]!.sent;
    const i = nextSentenceStart(tokens, m.lastToken);
    const art = tokenAtIndex(tokens, i);
    if (art === undefined || art.sent !== sent + 1 || (art.s !== 'Der' && art.s !== 'Die')) continue;
    let r = i + 1;
    while (r < tokens.length && r - i <= 2 && ROLE_ADJECTIVE_RE.test(tokens[r]!.s)) r++;
    const role = tokenAtIndex(tokens, r);
    const after = tokenAtIndex(tokens, r + 1);
    if (role === undefined || !role.info.role || role.sent !== art.sent || after === undefined) continue;
    if (after.s !== ',' && (after.cap || !after.word)) continue; // a name or another noun after the role
    // The people named in the sentence before: exactly one.
    let one = true;
    for (const o of mentions) if (o.person !== m.person && tokens[o.token]!.sent === sent) one = false;
    if (!one) continue;
    const want = art.s === 'Die' ? 'f' : 'm';
    const formGender = roleWordGender(role.s);
    const nameGender = firstNameGender(people[m.person]!.name.split(/\s+/u)[0] ?? '');
    if ((formGender !== null && formGender !== want) || (nameGender !== null && nameGender !== want)) continue;
    people[m.person]!.role = roleText(tokens, r, after.start);
  }
}

/** Index of the first token of the sentence after token `k`'s (tokens.length when there is none). */
function nextSentenceStart(tokens: Token[], k: number): number {
  const sent = tokens[k]!.sent;
  while (k < tokens.length && tokens[k]!.sent === sent) k++;
  return k;
}

/**
 * `Neu in den Vorstand rückt Marco Linnemann. … Als Finanzvorstand verantwortet er künftig …`: a sentence opened by
 * `Als` and a role, one verb, then `er`/`sie` gives that role to the last person named before it, within two
 * sentences, if they have none and their first name does not contradict the pronoun.
 */
function rolesOfPronouns(tokens: Token[], people: PersonRecord[], mentions: PersonMention[]): void {
  // From each person's last mention to the starts of the two sentences after it (see rolesOfDescriptions).
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    const p = people[m.person]!;
    if (p.role !== null) continue;
    let next: PersonMention | undefined;
    for (const o of mentions) if (o.start > m.start && (next === undefined || o.start < next.start)) next = o;
    let i = m.lastToken;
    for (let step = 0; step < 2; step++) {
      i = nextSentenceStart(tokens, i);
      if (i >= tokens.length) break; // two steps: the sentences one and two after the person's
      if (next !== undefined && next.start < tokens[i]!.start) break; // someone else was named in between
      if (tokens[i]!.s !== 'Als') continue;
      let r = i + 1;
      while (r < tokens.length && r - i <= 2 && ROLE_ADJECTIVE_RE.test(tokens[r]!.s)) r++;
      const role = tokenAtIndex(tokens, r);
      const verb = tokenAtIndex(tokens, r + 1);
      const pronoun = tokenAtIndex(tokens, r + 2);
      if (role === undefined || !role.info.role || verb === undefined || pronoun === undefined) continue;
      if (verb.cap || !verb.word || (pronoun.s !== 'er' && pronoun.s !== 'sie') || pronoun.sent !== tokens[i]!.sent) continue;
      const nameGender = firstNameGender(p.name.split(/\s+/u)[0] ?? '');
      if (nameGender !== null && nameGender !== (pronoun.s === 'sie' ? 'f' : 'm')) continue;
      p.role = roleText(tokens, r, verb.start);
      break;
    }
  }
}

/** Surname-only mentions (`so Hagen`, `Ruge berichtete`, `Dammermanns Sicht`, `Frau Okonkwo-Berger`). */
function addSurnameMentions(tokens: Token[], people: PersonRecord[], mentions: PersonMention[]): void {
  if (people.length === 0) return;
  const bySurname = new Map<string, number>();
  for (let n = 0; n < people.length; n++) {
    bySurname.set(people[n]!.surname, n);
    bySurname.set(`${people[n]!.surname}s`, n);
  }
  const covered = new Set<number>();
  for (const m of mentions) for (let t = m.token; t <= m.lastToken; t++) covered.add(t);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || covered.has(i)) continue;
    const n = bySurname.get(t.s);
    if (n === undefined) continue;
    const end = t.s === `${people[n]!.surname}s` ? t.end - 1 : t.end;
    mentions.push({ start: t.start, end, person: n, token: i, lastToken: i });
  }
}
