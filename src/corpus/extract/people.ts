/**
 * People in one text. German capitalises every noun, so two capitalised words are a name only with evidence:
 * a role word before or in apposition after, an academic title, a speech verb next to it, a listed first name.
 * Role and organisation come from the surrounding phrase; later surname-only mentions resolve to the full name.
 */
import type { Token } from './tokens.ts';
import { tokenAtIndex } from './tokens.ts';
import type { OrgSpan } from './organisations.ts';
import { roleBase, ROLE_ADJECTIVE_RE } from './roles.ts';
import { isSpeechVerb } from './speechVerbs.ts';
import { applyLaterDescriptions } from './laterDescriptions.ts';

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
const ORG_PREPOSITIONS = new Set(['von', 'vom', 'bei', 'beim', 'der', 'des']);
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
    const first = a.info.firstName;
    let score = titles ? 3 : 0;
    if (first) score += 2;
    const before = tokenAtIndex(tokens, (titles ? i : k) - 1);
    if (before && (before.info.role || before.s === 'Frau' || before.s === 'Herr')) score += 3;
    if (before && isSpeechVerb(before.s)) score += 2;
    const after = tokenAtIndex(tokens, b + 1);
    if (after && isSpeechVerb(after.s)) score += 2;
    if (after?.s === ',' && appositionRole(tokens, b + 2) >= 0) score += 3;
    const nounLike = NOUN_SUFFIX_RE.test(last.s) && !first;
    // The comparisons are made up front, not inside the conditions: there they ran only for rare names, and a
    // comparison optimised code has never seen run deoptimises the whole function when it first does.
    const weak = score < 3;
    const fair = score >= 2;
    const strong = score >= 5;
    if (weak && !(first && !NOUN_SUFFIX_RE.test(last.s.replace(/-.*$/u, '')) || (first && fair))) continue;
    if (nounLike && !strong) continue;
    const name = text.slice(a.start, last.end).replace(/\s+/g, ' ');
    const surname = last.s;
    let idx = byName.get(name);
    const { role, organisation } = roleAndOrganisation(text, tokens, orgs, titles ? i : k, b);
    if (idx === undefined) {
      idx = people.length;
      byName.set(name, idx);
      people.push({ name, title: titles ? titles.join(' ') : null, role, organisation, surname });
    } else {
      const p = people[idx]!;
      p.title ??= titles ? titles.join(' ') : null;
      p.role ??= role;
      p.organisation ??= organisation;
    }
    mentions.push({ start: a.start, end: last.end, person: idx, token: k, lastToken: b });
    i = b;
  }
  addSurnameMentions(tokens, people, mentions);
  mentions.sort((x, y) => x.start - y.start);
  applyLaterDescriptions(tokens, orgs, people, mentions);
  return { people, mentions };
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

