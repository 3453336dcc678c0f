/**
 * Who speaks: attributes quotes to people and marks people reported in indirect speech. Rules, in order:
 * a speech verb after the quote (`„…“, sagte X` / `so X` / `sagte er`), a person earlier in the quote's sentence
 * (`X erklärt: „…“`), a continued quote (next sentence, same speaker); without quotes: a speech verb next to the
 * name (`X forderte`, `laut X`, `sagen X und Y`), Konjunktiv I in the sentences after the person, an interviewee.
 */
import type { Token } from './tokens.ts';
import { tokenAt } from './tokens.ts';
import type { QuoteSpan } from './quotes.ts';
import type { PersonMention, PersonRecord } from './people.ts';
import { isKonjunktiv, isKonjunktivII, isSpeechVerb, isStrictSpeechVerb } from './speechVerbs.ts';
import { isRoleWord, roleBase, ROLE_ADJECTIVE_RE } from './roles.ts';
import { personGenders, type PersonGender } from './gender.ts';

/** Result per person index: speaker flag and quotes in reading order. */
export interface Attribution {
  speaker: boolean[];
  quotes: string[][];
  /** For each input quote: indices of its speakers (empty when none). */
  quoteSpeakers: number[][];
  /** The person interviewed, in a question-and-answer layout; null otherwise. */
  interviewee: number | null;
}

/** `er` / `sie` and the gender of the person they refer to (a plural `sie` takes the last person too, as before). */
const PRONOUNS = new Map<string, 'f' | 'm'>([['er', 'm'], ['Er', 'm'], ['sie', 'f'], ['Sie', 'f']]);
const PREPOSITIONS = new Set(['von', 'mit', 'an', 'für', 'zum', 'zur', 'bei', 'beim', 'über', 'durch', 'ohne', 'gegen', 'um', 'vom', 'neben']);
// Name particles too: a later mention is the surname alone (`so van der Meulen` → `Meulen`).
const SKIPPABLE = /^(?:der|die|das|den|dem|des|Dr|Prof|\.|und|jedoch|auch|zudem|außerdem|dazu|hierzu|von|van|de|zu|vom|ten|ter)$/u;

/** The last quote that found its speakers: rule (c) lets a quote right after it continue it. */
interface Spoken {
  speakers: number[];
  end: number;
  sent: number;
}

// The rules live in small functions, one per rule and rare case: a rule met for the first time in the middle of a
// load then deoptimises (and recompiles) a small function, not the whole attribution, whose single compile cost
// ≈ 50 ms. Token lookups check the index against the length first: a read past the end deoptimises optimised code.

/** Attribute speech in one text. */
export function attributeSpeakers(
  text: string, tokens: Token[], quotes: QuoteSpan[], people: PersonRecord[], mentions: PersonMention[],
): Attribution {
  // Built by `push`, not `people.map`: `map` makes packed arrays while this runs unoptimised and holey ones once
  // Turbofan inlines it, and the quote lists end up in the documents, whose readers would deopt on the new kind.
  const speaker: boolean[] = [];
  const quoteLists: string[][] = [];
  for (let n = 0; n < people.length; n++) {
    speaker.push(false);
    quoteLists.push([]);
  }
  const quoteSpeakers: number[][] = [];
  const mentionAtToken = new Map<number, PersonMention>();
  for (const m of mentions) mentionAtToken.set(m.token, m);
  let prev: Spoken | null = null;
  // Genders are worked out only when a quote is attributed through `er` / `sie` (rare).
  let genders: PersonGender[] | null = null;
  const refs: Referents = { genders: () => (genders ??= personGenders(tokens, people, mentions)), people };
  for (const q of quotes) {
    // A short capitalised quote is a name or title (`„Frag Kasimir“`) unless a speech verb follows it:
    // `„Personalgewinnung ist Chefsache“, sagte Lüdecke.`
    const said = q.kind !== 'name' || saidAfter(tokens, q) || termAfterIndefinite(tokens, q);
    const who: number[] = said ? speakersOfQuote(text, tokens, q, mentions, mentionAtToken, prev, refs) : [];
    if (who.length > 0) {
      for (const p of who) {
        speaker[p] = true;
        quoteLists[p]!.push(q.content.trim());
      }
      prev = { speakers: who, end: q.end, sent: sentOf(tokens, tokenAt(tokens, q.end), sentOf(tokens, tokenAt(tokens, q.start - 1), -1)) };
    }
    quoteSpeakers.push(who);
  }

  // Indirect speech next to a name.
  for (const m of mentions) {
    if (speaker[m.person]) continue;
    if (verbAfter(tokens, m.lastToken) || verbBefore(tokens, m.token, mentionAtToken)) speaker[m.person] = true;
  }
  // Konjunktiv I in the two sentences after a person who is not in a prepositional phrase.
  for (const m of mentions) {
    if (speaker[m.person]) continue;
    if (konjunktivAfter(tokens, m, mentionAtToken)) speaker[m.person] = true;
  }
  // An interviewee speaks.
  const interviewee = findInterviewee(text, tokens, mentions, people);
  if (interviewee !== null) speaker[interviewee] = true;
  return { speaker, quotes: quoteLists, quoteSpeakers, interviewee };
}

