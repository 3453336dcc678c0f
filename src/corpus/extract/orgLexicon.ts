/**
 * Curated organisations of the German public-sector IT field, with their aliases, compiled once into a single
 * regular expression. The lexicon is a shortcut for names that have no tell-tale form (`Dataport`, `govdigital`);
 * unknown organisations are found by their form in organisations.ts, so the list is never the only way in.
 */
import type { Token } from './tokens.ts';

/** One organisation: a canonical name and every surface form that refers to it. */
export interface OrgEntry {
  /** Name shown in charts; the short form people actually use (`Vitako`, `KGSt`). */
  canonical: string;
  /** Surface forms, written in the nominative; declension and compounds are added by the compiler. */
  forms: string[];
  /**
   * True when the name is also a compound head in running text (`IT-Planungsratsvorsitzende`,
   * `Städtetagspräsident`): any lower-case continuation after the name then still counts. Default false.
   */
  glue?: boolean;
}

/** The domain list. Order does not matter; longer forms win at the same position. */
export const ORG_LEXICON: readonly OrgEntry[] = [
  { canonical: 'Vitako', forms: ['Vitako', 'Bundes-Arbeitsgemeinschaft der Kommunalen IT-Dienstleister'] },
  { canonical: 'KGSt', forms: ['KGSt', 'Kommunale Gemeinschaftsstelle für Verwaltungsmanagement'] },
  { canonical: 'Deutscher Städtetag', forms: ['Deutscher Städtetag'], glue: true },
  { canonical: 'Deutscher Landkreistag', forms: ['Deutscher Landkreistag'], glue: true },
  { canonical: 'DStGB', forms: ['DStGB', 'Deutscher Städte- und Gemeindebund'] },
  { canonical: 'IT-Planungsrat', forms: ['IT-Planungsrat'], glue: true },
  { canonical: 'FITKO', forms: ['FITKO', 'Föderale IT-Kooperation'] },
  { canonical: 'ZenDiS', forms: ['ZenDiS', 'Zentrum für Digitale Souveränität der Öffentlichen Verwaltung'] },
  { canonical: 'BSI', forms: ['BSI', 'Bundesamt für Sicherheit in der Informationstechnik'] },
  { canonical: 'Dataport', forms: ['Dataport AöR', 'Dataport'] },
  { canonical: 'regio iT', forms: ['regio iT', 'regio IT'] },
  { canonical: 'govdigital', forms: ['govdigital', 'GovDigital'] },
  { canonical: 'ProVitako', forms: ['ProVitako'] },
  { canonical: 'Komm.ONE', forms: ['Komm.ONE'] },
  { canonical: 'AKDB', forms: ['AKDB', 'Anstalt für Kommunale Datenverarbeitung in Bayern'] },
  { canonical: 'ekom21', forms: ['ekom21'] },
  { canonical: 'KDN', forms: ['KDN', 'Dachverband Kommunaler IT-Dienstleister in Nordrhein-Westfalen', 'Dachverband Kommunaler IT-Dienstleister'] },
  { canonical: 'GKD Recklinghausen', forms: ['GKD Recklinghausen'] },
  { canonical: 'GKD Emscher-Lippe', forms: ['GKD Emscher-Lippe'] },
  { canonical: 'krz', forms: ['Kommunales Rechenzentrum Minden-Ravensburg/Lippe', 'Rechenzentrum Minden-Ravensburg/Lippe', 'krz'] },
  { canonical: 'ITV.SH', forms: ['ITV.SH', 'IT-Verbund Schleswig-Holstein'] },
  { canonical: 'Difu', forms: ['Difu', 'Deutsches Institut für Urbanistik'] },
  { canonical: 'VKU', forms: ['VKU', 'Verband kommunaler Unternehmen'] },
  { canonical: 'BMI', forms: ['BMI', 'Bundesministerium des Innern', 'Bundesinnenministerium'] },
  { canonical: 'BBK', forms: ['BBK', 'Bundesamt für Bevölkerungsschutz und Katastrophenhilfe'] },
  { canonical: 'Fraunhofer FOKUS', forms: ['Fraunhofer FOKUS', 'Fraunhofer Fokus', 'Fraunhofer-Institut FOKUS'] },
  { canonical: 'Bitkom', forms: ['Bitkom'] },
  { canonical: 'Nationaler Normenkontrollrat', forms: ['Nationaler Normenkontrollrat', 'Normenkontrollrat', 'NKR'], glue: true },
  { canonical: 'DigitalService', forms: ['DigitalService', 'DigitalService GmbH des Bundes'] },
  { canonical: 'Lecos', forms: ['Lecos'] },
  { canonical: 'KISA', forms: ['KISA', 'Kommunale Informationsverarbeitung Sachsen'] },
  { canonical: 'ITEOS', forms: ['ITEOS'] },
  { canonical: 'KRZN', forms: ['KRZN', 'Kommunales Rechenzentrum Niederrhein'] },
  { canonical: 'citeq', forms: ['citeq'] },
  { canonical: 'KDO', forms: ['KDO', 'Zweckverband Kommunale Datenverarbeitung Oldenburg'] },
  { canonical: 'ITDZ Berlin', forms: ['ITDZ Berlin', 'ITDZ', 'IT-Dienstleistungszentrum Berlin'] },
  { canonical: 'Civitec', forms: ['civitec', 'Civitec'] },
  { canonical: 'Bundesdruckerei', forms: ['Bundesdruckerei'] },
  { canonical: 'ITZBund', forms: ['ITZBund', 'Informationstechnikzentrum Bund'] },
  // Not `SIT` alone: Fraunhofer SIT is another organisation of the field. `Südwestfalen-IT (SIT)` still makes it an
  // alias within the article (organisations.ts).
  { canonical: 'Südwestfalen-IT', forms: ['Südwestfalen-IT'] },
  { canonical: 'OSBA', forms: ['OSBA', 'OSB Alliance', 'Open Source Business Alliance'] },
  { canonical: 'eGo-MV', forms: ['eGo-MV', 'Zweckverband Elektronische Verwaltung in Mecklenburg-Vorpommern'] },
  { canonical: 'NEGZ', forms: ['NEGZ', 'Nationale E-Government Kompetenzzentrum'] },
  { canonical: 'BMDV', forms: ['BMDV', 'Bundesministerium für Digitales und Verkehr'] },
  { canonical: 'BMDS', forms: ['BMDS', 'Bundesministerium für Digitales und Staatsmodernisierung'] },
];

