/**
 * Institution nouns and legal forms: the shapes by which an organisation nobody listed is recognised, plus the
 * grammatical gender needed to turn `der Westfälischen Hochschule` back into `Westfälische Hochschule`.
 */
import { mayEndLike, tailKeys } from './wordTail.ts';

/** Grammatical gender of an institution noun: decides the nominative ending of a preceding adjective. */
export type Gender = 'f' | 'm' | 'n';

/**
 * Head nouns of institutions (lower-case word endings, so compounds like `Landesamt`, `Zweckverband`,
 * `Senatsverwaltung` are covered by `amt`, `verband`, `verwaltung`).
 */
const HEADS: ReadonlyArray<readonly [string, Gender]> = [
  ['zweckverband', 'm'], ['dachverband', 'm'], ['verband', 'm'], ['verbund', 'm'], ['landesamt', 'n'], ['bundesamt', 'n'],
  ['amt', 'n'], ['ministerium', 'n'], ['hochschule', 'f'], ['universität', 'f'], ['rechenzentrum', 'n'],
  ['zentrum', 'n'], ['institut', 'n'], ['genossenschaft', 'f'], ['gesellschaft', 'f'], ['senatsverwaltung', 'f'],
  ['stadtverwaltung', 'f'], ['kreisverwaltung', 'f'], ['landesverwaltung', 'f'], ['behörde', 'f'], ['agentur', 'f'],
  ['stiftung', 'f'], ['verein', 'm'], ['kammer', 'f'], ['konferenz', 'f'], ['gemeinschaftsstelle', 'f'],
  ['arbeitsgemeinschaft', 'f'], ['anstalt', 'f'], ['akademie', 'f'], ['gewerkschaft', 'f'], ['datenzentrale', 'f'],
  ['landratsamt', 'n'], ['netzwerk', 'n'], ['städtetag', 'm'], ['landkreistag', 'm'], ['gemeindebund', 'm'],
  ['kommunalverband', 'm'], ['rechnungshof', 'm'], ['landtag', 'm'], ['bundestag', 'm'], ['bundesrat', 'm'],
  ['planungsrat', 'm'], ['normenkontrollrat', 'm'], ['dienstleistungszentrum', 'n'], ['landesbetrieb', 'm'],
  ['eigenbetrieb', 'm'], ['kommunalservice', 'm'], ['bildungsnetz', 'n'], ['forschungszentrum', 'n'],
  ['direktion', 'f'], ['beirat', 'm'], ['lenkungsrat', 'm'], ['digitalrat', 'm'], ['forum', 'n'], ['gericht', 'n'],
  ['ausschuss', 'm'], ['arbeitsgruppe', 'f'], ['krankenkasse', 'f'], ['sparkasse', 'f'], ['staatsanwaltschaft', 'f'],
  // Schools by their kind, not `schule` alone (`Schulen Schritt für Schritt ausstatten`).
  ['oberschule', 'f'], ['grundschule', 'f'], ['gesamtschule', 'f'], ['realschule', 'f'], ['berufsschule', 'f'],
  ['förderschule', 'f'], ['gymnasium', 'n'],
];

/** Head noun with declension endings stripped: `Landesamts` → `landesamt`, `Hochschulen` → `hochschule`. */
const HEAD_RE = new RegExp(`(${HEADS.map(([h]) => h).join('|')})(?:e?s|en|n|e)?$`, 'u');
const GENDER = new Map<string, Gender>(HEADS);

/**
 * Lower-cased last three code units of every head with every ending, as numbers: most words end otherwise, and a
 * number lookup rejects them before the memo (hashing the word) or the regex.
 */
const TAILS = tailKeys(HEADS.map(([h]) => h), ['', 's', 'es', 'en', 'n', 'e']);

/** The institution head a word ends with (lower-case), or null. */
export function institutionHead(word: string): string | null {
  if (!mayEndLike(word, TAILS)) return null;
  // Words repeat across a corpus; an end-anchored alternation is slow to run on every token, so memoise.
  let r = headCache.get(word);
  if (r === undefined) {
    const m = HEAD_RE.exec(word.toLowerCase());
    r = m ? m[1]! : null;
    if (headCache.size > 100_000) headCache.clear();
    headCache.set(word, r);
  }
  return r;
}
const headCache = new Map<string, string | null>();

/** Gender of a head returned by {@link institutionHead}. */
export function headGender(head: string): Gender {
  return GENDER.get(head) ?? 'f';
}