/** `„…“, sagte …` / `„…“, so …`: the closing mark, a comma, a speech verb. */
function saidAfter(tokens: Token[], q: QuoteSpan): boolean {
  const close = tokenAt(tokens, q.end);
  return close + 2 < tokens.length && tokens[close + 1]!.s === ',' && isSpeechVerb(tokens[close + 2]!.s);
}

/**
 * `sprach von einem «Befreiungsschlag für den Dienstalltag»`, `nannte das Vorhaben ein «Generationenprojekt»`: a
 * short capitalised quote after an indefinite article, in a sentence with a speech verb before it, is a term
 * someone used, not a name (names take the definite article: `die App „Frag Kasimir“`).
 */
function termAfterIndefinite(tokens: Token[], q: QuoteSpan): boolean {
  const open = tokenAt(tokens, q.start - 1);
  if (open < 1 || !INDEFINITE.has(tokens[open - 1]!.s)) return false;
  const sent = tokens[open]!.sent;
  for (let k = open - 2; k >= 0 && tokens[k]!.sent === sent; k--) if (isSpeechVerb(tokens[k]!.s) && tokens[k]!.s !== 'so') return true;
  return false;
}
const INDEFINITE = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines']);

/** The sentence of token `k`, or `none` past the end. */
function sentOf(tokens: Token[], k: number, none: number): number {
  return k < tokens.length ? tokens[k]!.sent : none;
}

/** The speakers of one quote (not a `name`): rules (a), (b), (c) in turn; empty when none applies. */
function speakersOfQuote(
  text: string, tokens: Token[], q: QuoteSpan, mentions: PersonMention[], at: Map<number, PersonMention>, prev: Spoken | null,
  refs: Referents,
): number[] {
  const openTok = tokenAt(tokens, q.start - 1); // the opening mark
  const closeTok = tokenAt(tokens, q.end); // the closing mark
  const openSent = sentOf(tokens, openTok, -1);
  // (a) `„…“, sagte X` / `„…“, so X` / `„…“, sagte er`
  const after = speakersAfterQuote(tokens, q, closeTok, mentions, at, refs);
  // `„…“, sagte er` with nobody who can be meant: no other rule may guess.
  if (after === null) return [];
  let who = after;
  // (b) a person earlier in the quote's sentence: `X erklärt: „…“`, `sieht er als “den richtigen Weg”`
  if (who.length === 0) {
    const p = speakerEarlierInSentence(tokens, q, openTok, openSent, closeTok, mentions, refs);
    if (p !== null) who = [p];
  }
  // `„…“, sagte der Brückwerk-Chef, „und …“`: the second part of a quote split by its attribution, in the same sentence.
  if (who.length === 0 && prev !== null && prev.sent === openSent && !otherNamedBetween(mentions, prev, q.start)) who = prev.speakers;
  // (c) a quote standing alone after a quote: the same speaker goes on.
  if (who.length === 0 && q.kind === 'speech') who = continuedSpeakers(text, tokens, q, openTok, openSent, mentions, prev);
  return who;
}

