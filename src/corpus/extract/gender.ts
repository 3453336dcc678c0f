/**
 * The grammatical gender a text gives a person, for one purpose only: to resolve `„…“, sagte er` / `sagte sie` to
 * the right one of two people named just before (speakers.ts). It is never stored or shown.
 *
 * Evidence, as a reader would take it: a feminine or masculine role noun (`Geschäftsführerin`, `Staatssekretär`,
 * `stellvertretender Vorsitzender`), an article in front of a role that has one form for both (`der Vorsitzende`,
 * `die Beigeordnete`), `Frau` / `Herr` before the name, and a listed first name (firstNames.ts). Contradicting
 * evidence gives no gender, as does none.
 */
import type { Token } from './tokens.ts';
import type { PersonMention, PersonRecord } from './people.ts';
import { firstNameGender } from './firstNames.ts';
import { isRoleWord, ROLE_ADJECTIVE_RE } from './roles.ts';

export type PersonGender = 'f' | 'm' | null;

/** Role nouns with a masculine form and a feminine one in `-in` (lower case; the last part of a compound). */
const PAIRED_STEMS = 'geschäftsführer|staatssekretär|landrat|bürgermeister|leiter|staatsrat|minister|senator|präsident|direktor|sprecher|dezernent|referent|chef|kämmerer|manager|koordinator|berater|professor|vorsteher|gründer|rektor|kanzler|dekan|redner|moderator';
const PAIRED = new RegExp(`(?:${PAIRED_STEMS})$`, 'u');
/** The masculine form, also with a genitive or weak ending (`Geschäftsführers`, `Präsidenten`). */
const MASCULINE = new RegExp(`(?:${PAIRED_STEMS})(?:e?s|en|n)?$`, 'u');
/** The stems their feminine forms are built on, where the vowel changes (`Landrätin`, `Vorständin`). */
const FEMININE_STEM = /(?:landrät|staatsrät|vorständ)$/u;
/** Nouns made from adjectives, in their strong masculine form (`Vorsitzender`, `Beauftragter`). */
const ADJECTIVAL_MASCULINE = /(?:vorsitzender|beigeordneter|beauftragter|abgeordneter)$/u;
/** The same nouns in the form both genders share after an article (`der/die Vorsitzende`). */
const ADJECTIVAL_SHARED = /(?:vorsitzende|beigeordnete|beauftragte|abgeordnete)$/u;

/** Gender of one role word: `Geschäftsführerin` f, `Präsidenten` m, `Vorsitzende` or `Vorstand` null. */
export function roleWordGender(word: string): PersonGender {
  if (!isRoleWord(word)) return null;
  const h = word.lastIndexOf('-');
  const lower = (h > 0 ? word.slice(h + 1) : word).toLowerCase();
  for (const ending of ['in', 'innen']) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    if (PAIRED.test(stem) || FEMININE_STEM.test(stem)) return 'f';
  }
  return ADJECTIVAL_MASCULINE.test(lower) || MASCULINE.test(lower) ? 'm' : null;
}

/** Gender of a role as extracted (`stellvertretende Vorsitzende`, `Leiterin des Bürgerservice`): its first gendered word. */
export function roleGender(role: string | null): PersonGender {
  if (!role) return null;
  for (const w of role.split(/\s+/u)) {
    const g = roleWordGender(w);
    if (g) return g;
  }
  return null;
}

/** Evidence in the few tokens before a mention: `Frau`/`Herr`, a gendered role, an article before a shared one. */
function genderBefore(tokens: Token[], m: PersonMention): PersonGender {
  const sent = tokens[m.token]?.sent;
  for (let k = m.token - 1, n = 0; k >= 0 && n < 5 && tokens[k]!.sent === sent; k--, n++) {
    const s = tokens[k]!.s;
    if (s === 'Frau') return 'f';
    if (s === 'Herr' || s === 'Herrn') return 'm';
    if (s === '.' || s === 'Dr' || s === 'Prof' || ROLE_ADJECTIVE_RE.test(s)) continue;
    if (!isRoleWord(s)) return null;
    const g = roleWordGender(s);
    if (g) return g;
    if (!ADJECTIVAL_SHARED.test(s.toLowerCase())) return null;
    // `der (stellvertretende) Vorsitzende`: nominative masculine; `die …`: feminine.
    let a = k - 1;
    while (a >= 0 && ROLE_ADJECTIVE_RE.test(tokens[a]!.s)) a--;
    const article = a >= 0 && tokens[a]!.sent === sent ? tokens[a]!.s.toLowerCase() : '';
    return article === 'der' ? 'm' : article === 'die' ? 'f' : null;
  }
  return null;
}

/** Each person's gender from everything the text says of them; null where it says nothing or contradicts itself. */
export function personGenders(tokens: Token[], people: readonly PersonRecord[], mentions: readonly PersonMention[]): PersonGender[] {
  const f: boolean[] = people.map(() => false);
  const m: boolean[] = people.map(() => false);
  const vote = (i: number, g: PersonGender) => {
    if (g === 'f') f[i] = true;
    else if (g === 'm') m[i] = true;
  };
  people.forEach((p, i) => {
    vote(i, firstNameGender(p.name.split(/\s+/u)[0] ?? ''));
    vote(i, roleGender(p.role));
  });
  for (const mention of mentions) vote(mention.person, genderBefore(tokens, mention));
  return people.map((_, i) => (f[i] === m[i] ? null : f[i] ? 'f' : 'm'));
}