/** Publishers never count as an organisation of the article they publish. Folded with toLowerCase. */
export const PUBLISHERS: ReadonlySet<string> = new Set(['kommune21', 'behörden spiegel', 'egovernment']);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Surface pattern of one form. Multi-word forms tolerate adjective declension of their leading words
 * (`Deutschen Landkreistag`, `Kommunalen`) and a genitive on the last word (`IT-Planungsrates`, `Städtetags`).
 */
function formPattern(form: string, glue: boolean): string {
  const words = form.split(/\s+/);
  const parts = words.map((w, i) => {
    const last = i === words.length - 1;
    if (!last && words.length > 1 && /^\p{Lu}\p{Ll}+(e|er)$/u.test(w)) {
      return escape(w.replace(/(e|er)$/, '')) + '(?:e|er|en|es|em)';
    }
    // A leading head noun takes the genitive in running text: `des Dachverbands Kommunaler IT-Dienstleister`.
    if (i === 0 && !last && /^\p{Lu}[\p{Ll}-]*\p{Ll}{3}$/u.test(w)) return escape(w) + '(?:e?s)?';
    if (last && /\p{Ll}$/u.test(w) && /\p{Ll}{3}$/u.test(w) && !/^\p{Ll}/u.test(w)) {
      return escape(w) + (glue ? '(?:e?s)?\\p{Ll}*' : '(?:e?s|e|n)?');
    }
    return escape(w);
  });
  return parts.join('\\s+');
}

/** Compiled lexicon: one regex with one capture group per entry, so a match names its entry directly. */
export interface CompiledLexicon {
  re: RegExp;
  /** The same regex, anchored where it is tried (`y`): for the word starts a token walk proposes. */
  sticky: RegExp;
  canonicalOfGroup: string[];
  /** Bitmap of the {@link key3} hashes of every form's first three characters; null when a form is too short. */
  starts: Uint8Array | null;
  /**
   * By {@link key3} hash: the literal beginnings of the forms with that hash (the first word without an adjective
   * ending), one of which text must start with for the regex to match there. Where `starts` lets a word start
   * through, these reject most of the rest: `Kommunen` is no `Kommunal…`, `Verwaltung` no form at all.
   */
  prefixes: Map<number, string[]>;
}

/** Hash of the three UTF-16 code units at `i` (a small integer; collisions only cost a regex try). */
function key3(s: string, i: number): number {
  return ((s.charCodeAt(i) * 31 + s.charCodeAt(i + 1)) * 31 + s.charCodeAt(i + 2)) & 0xffff;
}