/**
 * Rule (a): a speech verb after the quote and its comma, then the persons (or a pronoun or a role: the person it
 * refers to). Null when a pronoun or role follows that refers to nobody named before.
 */
function speakersAfterQuote(
  tokens: Token[], q: QuoteSpan, closeTok: number, mentions: PersonMention[], at: Map<number, PersonMention>, refs: Referents,
): number[] | null {
  let k = closeTok + 1;
  if (k < tokens.length && tokens[k]!.s === ',') k++;
  const closeSent = sentOf(tokens, closeTok, -1);
  if (k >= tokens.length || tokens[k]!.sent !== closeSent || !isSpeechVerb(tokens[k]!.s) || tokens[k - 1]!.s !== ',') return [];
  const who = personsAfterVerb(tokens, k + 1, at);
  if (who.length > 0) return who;
  const pronoun = pronounIn(tokens, k + 1, Math.min(tokens.length, k + 4));
  if (pronoun >= 0) {
    // `sagten sie`: a plural, of any gender; the last person named, as before genders were known.
    if (/en$/u.test(tokens[k]!.s) && tokens[pronoun]!.s === 'sie') {
      const p = lastPersonBefore(mentions, q.start);
      return p !== null ? [p] : null;
    }
    const p = pronounReferent(tokens, mentions, refs.genders(), PRONOUNS.get(tokens[pronoun]!.s)!, pronoun, q.start);
    return p !== null ? [p] : null;
  }
  // `„…“, sagte der Präsident des Landesamts` / `sagte die Brückwerk-Chefin`: a role instead of the name refers
  // back like a pronoun, its article telling the gender.
  const role = articleRole(tokens, k + 1);
  if (role >= 0) {
    const p = roleReferent(tokens, mentions, refs, tokens[k + 1]!.s === 'die' ? 'f' : 'm', role, q.start);
    if (p !== null) return [p];
  }
  return who;
}

/** Rule (b): the last person earlier in the quote's sentence; failing that, the rare pronoun and fragment cases. */
function speakerEarlierInSentence(
  tokens: Token[], q: QuoteSpan, openTok: number, openSent: number, closeTok: number, mentions: PersonMention[],
  refs: Referents,
): number | null {
  const s0 = sentenceStart(tokens, openTok);
  const p = lastSubjectBefore(tokens, mentions, q.start, s0 < tokens.length ? tokens[s0]!.start : 0);
  if (p !== null) return p;
  const pronoun = pronounIn(tokens, s0, openTok);
  if (pronoun >= 0) return pronounReferent(tokens, mentions, refs.genders(), PRONOUNS.get(tokens[pronoun]!.s)!, pronoun, q.start);
  // `Der Staatssekretär kündigte an, …: »…«`: a role with its article, as a pronoun.
  for (let k = s0; k < openTok; k++) {
    const role = articleRole(tokens, k);
    if (role < 0) continue;
    return roleReferent(tokens, mentions, refs, /^[Dd]ie$/u.test(tokens[k]!.s) ? 'f' : 'm', role, q.start);
  }
  // Indirect speech goes on into a sentence with a quote (`solle man … beginnen: «Perfektion ist …»`).
  if (konjunktivInSentence(tokens, s0, Math.min(tokens.length, closeTok + 12), openSent)) {
    return indirectSpeechGoesOn(tokens, q, s0, mentions);
  }
  return null;
}

/**
 * The person of the last mention before `offset` (from `minOffset`) that is not a possessive: in `Kötters
 * Nachfolgerin dankte ihm für „…“` the one who speaks is the successor, not Kötter.
 */
