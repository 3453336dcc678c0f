/**
 * What the extractors ask about a word, computed once per distinct word and shared by all its tokens: the
 * organisation, person and role rules each test most tokens, and a corpus repeats a few thousand words
 * hundreds of thousands of times. One memo lookup per token replaces a dozen set lookups and regex tests.
 */
import { isRoleWord } from './roles.ts';
import { CAPITALISED_FUNCTION_WORDS, institutionHead } from './institutionWords.ts';
import { isFirstName } from './firstNames.ts';

/** Facts about one word (or punctuation character) as written. */
export interface WordInfo {
  /** A role noun (`Geschäftsführerin`, `KGSt-Vorstand`, `CIO`). */
  role: boolean;
  /** The institution head a capitalised word ends with (`landesamt`), or null (always for lower-case words). */
  head: string | null;
  /** A listed first name. */
  firstName: boolean;
  /** A legal-form token that ends a company name (`GmbH`, `eG`, `e.V`). */
  legal: boolean;
  /** A name glued to its legal form (`Verkehrs-GmbH`). */
  gluedLegal: boolean;
  /** Can be part of a person's name: capitalised, name-shaped, not a function word, role, institution or month. */
  personName: boolean;
  /** Can be part of an organisation's name: a capitalised word that is neither a function word nor a role. */
  orgName: boolean;
  /**
   * Offsets of the word starts inside the word, after an inner `-`, `.` or apostrophe (`Nicht-Vitako` → [6]), where
   * a name can begin too; empty for most words.
   */
  innerStarts: readonly number[];
}

const LEGAL_TOKEN_RE = /^(?:gGmbH|GmbH|mbH|mbB|eG|AöR|gAöR|KöR|KdöR|AG|KG|SE|KGaA|e\.V)$/u;
const GLUED_LEGAL_RE = /-(?:GmbH|gGmbH|AG|eG)$/u;
const WORD_RE = /^[\p{L}\p{N}]/u;
const UPPER_RE = /^\p{Lu}/u;
const NAME_WORD_RE = /^\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?$/u;
/** Capitalised words that are never part of a person's name. */
const NOT_NAMES = new Set([
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
  'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Bund', 'Länder', 'Land', 'Kommunen',
  'Stadt', 'Landkreis', 'Gemeinde', 'Bürgerinnen', 'Bürger', 'Euro', 'Prozent', 'Open', 'Source', 'Digital', 'Data',
  'Frau', 'Herr', 'Herrn', 'Interview', 'Foto', 'Kontakt', 'Pressestelle', 'Telefon', 'Quelle', 'Deutschland',
]);

const NO_STARTS: readonly number[] = Object.freeze([]);

function innerStarts(s: string): readonly number[] {
  let out: number[] | null = null;
  for (let k = 1; k < s.length; k++) {
    const c = s.charCodeAt(k - 1);
    if (c === 45 || c === 46 || c === 39 || c === 0x2019) (out ??= []).push(k);
  }
  return out ?? NO_STARTS;
}

function compute(s: string): WordInfo {
  const word = WORD_RE.test(s);
  const cap = UPPER_RE.test(s);
  const role = isRoleWord(s);
  const head = institutionHead(s);
  const functionWord = CAPITALISED_FUNCTION_WORDS.has(s);
  return {
    role,
    head,
    firstName: isFirstName(s),
    legal: LEGAL_TOKEN_RE.test(s),
    gluedLegal: GLUED_LEGAL_RE.test(s),
    personName: cap && word && NAME_WORD_RE.test(s) && !functionWord && !NOT_NAMES.has(s) && !role && !head,
    orgName: word && cap && !functionWord && !role,
    innerStarts: innerStarts(s),
  };
}

const memo = new Map<string, WordInfo>();

/**
 * Lower-case words and numbers without a hyphen are none of these things (most tokens of a text). Built by
 * `compute` (the empty string is none of them either) and not frozen, so that every WordInfo has one object shape:
 * the extractors read these facts for every token.
 */
const PLAIN: WordInfo = compute('');
/** Legal forms that start lower-case. */
const LOWER_LEGAL = new Set(['eG', 'gGmbH', 'mbH', 'mbB', 'e.V']);
const INNER_SEPARATOR_RE = /[-.'’]/;

/** The facts about `s`, memoised (the memo is dropped when it grows past any real vocabulary). */
export function wordInfo(s: string): WordInfo {
  // Skip the memo (hashing every token string) for plain lower-case words and numbers: roles, names and legal
  // forms are capitalised, hyphenated (`iT-Geschäftsführer`) or one of a few lower-case legal forms, and a word
  // with inner word starts (`-`, `.`, apostrophes) needs its own entry.
  const c = s.charCodeAt(0);
  if (((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 228 || c === 246 || c === 252 || c === 223)
    && !INNER_SEPARATOR_RE.test(s) && !LOWER_LEGAL.has(s)) return PLAIN;
  let info = memo.get(s);
  if (info === undefined) {
    info = compute(s);
    if (memo.size > 200_000) memo.clear();
    memo.set(s, info);
  }
  return info;
}