/** Role and organisation from the phrase around a name spanning tokens [nameStart, nameEnd]. */
function roleAndOrganisation(
  text: string, tokens: Token[], orgs: OrgSpan[], nameStart: number, nameEnd: number,
): { role: string | null; organisation: string | null } {
  let role: string | null = null;
  let organisation: string | null = null;
  const sent = tokens[nameStart]!.sent;

  // 1. Role right before the name (`regio iT-Geschäftsführer Dieter Rehfeld`, `technischer Leiter Marco Fiedler`),
  //    possibly across one comma (`Der Hauptgeschäftsführer des Deutschen Städtetags, Helmut Dedy,`).
  let j = nameStart - 1;
  if (tokens[j]?.s === ',') {
    let r = j - 1;
    while (r >= 0 && j - r <= 8 && tokens[r]!.sent === sent && !tokens[r]!.info.role && tokens[r]!.s !== ',') r--;
    if (r >= 0 && tokens[r] && tokens[r]!.info.role && tokens[r]!.sent === sent) {
      role = roleText(tokens, r);
      organisation = firstOrgBetween(orgs, tokens[r]!.start, tokens[j]!.start)?.canonical ?? compoundOrg(orgs, tokens[r]!);
    }
  } else if (tokens[j]?.info.role) {
    role = roleText(tokens, j);
    organisation = compoundOrg(orgs, tokens[j]!);
    // `der Vorstandsvorsitzende des Dienstleisters Dataport und Vitako-Vorstandmitglied Dr. Johann Bizer`: two
    // roles with an organisation each; the first one named is the person's primary role.
    const earlier = organisation ? earlierRolePhrase(tokens, orgs, j) : null;
    if (earlier) ({ role, organisation } = earlier);
    if (!organisation) {
      // Walk back over the noun phrase (`Verbandsvorsteher des Zweckverbands, Landrat …`, `… und Bremer Staatsrat`,
      // `Ihr technischer Leiter`).
      let r = j - 1;
      while (r >= 0 && j - r <= 8 && tokens[r]!.sent === sent && (tokens[r]!.cap || /^(?:des|der|und|beim|im|,)$/u.test(tokens[r]!.s) || ROLE_ADJECTIVE_RE.test(tokens[r]!.s))) r--;
      organisation = firstOrgBetween(orgs, tokens[r + 1]?.start ?? 0, tokens[j]!.start)?.canonical ?? null;
      for (let d = r + 1; !organisation && d < j; d++) {
        if (POSSESSIVES.has(tokens[d]!.s)) organisation = subjectOrgOfPreviousSentence(tokens, orgs, d);
      }
      // `Für die Heide-IT war … . Vorstand Jens-Uwe Falkenhagen erklärte …`: a sentence that opens with a bare role
      // continues the organisation the sentence before (same paragraph) was about. Not a compound role
      // (`DLT-Vorstandsvorsitzende`): that names its own organisation, even one we do not know.
      const bare = roleBase(tokens[j]!.s) === tokens[j]!.s;
      if (!organisation && bare && (r < 0 || tokens[r]!.sent !== sent)) organisation = subjectOrgOfPreviousSentence(tokens, orgs, j, text);
    }
  } else if (tokens[j] && POSSESSIVES.has(tokens[j]!.s)) {
    organisation = subjectOrgOfPreviousSentence(tokens, orgs, j);
  }

  // 2. Apposition after the name (`, Abteilungsleiter Digitalisierung in der Bremer Senatsverwaltung,`).
  const after = tokens[nameEnd + 1];
  if (after?.s === ',') {
    const r = appositionRole(tokens, nameEnd + 2);
    const endTok = appositionEnd(tokens, orgs, nameEnd + 2);
    const end = tokens[endTok]?.start ?? text.length;
    if (r >= 0) {
      const org = firstOrgBetween(orgs, tokens[r]!.start, end, true);
      role ??= roleText(tokens, r, org ? org.start : end, !org);
      organisation ??= org?.canonical ?? compoundOrg(orgs, tokens[r]!);
    }
  } else if (after && ORG_PREPOSITIONS.has(after.s)) {
    // `Christoph Lindner von Dataport`
    const o = orgs.find((x) => x.start === tokens[nameEnd + 2]?.start || (tokens[nameEnd + 3] && x.start === tokens[nameEnd + 3]!.start && /^(?:Deutsche|der|dem)/u.test(tokens[nameEnd + 2]!.s)));
    if (o) organisation ??= o.canonical;
  } else if (after && /^(?:zum|zur|als)$/u.test(after.s) && tokens[nameEnd + 2]?.info.role) {
    // `nennt Vitako … die Bestellung von Ralf Resch zum Geschäftsführer`: the role is at the organisation the
    // sentence named before.
    role ??= roleText(tokens, nameEnd + 2);
    organisation ??= lastOrgBefore(tokens, orgs, nameStart)?.canonical ?? null;
  }
  return { role, organisation };
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
  } else if (tokens[s] && ROLE_ADJECTIVE_RE.test(tokens[s]!.s)) {
    words.unshift(tokens[s]!.s);
  }
  // Complement: `Abteilungsleiter Digitalisierung`, `Beigeordneter für Digitalisierung`, `Leiter des Projekts Phoenix`.
  const comp: string[] = [];
  for (let n = r + 1; n < tokens.length && tokens[n]!.sent === t.sent && tokens[n]!.end <= limit && comp.length < 4; n++) {
    const u = tokens[n]!;
    if (u.cap && u.word && !u.info.firstName && u.s !== 'Dr' && u.s !== 'Prof' && !isNameWord(tokens[n + 1])) comp.push(u.s);
    else if ((u.s === 'für' || (genitive && (u.s === 'des' || u.s === 'der'))) && tokens[n + 1]?.cap && tokens[n + 1]!.end <= limit) comp.push(u.s);
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
      if (orgs.some((o) => o.start < t.start && t.end <= o.end)) continue;
      return j;
    }
  }
  return tokens.length;
}