function lastSubjectBefore(tokens: Token[], mentions: PersonMention[], offset: number, minOffset: number): number | null {
  let best: PersonMention | null = null;
  for (const m of mentions) {
    if (m.end > offset) break;
    if (m.start < minOffset) continue;
    const last = tokens[m.lastToken]!;
    const next = m.lastToken + 1 < tokens.length ? tokens[m.lastToken + 1]! : null;
    const possessive = last.s.endsWith('s') && next !== null && next.sent === last.sent && next.cap && next.word;
    if (!possessive) best = m;
  }
  return best ? best.person : null;
}

/** The first pronoun among tokens `from` … `to` - 1 (`sieht er als “den richtigen Weg”`), as its index, or -1. */
function pronounIn(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (PRONOUNS.has(tokens[k]!.s)) return k;
  return -1;
}

/** What a pronoun or a role can refer to: the people's genders (worked out when first asked) and records. */
interface Referents {
  genders: () => PersonGender[];
  people: readonly PersonRecord[];
}

/**
 * The person a role at token `r` refers to (`widerspricht der Hohenmoorer Landrat: »…«`): the last one named before
 * `offset` who holds that role (`Bernd Schäufele, Landrat des Kreises Hohenmoor`), else as a pronoun of gender `want`.
 */
function roleReferent(tokens: Token[], mentions: PersonMention[], refs: Referents, want: 'f' | 'm', r: number, offset: number): number | null {
  const stem = roleBase(tokens[r]!.s).toLowerCase().replace(/(?:innen|in|en|n|s)$/u, '');
  let holder: PersonMention | null = null;
  let genders: PersonGender[] | null = null;
  for (const m of mentions) {
    if (m.end > offset) break;
    const role = refs.people[m.person]?.role;
    if (!role || !role.toLowerCase().includes(stem)) continue;
    // `sagte der scheidende Vorstandsvorsitzende` after his successor `zur Vorstandsvorsitzenden bestellt`: not her.
    genders ??= refs.genders();
    if (genders[m.person] !== (want === 'f' ? 'm' : 'f')) holder = m;
  }
  return holder ? holder.person : pronounReferent(tokens, mentions, refs.genders(), want, r, offset);
}

/** A capitalised place adjective, invariant in `-er`: `Hohenmoorer`, `Bremer`. */
const PLACE_ADJECTIVE_RE = /^\p{Lu}\p{Ll}+er$/u;

/**
 * `der`/`die` + (role adjectives) + a role word at token `k` (`der Präsident`, `die stellvertretende Leiterin`), or a
 * word for a person by trade (`sagte die Informatikerin`, `so der Jurist`): its index, or -1.
 */
function articleRole(tokens: Token[], k: number): number {
  if (k >= tokens.length || !/^[Dd](?:er|ie)$/u.test(tokens[k]!.s)) return -1;
  const epithet = /^[Dd]ie$/u.test(tokens[k]!.s) ? FEMININE_EPITHET_RE : MASCULINE_EPITHET_RE;
  const refers = (w: string): boolean => isRoleWord(w) || epithet.test(w);
  let r = k + 1;
  // Role adjectives and place adjectives (`der Hohenmoorer Landrat`, `die Bremer Staatsrätin`).
  while (r < tokens.length && r - k <= 2 && !refers(tokens[r]!.s) && (ROLE_ADJECTIVE_RE.test(tokens[r]!.s) || PLACE_ADJECTIVE_RE.test(tokens[r]!.s))) r++;
  return r < tokens.length && tokens[r]!.sent === tokens[k]!.sent && refers(tokens[r]!.s) ? r : -1;
}

/**
 * Words for a person by trade or field, which a report uses for someone named before as it uses a pronoun: the
 * endings of such nouns only (`Informatikerin`, `Juristin`, `Politologin`, `Ökonomin`, `Ingenieurin`, `Expertin`,
 * `Doktorandin`). Masculine forms in `-er` are left out: `der Anbieter`, `der Dienstleister`, `der Hersteller` are
 * organisations in this field.
 */