/** Legal-form tokens that end a company/association name. Matched as written. */
export const LEGAL_FORM_RE = /(?:gGmbH|GmbH\s*&\s*Co\.\s*KG|GmbH|mbH|mbB|eG|e\.\s?V\.|AöR|KdöR|KöR|AG|KG|SE|KGaA|gAöR)(?![\p{L}\p{N}])/u;

/** Capitalised function words that start sentences and never begin an organisation name. */
export const CAPITALISED_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Einem', 'Einen', 'Eines', 'Mit', 'Von', 'Vom',
  'Bei', 'Beim', 'Für', 'Auch', 'Auf', 'Aus', 'Im', 'In', 'Am', 'An', 'Zum', 'Zur', 'Und', 'Oder', 'Laut', 'Nach',
  'Über', 'Unter', 'Durch', 'Dessen', 'Deren', 'Dieser', 'Diese', 'Dieses', 'Sein', 'Seine', 'Ihr', 'Ihre', 'Wie',
  'Als', 'Wenn', 'Dass', 'Da', 'So', 'Nun', 'Jetzt', 'Zudem', 'Neben', 'Gemeinsam', 'Seit', 'Bis', 'Um', 'Träger',
  'Kritik', 'Unterstützung', 'Technisch', 'Hierzu', 'Dazu', 'Damit', 'Denn', 'Doch', 'Aber', 'Sowohl', 'Etwa',
  // Determiners that look like adjectives (`Jedes Amt hat seine eigenen Routinen`).
  'Jede', 'Jeder', 'Jedes', 'Jeden', 'Jedem', 'Alle', 'Allen', 'Viele', 'Vielen', 'Einige', 'Manche', 'Mancher',
  'Beide', 'Beiden', 'Welche', 'Welcher', 'Solche', 'Kein', 'Keine', 'Keiner', 'Unser', 'Unsere', 'Unserer',
  'Unseren', 'Unserem', 'Mehrere', 'Andere', 'Anderen', 'Weitere', 'Weiteren',
]);

/** Generic descriptors that precede a name but are not part of it (`Verein Offene Verwaltung e.V.`). */
const GENERIC_DESCRIPTORS: ReadonlySet<string> = new Set([
  'Verein', 'Vereins', 'Unternehmen', 'Firma', 'Start-up', 'Startup', 'Mitglied', 'Tochter', 'Partner', 'Kanzlei',
]);
/** The same as compounds: `Softwarefirma`, `IT-Dienstleister`, `Beratungsunternehmens`, `Cloud-Anbieter`. */
const GENERIC_DESCRIPTOR_END = /(?:firma|unternehmens?|dienstleisters?|herstellers?|anbieters?|konzerns?|tochtergesellschaft)$/u;

/** True for a word that describes what kind of organisation a name is, not part of the name. */
export function isGenericDescriptor(word: string): boolean {
  return GENERIC_DESCRIPTORS.has(word) || (/^\p{Lu}/u.test(word) && GENERIC_DESCRIPTOR_END.test(word.toLowerCase()));
}

/** Connectors allowed inside a multi-word institution name (`Ministerium für Wirtschaft, Innovation … und Energie`). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['für', 'und', 'der', 'des', 'von', 'in', 'im', 'am', 'zur', 'zum', '&']);

/**
 * Put a declined adjective in front of an institution noun back into the nominative without article:
 * `Westfälischen` + Hochschule → `Westfälische`, `Niedersächsische` + Ministerium → `Niedersächsisches`.
 */
export function nominativeAdjective(adj: string, gender: Gender): string {
  const stem = adj.replace(/(?:e|en|er|es|em)$/u, '');
  if (stem === adj) return adj; // not a declined adjective (e.g. `Bremer` place adjectives are invariant)
  if (/er$/u.test(adj) && /[A-ZÄÖÜ][a-zäöüß]*er$/u.test(adj) && !/(isch|lich|ig|al|ell|iv)er$/u.test(adj)) return adj; // `Bremer`, `Aachener`
  return stem + (gender === 'f' ? 'e' : gender === 'm' ? 'er' : 'es');
}

/** Strip a genitive ending from an institution noun (`Dachverbands` → `Dachverband`, `Landesamtes` → `Landesamt`). */
export function nominativeNoun(noun: string): string {
  const head = institutionHead(noun);
  if (!head) return noun;
  const lower = noun.toLowerCase();
  const i = lower.lastIndexOf(head);
  return noun.slice(0, i + head.length);
}
