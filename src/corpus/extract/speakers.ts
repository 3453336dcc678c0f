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
import { isKonjunktiv, isSpeechVerb, isStrictSpeechVerb } from './speechVerbs.ts';
import { isRoleWord, ROLE_ADJECTIVE_RE } from './roles.ts';

/** Result per person index: speaker flag and quotes in reading order. */
export interface Attribution {
  speaker: boolean[];
  quotes: string[][];
  /** For each input quote: indices of its speakers (empty when none). */
  quoteSpeakers: number[][];
}

const PRONOUNS = new Set(['er', 'sie', 'Er', 'Sie']);
const PREPOSITIONS = new Set(['von', 'mit', 'an', 'für', 'zum', 'zur', 'bei', 'beim', 'über', 'durch', 'ohne', 'gegen', 'um', 'vom', 'neben']);
const SKIPPABLE = /^(?:der|die|das|den|dem|des|Dr|Prof|\.|und|jedoch|auch|zudem|außerdem|dazu|hierzu)$/u;

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
  let prev: { speakers: number[]; end: number; sent: number } | null = null;
  for (const q of quotes) {
    let who: number[] = [];
    if (q.kind !== 'name') {
      const openTok = tokenAt(tokens, q.start - 1); // the opening mark
      const closeTok = tokenAt(tokens, q.end); // the closing mark
      const openSent = tokens[openTok]?.sent ?? -1;
      // (a) `„…“, sagte X` / `„…“, so X` / `„…“, sagte er`
      let k = closeTok + 1;
      if (tokens[k]?.s === ',') k++;
      const closeSent = tokens[closeTok]?.sent ?? -1;
      if (tokens[k] && tokens[k]!.sent === closeSent && isSpeechVerb(tokens[k]!.s) && tokens[k - 1]?.s === ',') {
        who = personsAfterVerb(tokens, k + 1, mentionAtToken);
        if (who.length === 0 && scanPronoun(tokens, k + 1, 3)) {
          const p = lastPersonBefore(mentions, q.start);
          if (p !== null) who = [p];
        }
      }
      // (b) a person earlier in the quote's sentence: `X erklärt: „…“`, `sieht er als “den richtigen Weg”`
      if (who.length === 0) {
        const s0 = sentenceStart(tokens, openTok);
        const from = tokens[s0]?.start ?? 0;
        const p = lastPersonBefore(mentions, q.start, from);
        if (p !== null) who = [p];
        else if (tokens.slice(s0, openTok).some((t) => PRONOUNS.has(t.s))) {
          const p2 = lastPersonBefore(mentions, q.start);
          if (p2 !== null) who = [p2];
        } else if (q.kind === 'fragment' && tokens.slice(s0, Math.min(tokens.length, closeTok + 12)).some((t) => t.sent === openSent && isKonjunktiv(t.s))) {
          // `Gleichzeitig gehe es … um einen “kommunalen Schulterschluss”`: indirect speech goes on.
          let back = s0;
          for (let n = 0; n < 3 && back > 0; n++) back = sentenceStart(tokens, back - 1);
          const p3 = lastPersonBefore(mentions, q.start, tokens[back]?.start ?? 0);
          if (p3 !== null) who = [p3];
        }
      }
      // (c) a quote standing alone after a quote: the same speaker goes on.
      if (who.length === 0 && q.kind === 'speech') {
        const s0 = sentenceStart(tokens, openTok);
        const atStart = s0 === openTok;
        // Same speaker goes on while nobody else is named in between and we are in the same paragraph.
        const between = prev ? text.slice(prev.end, q.start) : '';
        const otherNamed = prev !== null && mentions.some((m) => m.start >= prev!.end && m.end <= q.start && !prev!.speakers.includes(m.person));
        if (atStart && prev && !otherNamed && (openSent - prev.sent <= 2 || !/\n\s*\n/u.test(between))) who = prev.speakers;
        else if (atStart) {
          const p = lastPersonBefore(mentions, q.start, tokens[sentenceStart(tokens, Math.max(0, s0 - 1))]?.start ?? 0);
          if (p !== null) who = [p];
        }
      }
      if (who.length > 0) {
        for (const p of who) {
          speaker[p] = true;
          quoteLists[p]!.push(q.content.trim());
        }
        prev = { speakers: who, end: q.end, sent: tokens[closeTok]?.sent ?? openSent };
      }
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
    let b = m.token - 1;
    while (b >= 0 && (tokens[b]!.s === '.' || tokens[b]!.s === 'Dr' || tokens[b]!.s === 'Prof' || isRoleWord(tokens[b]!.s) || ROLE_ADJECTIVE_RE.test(tokens[b]!.s))) b--;
    if (b >= 0 && PREPOSITIONS.has(tokens[b]!.s)) continue;
    const sent = tokens[m.token]!.sent;
    let k = m.lastToken + 1;
    while (k < tokens.length && tokens[k]!.sent === sent) k++;
    // Look at whole sentences: one that names someone else hands the indirect speech to that person.
    for (let n = 0; n < 2 && k < tokens.length; n++) {
      const s = tokens[k]!.sent;
      let konj = false;
      let other = false;
      for (; k < tokens.length && tokens[k]!.sent === s; k++) {
        const o = mentionAtToken.get(k);
        if (o && o.person !== m.person) other = true;
        if (isKonjunktiv(tokens[k]!.s)) konj = true;
      }
      if (other) break;
      if (konj) { speaker[m.person] = true; break; }
    }
  }
  // An interviewee speaks.
  const interviewee = findInterviewee(text, tokens, mentions, people);
  if (interviewee !== null) speaker[interviewee] = true;
  return { speaker, quotes: quoteLists, quoteSpeakers };
}

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
  const s = tokens[ti]?.sent;
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
      if (tokens[k]?.s === 'und' && at.get(k + 1)) { k++; continue; }
      break;
    }
    const t = tokens[k]!;
    if (!(SKIPPABLE.test(t.s) || isRoleWord(t.s) || ROLE_ADJECTIVE_RE.test(t.s) || (t.cap && t.word))) break;
    k++;
  }
  return out;
}

function scanPronoun(tokens: Token[], from: number, n: number): boolean {
  for (let k = from; k < tokens.length && k < from + n; k++) if (PRONOUNS.has(tokens[k]!.s)) return true;
  return false;
}

/** `X sagte`, `X, Geschäftsführer des …, plädierte`. */
function verbAfter(tokens: Token[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.s === ',') {
    if (tokens[k + 1] && isStrictSpeechVerb(tokens[k + 1]!.s)) return true;
    const sent = tokens[k]!.sent;
    k++;
    while (k < tokens.length && tokens[k]!.s !== ',' && tokens[k]!.sent === sent) k++;
    if (tokens[k]?.s !== ',') return false;
    k++;
  }
  const t = tokens[k];
  return !!t && isStrictSpeechVerb(t.s) && t.s !== 'so' && t.s !== 'laut';
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
  const paragraphs = text.split(/\n\s*\n/);
  const questions = paragraphs.filter((p) => /\?\s*$/u.test(p.trim()) && p.trim().split(/\s+/).length <= 40);
  if (questions.length < 2 || mentions.length === 0) return null;
  for (const m of mentions) {
    const before = tokens[m.token - 1]?.s;
    if (before === 'Frau' || before === 'Herr' || before === 'Herrn') return m.person;
  }
  for (const m of mentions) {
    for (let k = m.token - 1; k >= 0 && k >= m.token - 8; k--) if (tokens[k]!.s === 'mit') return m.person;
  }
  return people.length > 0 ? 0 : null;
}