const FEMININE_EPITHET_RE = /^\p{Lu}\p{Ll}{2,}(?:iker|ist|log|nom|eur|ekt|er|ert|ant|ent|and|at)in$/u;
const MASCULINE_EPITHET_RE = /^\p{Lu}\p{Ll}{2,}(?:iker|ist|loge|nom|eur|ekt)$/u;

/**
 * The person a pronoun or a role (of gender `want`, at token `k`) refers to, among those named before `offset`: the
 * last one of that gender (`er`: known to be a man) if named in that sentence or the two before; else the last one
 * whose gender is not known to differ; else nobody (`„…“, sagte er` after only women is left unattributed rather
 * than given to one of them).
 */
function pronounReferent(
  tokens: Token[], mentions: PersonMention[], genders: PersonGender[], want: 'f' | 'm', k: number, offset: number,
): number | null {
  let agrees: PersonMention | null = null;
  let open: PersonMention | null = null;
  for (const m of mentions) {
    if (m.end > offset) break;
    const g = genders[m.person];
    if (g === want) agrees = m;
    if (g !== (want === 'f' ? 'm' : 'f')) open = m;
  }
  if (agrees && tokens[k]!.sent - sentOf(tokens, agrees.token, tokens[k]!.sent) <= 2) return agrees.person;
  return open ? open.person : null;
}

/** A Konjunktiv I of sentence `sent` among tokens `from` … `to` - 1. */
function konjunktivInSentence(tokens: Token[], from: number, to: number, sent: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.sent === sent && isKonjunktiv(tokens[k]!.s)) return true;
  return false;
}

/** `Gleichzeitig gehe es … um einen “kommunalen Schulterschluss”`: indirect speech goes on from up to 3 sentences back. */
function indirectSpeechGoesOn(tokens: Token[], q: QuoteSpan, s0: number, mentions: PersonMention[]): number | null {
  let back = s0;
  for (let n = 0; n < 3 && back > 0; n++) back = sentenceStart(tokens, back - 1);
  return lastPersonBefore(mentions, q.start, back < tokens.length ? tokens[back]!.start : 0);
}

/**
 * Rule (c): a quote at the start of its sentence continues the previous quote's speakers while nobody else is named
 * in between and the paragraph goes on; otherwise its speaker is the last person of the sentence before.
 */
function continuedSpeakers(
  text: string, tokens: Token[], q: QuoteSpan, openTok: number, openSent: number, mentions: PersonMention[], prev: Spoken | null,
): number[] {
  const s0 = sentenceStart(tokens, openTok);
  if (s0 !== openTok) return [];
  if (prev !== null && !otherNamedBetween(mentions, prev, q.start) && (openSent - prev.sent <= 2 || !/\n\s*\n/u.test(text.slice(prev.end, q.start)))) {
    return prev.speakers;
  }
  const before = sentenceStart(tokens, Math.max(0, s0 - 1));
  const p = lastPersonBefore(mentions, q.start, before < tokens.length ? tokens[before]!.start : 0);
  return p !== null ? [p] : [];
}

/** Someone other than `prev`'s speakers is named between `prev` and `offset`. */
function otherNamedBetween(mentions: PersonMention[], prev: Spoken, offset: number): boolean {
  for (const m of mentions) if (m.start >= prev.end && m.end <= offset && !prev.speakers.includes(m.person)) return true;
  return false;
}

/**
 * Konjunktiv I in the two sentences after mention `m`, unless the mention is in a prepositional phrase (skipping
 * titles and roles before it) or a sentence in between names someone else.
 */
