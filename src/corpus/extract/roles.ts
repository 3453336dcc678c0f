/**
 * Role words of people in this field (`Geschäftsführer`, `Staatssekretärin`, `Landrätin`, `CIO`), recognised by
 * their ending so compounds (`Vitako-Vorstandsvorsitzende`, `Bundesdigitalminister`, `Schuldezernentin`) and
 * feminine and declined forms (`-in`, `-innen`, `-en`) need no list of their own.
 */
import { mayEndLike, tailKeys } from './wordTail.ts';

const ROLE_STEMS = [
  'geschäftsführer', 'staatssekretär', 'vorsitzende', 'vorsitzender', 'vorstand', 'vorständ', 'ratsherr', 'ratsfrau', 'ratsmitglied', 'kämmerin', 'stadtrat', 'stadträt', 'vorstandsmitglied', 'vorstandmitglied',
  'landrat', 'landrät', 'bürgermeister', 'leiter', 'beigeordnete', 'beigeordneter', 'staatsrat', 'staatsrät', 'minister',
  'senator', 'präsident', 'direktor', 'sprecher', 'dezernent', 'gastredner', 'referent', 'chef', 'kämmerer',
  'beauftragte', 'beauftragter', 'officer', 'manager', 'koordinator', 'berater', 'professor', 'vorsteher', 'gründer',
  'cio', 'cdo', 'ceo', 'cto', 'ciso', 'abgeordnete', 'abgeordneter', 'stadtdirektor', 'amtschef', 'rektor', 'kanzler',
  'geschäftsstellenleiter', 'obmann', 'fachbereichsleiter', 'dekan', 'redner', 'moderator', 'schatzmeister', 'schriftführer',
  'beisitzer', 'anwalt', 'anwält', 'verordnete', 'verordneter', 'journalist',
];
const ROLE_RE = new RegExp(`(?:${ROLE_STEMS.join('|')})(?:in|innen|s|n|en|e)?$`, 'u');
/** Every role word ends like a stem with an ending (compounds too: the last part is the role). */
const ROLE_TAILS = tailKeys(ROLE_STEMS, ['', 'in', 'innen', 's', 'n', 'en', 'e']);
const NOT_ROLES = new Set(['halbleiter', 'lautsprecher', 'wegbegleiter', 'ministerin', 'ministerien']);

/** True when `word` is a role noun (capitalised, or an all-caps role acronym like `CIO`). */
export function isRoleWord(word: string): boolean {
  if (!mayEndLike(word, ROLE_TAILS)) return false;
  // Memoised: called for most tokens by several extractors, and the suffix regex is the expensive part.
  let r = roleCache.get(word);
  if (r === undefined) {
    r = computeIsRoleWord(word);
    if (roleCache.size > 100_000) roleCache.clear();
    roleCache.set(word, r);
  }
  return r;
}
const roleCache = new Map<string, boolean>();

function computeIsRoleWord(word: string): boolean {
  const h = word.lastIndexOf('-');
  if (h > 0 && h < word.length - 1) word = word.slice(h + 1); // `iT-Geschäftsführer`, `KGSt-Vorstand`
  const c = word.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && !/^[ÄÖÜ]/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (lower === 'ministerin') return true;
  // `Ministerium`, `Ministerien` are not roles; `Ministeriumssprecher` is.
  if (/^ministeri(?:um|ums|en)$/u.test(lower) || NOT_ROLES.has(lower)) return false;
  return ROLE_RE.test(lower);
}

/**
 * The role part of a compound whose first part names an organisation: `regio iT-Geschäftsführer` →
 * `Geschäftsführer`, `KGSt-Vorstand` → `Vorstand`. Other words are returned unchanged.
 */
export function roleBase(word: string): string {
  const i = word.lastIndexOf('-');
  if (i > 0) {
    const tail = word.slice(i + 1);
    if (isRoleWord(tail)) return tail;
  }
  return word;
}

/**
 * The part of a role compound before its role noun: `Universitätspräsidentin` → `Universitäts`,
 * `Nordlicht-Geschäftsführerin` → `Nordlicht`, `Geschäftsführer` → ``. Empty for words that are no role.
 */
export function rolePrefix(word: string): string {
  if (!isRoleWord(word)) return '';
  const i = word.lastIndexOf('-');
  if (i > 0 && isRoleWord(word.slice(i + 1))) return word.slice(0, i);
  const m = ROLE_RE.exec(word.toLowerCase());
  return m ? word.slice(0, m.index) : '';
}

/** Lower-case adjectives that belong to a role in front of it (`stellvertretende Vorsitzende`, `technischer Leiter`). */
export const ROLE_ADJECTIVE_RE = /^(?:stellvertretend|technisch|kaufmännisch|geschäftsführend|kommissarisch|ehemalig|neu|amtierend|erst|zweit|leitend|scheidend|langjährig|wissenschaftlich)(?:e|er|en|es)?$/u;