/** First organisation in [start, end); with `memberAware`, `X-Mitglied(s) Y` prefers Y. */
function firstOrgBetween(orgs: OrgSpan[], start: number, end: number, memberAware = true): OrgSpan | null {
  const inside = orgs.filter((o) => o.start >= start && o.end <= end);
  if (memberAware && inside.length > 1) {
    const notMember = inside.find((o) => !o.memberOf);
    if (notMember) return notMember;
  }
  return inside[0] ?? null;
}

/** `regio iT-Geschäftsführer`, `KGSt-Vorstand`: the organisation glued in front of a role word. */
function compoundOrg(orgs: OrgSpan[], t: Token): string | null {
  if (!t.s.includes('-')) return null;
  const o = orgs.find((x) => (x.start >= t.start || x.end > t.start) && x.start < t.end && x.end < t.end);
  if (o) return o.canonical;
  // Two-word lexicon names reach back before the token: `regio iT-Geschäftsführer` tokenises as `regio` + `iT-…`.
  const o2 = orgs.find((x) => x.start < t.start && x.end > t.start && x.end < t.end);
  return o2 ? o2.canonical : null;
}

/**
 * `Dessen Präsidentin …`: the first organisation of the sentence before the possessive. With `text`, only when
 * that sentence is in the same paragraph (no line break in between).
 */
function subjectOrgOfPreviousSentence(tokens: Token[], orgs: OrgSpan[], at: number, text?: string): string | null {
  const sent = tokens[at]!.sent;
  let s = at;
  while (s > 0 && tokens[s - 1]!.sent === sent) s--;
  let p = s - 1;
  if (p < 0) return null;
  if (text !== undefined && text.slice(tokens[p]!.end, tokens[s]!.start).includes('\n')) return null;
  const prevSent = tokens[p]!.sent;
  while (p > 0 && tokens[p - 1]!.sent === prevSent) p--;
  const o = orgs.find((x) => x.start >= tokens[p]!.start && x.end <= tokens[s]!.start);
  return o ? o.canonical : null;
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
  if (tokens[and]?.s !== 'und') return null;
  const sent = tokens[j]!.sent;
  for (let r = and - 1; r >= 0 && and - r <= 8 && tokens[r]!.sent === sent && tokens[r]!.s !== ','; r--) {
    if (!tokens[r]!.info.role) continue;
    const org = firstOrgBetween(orgs, tokens[r]!.start, tokens[and]!.start);
    return org ? { role: roleText(tokens, r, org.start, false), organisation: org.canonical } : null;
  }
  return null;
}

/** Surname-only mentions (`so Hagen`, `Ruge berichtete`, `Dammermanns Sicht`, `Frau Okonkwo-Berger`). */
function addSurnameMentions(tokens: Token[], people: PersonRecord[], mentions: PersonMention[]): void {
  if (people.length === 0) return;
  const bySurname = new Map<string, number>();
  people.forEach((p, n) => {
    bySurname.set(p.surname, n);
    bySurname.set(`${p.surname}s`, n);
  });
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