function konjunktivAfter(tokens: Token[], m: PersonMention, mentionAtToken: Map<number, PersonMention>): boolean {
  let b = m.token - 1;
  while (b >= 0 && (tokens[b]!.s === '.' || tokens[b]!.s === 'Dr' || tokens[b]!.s === 'Prof' || isRoleWord(tokens[b]!.s) || ROLE_ADJECTIVE_RE.test(tokens[b]!.s))) b--;
  if (b >= 0 && PREPOSITIONS.has(tokens[b]!.s)) return false;
  const sent = tokens[m.token]!.sent;
  let k = m.lastToken + 1;
  while (k < tokens.length && tokens[k]!.sent === sent) k++;
  // Look at whole sentences: one that names someone else hands the indirect speech to that person, and so does one
  // that names its source without this person (`Nach Angaben des KRS sind …`, `laut Landesamt`).
  for (let n = 0; n < 2 && k < tokens.length; n++) {
    const s = tokens[k]!.sent;
    let konj = false;
    let other = false;
    let source = false;
    let self = false;
    let clause = k; // the token after the clause's comma: a relative pronoun or conjunction makes it subordinate
    for (; k < tokens.length && tokens[k]!.sent === s; k++) {
      const w = tokens[k]!.s;
      const o = mentionAtToken.get(k);
      if (o && o.person !== m.person) other = true;
      if (o && o.person === m.person) self = true;
      if (w === ',') clause = k + 1;
      else if (SOURCE_CUE.has(w) || (w === 'Angaben' && /^[Nn]ach$/u.test(tokens[k - 1]?.s ?? ''))) source = true;
      // `Gemeinden, die sich eigene Lösungen nie leisten könnten`: a possibility, not what anyone said.
      if (isKonjunktiv(w) && !(isKonjunktivII(w) && SUBORDINATE.has(tokens[clause]!.s))) konj = true;
    }
    if (other || (source && !self)) return false;
    if (konj) return true;
  }
  return false;
}

/** Words that name where a statement comes from (`laut`, `zufolge`; `Nach Angaben` is checked as a pair). */
const SOURCE_CUE = new Set(['laut', 'Laut', 'zufolge']);
/** Words that open a relative or conditional clause after its comma. */
const SUBORDINATE = new Set(['die', 'der', 'das', 'den', 'dem', 'denen', 'deren', 'dessen', 'welche', 'welcher', 'wenn', 'falls', 'ob']);

/** The person of the last mention ending at or before `offset` and starting at or after `minOffset`, or null. */
function lastPersonBefore(mentions: PersonMention[], offset: number, minOffset = 0): number | null {
  let best: PersonMention | null = null;
  for (const m of mentions) {
    if (m.end > offset) break;
    if (m.start >= minOffset) best = m;
  }
  return best ? best.person : null;
}

/** Index of the first token of the sentence of token `ti`. */
function sentenceStart(tokens: Token[], ti: number): number {
  if (ti >= tokens.length) return ti; // past the end (a quote closing the text): no sentence to walk back in
  const s = tokens[ti]!.sent;
  let k = ti;
  while (k > 0 && tokens[k - 1]!.sent === s) k--;
  return k;
}

/** Persons right after a speech verb, skipping roles/titles/articles; `sagen Dedy und Effing` gives both. */
function personsAfterVerb(tokens: Token[], from: number, at: Map<number, PersonMention>): number[] {
  const out: number[] = [];
  let k = from;
  for (let steps = 0; k < tokens.length && steps < 8; steps++) {
    const m = at.get(k);
    if (m) {
      out.push(m.person);
      k = m.lastToken + 1;
      if (k < tokens.length && tokens[k]!.s === 'und' && at.get(k + 1)) { k++; continue; }
      break;
    }
    const t = tokens[k]!;
    // `sagt der Vorstandsvorsitzende des KRM, Jörg Lindqvist`: a comma before the name after a role phrase.
    if (t.s === ',' && at.get(k + 1)) { k++; continue; }
    if (!(SKIPPABLE.test(t.s) || isRoleWord(t.s) || ROLE_ADJECTIVE_RE.test(t.s) || (t.cap && t.word))) break;
    k++;
  }
  return out;
}