function compile(entries: readonly OrgEntry[]): CompiledLexicon {
  const groups: string[] = [];
  const canonicalOfGroup: string[] = [];
  // Longest forms first inside each group; groups ordered by their longest form so `ProVitako` beats `Vitako`
  // (the word-start guard already prevents that, this only matters for forms that share a start).
  const sorted = [...entries].sort((a, b) => Math.max(...b.forms.map((f) => f.length)) - Math.max(...a.forms.map((f) => f.length)));
  for (const e of sorted) {
    const alts = [...e.forms].sort((a, b) => b.length - a.length).map((f) => formPattern(f, e.glue === true));
    groups.push(`(${alts.join('|')})`);
    canonicalOfGroup.push(e.canonical);
  }
  // Word start before; after: a non-letter (hyphen compounds like `Vitako-Mitglieder` end at the hyphen).
  const source = `(?<![\\p{L}\\p{N}])(?:${groups.join('|')})(?![\\p{L}\\p{N}])`;
  // A form's first three characters are literal when its first word keeps three characters before any ending.
  let starts: Uint8Array | null = new Uint8Array(0x10000);
  const prefixes = new Map<number, string[]>();
  for (const e of entries) {
    for (const f of e.forms) {
      const first = f.split(/\s+/)[0]!.replace(/(?:e|er)$/u, '');
      if (first.length < 3 || /\s/u.test(f.slice(0, 3))) starts = null;
      else if (starts) {
        const k = key3(f, 0);
        starts[k] = 1;
        const list = prefixes.get(k) ?? [];
        if (!list.includes(first)) list.push(first);
        prefixes.set(k, list);
      }
    }
  }
  return { re: new RegExp(source, 'gu'), sticky: new RegExp(source, 'uy'), canonicalOfGroup, starts, prefixes };
}

/** The lexicon compiled at module load; never rebuilt per document. */
export const LEXICON: CompiledLexicon = compile(ORG_LEXICON);

/** A lexicon hit in a string. */
export interface LexiconHit {
  start: number;
  end: number;
  canonical: string;
}

/**
 * All lexicon hits in `text`, left to right, non-overlapping. With the text's tokens, the regex is only tried at
 * word starts whose first three characters begin some form (a few per document) instead of scanned over the
 * whole text: the same hits, a fraction of the work.
 */
export function matchLexicon(text: string, tokens?: readonly Token[]): LexiconHit[] {
  if (tokens && LEXICON.starts) return matchAtWordStarts(text, tokens, LEXICON.starts, LEXICON.prefixes);
  const out: LexiconHit[] = [];
  const { re, canonicalOfGroup } = LEXICON;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const canonical = canonicalOfGroup[g - 1];
    if (canonical !== undefined) out.push({ start: m.index, end: m.index + m[0].length, canonical });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function matchAtWordStarts(text: string, tokens: readonly Token[], starts: Uint8Array, prefixes: Map<number, string[]>): LexiconHit[] {
  const out: LexiconHit[] = [];
  let done = 0; // hits do not overlap: the next one starts at or after the end of the last
  const last = text.length - 3;
  for (const t of tokens) {
    if (!t.word) continue;
    // The token's start, then word starts inside it: after an inner `.`, `-` or apostrophe (`Nicht-Vitako`).
    const inner = t.info.innerStarts;
    for (let k = -1; k < inner.length; k++) {
      const p = k < 0 ? t.start : t.start + inner[k]!;
      if (p < done || p > last) continue;
      const h = key3(text, p);
      if (starts[h] !== 1 || !startsWithAny(text, p, prefixes.get(h)!)) continue;
      const hit = hitAt(text, p);
      if (hit) { out.push(hit); done = hit.end; }
    }
  }
  return out;
}

function startsWithAny(text: string, p: number, prefixes: readonly string[]): boolean {
  for (const pre of prefixes) if (text.startsWith(pre, p)) return true;
  return false;
}

function hitAt(text: string, p: number): LexiconHit | null {
  const { sticky, canonicalOfGroup } = LEXICON;
  sticky.lastIndex = p;
  const m = sticky.exec(text);
  if (!m) return null;
  let g = 1;
  while (g < m.length && m[g] === undefined) g++;
  const canonical = canonicalOfGroup[g - 1];
  return canonical === undefined ? null : { start: p, end: p + m[0].length, canonical };
}

/** Canonical name for an exact surface form or abbreviation (case-sensitive), e.g. `KGSt` → `KGSt`. */
export function lexiconCanonical(form: string): string | null {
  // Memoised: asked for every organisation found by its form, and the same names recur across a corpus; the
  // answer needs a scan of the whole lexicon regex.
  let r = canonicalMemo.get(form);
  if (r === undefined) {
    const h = matchLexicon(form)[0];
    r = h && h.start === 0 && h.end === form.length ? h.canonical : null;
    if (canonicalMemo.size > 20_000) canonicalMemo.clear();
    canonicalMemo.set(form, r);
  }
  return r;
}
const canonicalMemo = new Map<string, string | null>();