/** `X sagte`, `X, Geschäftsführer des …, plädierte`. */
function verbAfter(tokens: Token[], last: number): boolean {
  const n = tokens.length;
  let k = last + 1;
  if (k < n && tokens[k]!.s === 'zufolge') return true; // `Ehrenfried zufolge sinkt die Bearbeitungszeit`
  if (k < n && tokens[k]!.s === ',') {
    if (k + 1 < n && isStrictSpeechVerb(tokens[k + 1]!.s)) return true;
    const sent = tokens[k]!.sent;
    k++;
    while (k < n && tokens[k]!.s !== ',' && tokens[k]!.sent === sent) k++;
    if (k >= n || tokens[k]!.s !== ',') return false;
    k++;
  }
  if (k >= n) return false;
  const t = tokens[k]!;
  return isStrictSpeechVerb(t.s) && t.s !== 'so' && t.s !== 'laut';
}

/** `sagte Gastredner X`, `so X`, `laut X`, `erläuterte Dr. X`, `sagen Dedy und X`. */
function verbBefore(tokens: Token[], first: number, at: Map<number, PersonMention>): boolean {
  let k = first - 1;
  for (let steps = 0; k >= 0 && steps < 6; steps++) {
    const t = tokens[k]!;
    if (isStrictSpeechVerb(t.s)) return true;
    const m = mentionEndingAt(at, k);
    if (m) { k = m.token - 1; continue; }
    if (!(SKIPPABLE.test(t.s) || isRoleWord(t.s) || ROLE_ADJECTIVE_RE.test(t.s))) return false;
    k--;
  }
  return false;
}

/** The first mention (in the map's order) whose last token is `k`. */
function mentionEndingAt(at: Map<number, PersonMention>, k: number): PersonMention | undefined {
  for (const x of at.values()) if (x.lastToken === k) return x;
  return undefined;
}

/** In a Q&A layout (several short question paragraphs), the person addressed or introduced is the interviewee. */
function findInterviewee(text: string, tokens: Token[], mentions: PersonMention[], people: PersonRecord[]): number | null {
  // Two question paragraphs need two question marks: most texts are done without splitting them into paragraphs.
  const q = text.indexOf('?');
  if (q < 0 || text.indexOf('?', q + 1) < 0 || mentions.length === 0) return null;
  return intervieweeOfQuestions(text, tokens, mentions, people);
}

/** `findInterviewee` for a text with two question marks or more (rare: its own function, see above). */
function intervieweeOfQuestions(text: string, tokens: Token[], mentions: PersonMention[], people: PersonRecord[]): number | null {
  const paragraphs = text.split(/\n\s*\n/);
  const questions = paragraphs.filter((p) => /\?\s*$/u.test(p.trim()) && p.trim().split(/\s+/).length <= 40);
  if (questions.length < 2 || mentions.length === 0) return null;
  // Answers labelled with the interviewee's name (`Von der Brelie: Beide Häuser …`): the surest sign.
  let labelled = -1;
  let most = 0;
  const counts = people.map(() => 0);
  for (const p of paragraphs) {
    const label = /^([^\n:]{2,40}):\s/u.exec(p.trim())?.[1]?.toLowerCase();
    if (!label) continue;
    people.forEach((r, i) => {
      const surname = r.surname.toLowerCase();
      if (label === surname || label.endsWith(` ${surname}`) || label === r.name.toLowerCase()) counts[i]!++;
    });
  }
  counts.forEach((c, i) => {
    if (c > most) { most = c; labelled = i; }
  });
  if (labelled >= 0) return labelled;
  for (const m of mentions) {
    const before = m.token > 0 ? tokens[m.token - 1]!.s : undefined;
    if (before === 'Frau' || before === 'Herr' || before === 'Herrn') return m.person;
  }
  for (const m of mentions) {
    for (let k = m.token - 1; k >= 0 && k >= m.token - 8; k--) if (tokens[k]!.s === 'mit') return m.person;
  }
  return people.length > 0 ? 0 : null;
}
