/**
 * Topics as readable, editable queries (see `TopicDefinition.query`): the default set for German public-sector
 * IT, a compiler from query text to one regular expression, and assignment of topic ids to documents.
 */
import type { CorpusDocument, TopicDefinition } from './types.ts';
import { foldGerman } from './text/fold.ts';

/**
 * The default field set. Queries are written to be read: synonyms, the long and the short form, word families
 * via `*`. Short words (KI, OZG, BSI) are exact words, so `KI` does not fire on `Kita` or `Kiel`.
 */
export const DEFAULT_TOPICS: TopicDefinition[] = [
  { id: 'souveraenitaet', label: 'Digitale Souveränität', query: 'Digitale Souveränität, digitaler Souveränität, Datensouveränität, souverän*, Abhängigkeit*, Lock-in, ZenDiS, openDesk' },
  { id: 'ozg', label: 'OZG / Onlinezugangsgesetz', query: 'OZG, OZG-*, Onlinezugangsgesetz*, Onlinezugangs*, Einer für Alle, EfA' },
  { id: 'open-source', label: 'Open Source', query: 'Open Source, Open-Source*, Opensource*, quelloffen*, freie Software' },
  { id: 'cloud', label: 'Cloud', query: 'Cloud*, Verwaltungscloud*' },
  { id: 'datenschutz', label: 'Datenschutz', query: 'Datenschutz*, DSGVO, Datenschutz-Grundverordnung, Datenschützer*, personenbezogen*' },
  { id: 'it-sicherheit', label: 'IT-Sicherheit', query: 'IT-Sicherheit*, Informationssicherheit*, Cybersicherheit*, Cyber-Sicherheit*, Cyberangriff*, Hackerangriff*, Ransomware, BSI, IT-Notfall*, Sicherheitslücke*' },
  { id: 'genossenschaften', label: 'Genossenschaften', query: 'Genossenschaft*, genossenschaftlich*, govdigital, ProVitako' },
  { id: 'registermodernisierung', label: 'Registermodernisierung', query: 'Registermodernisierung*, Register-Modernisierung*, Once Only, Once-Only, Identifikationsnummer*, Melderegister*, Registerzensus' },
  { id: 'schul-it', label: 'Schul-IT / Digitale Bildung', query: 'Schul-IT, Schulträger*, DigitalPakt*, Digitalpakt*, digitale Bildung, digitaler Bildung, digitalen Bildung, Lernplattform*, Schulcloud*, Schul-Cloud*, Bildungsplattform*, Klassenzimmer*' },
  { id: 'ki', label: 'KI', query: 'KI, KI-*, Künstliche Intelligenz, Künstlicher Intelligenz, Künstlichen Intelligenz, Sprachmodell*, Machine Learning, maschinelles Lernen, ChatGPT, Chatbot*' },
  { id: 'portale', label: 'Verwaltungsportale / Serviceportale', query: 'Verwaltungsportal*, Serviceportal*, Service-Portal*, Bürgerportal*, Portalverbund*, Servicekonto*, Bürgerkonto*, Nutzerkonto*, BundID, Gewerbe-Service-Portal*' },
  { id: 'egov-strategie', label: 'E-Government-Strategie', query: 'E-Government-Strategie*, Digitalstrategie*, Digitalisierungsstrategie*, Digitalprogramm*, E-Government-Gesetz*, Zielbild*, Datenstrategie*' },
  { id: 'interkommunal', label: 'Interkommunale Zusammenarbeit', query: 'interkommunal*, Interkommunale Zusammenarbeit, Zweckverb*, kommunaler Schulterschluss, Entwicklergemeinschaft*, gemeinsam mit den Nachbar*' },
  { id: 'smart-city', label: 'Smart City', query: 'Smart City, Smart-City*, Smart Cities, Modellkommune*, vernetzte Stadt, digitale Stadt*, Sensorik' },
  { id: 'fachkraefte', label: 'Fachkräfte / Personal', query: 'Fachkräfte*, Fachkräftemangel, Personalmangel, Nachwuchs*, IT-Fachkräfte*, Arbeitgeberattraktivität' },
  { id: 'open-data', label: 'Open Data / Daten', query: 'Open Data, Open-Data*, offene Daten, Datenplattform*, Datenstrategie*, Data Driven*, datengetrieben*' },
];

const WORD_CHAR = '[\\p{L}\\p{N}]';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Split query text into alternatives: `,` or ` OR ` separate; empty alternatives are ignored. */
export function queryAlternatives(query: string): string[] {
  return query.split(/\s+OR\s+|,/u).map((a) => a.trim()).filter((a) => a.length > 0 && a !== '*');
}

/**
 * Compile a query to one regex over folded text. Each alternative is matched at a word start; without a trailing
 * `*` it must also end at a word end. Returns null for a query with no usable alternative.
 */
export function compileQuery(query: string): RegExp | null {
  const alts = queryAlternatives(query).map((a) => {
    const prefix = a.endsWith('*');
    const body = foldGerman(prefix ? a.slice(0, -1) : a).trim();
    if (body.length === 0) return null;
    const pattern = body.split(/\s+/).map(escape).join('\\s+');
    return prefix ? pattern : `${pattern}(?!${WORD_CHAR})`;
  }).filter((a): a is string => a !== null);
  if (alts.length === 0) return null;
  return new RegExp(`(?<!${WORD_CHAR})(?:${alts.join('|')})`, 'u');
}

// Folding is the expensive part: do it once per document, not once per topic.
const haystacks = new WeakMap<CorpusDocument, string>();
function haystack(doc: CorpusDocument): string {
  let h = haystacks.get(doc);
  if (h === undefined) {
    h = foldGerman(`${doc.title ?? ''}\n${(doc.keywords ?? []).join('\n')}\n${doc.text ?? ''}`);
    haystacks.set(doc, h);
  }
  return h;
}

/** A predicate that tells whether a document matches the topic's query (title, keywords, text). */
export function topicMatcher(def: TopicDefinition): (doc: CorpusDocument) => boolean {
  const re = compileQuery(def.query);
  if (re === null) return () => false;
  return (doc) => re.test(haystack(doc));
}

const matcherCache = new WeakMap<TopicDefinition, (doc: CorpusDocument) => boolean>();

/** The document with `topics` set to the ids of the matching definitions, in definition order. */
export function assignTopics(doc: CorpusDocument, defs: TopicDefinition[]): CorpusDocument {
  const topics: string[] = [];
  for (const def of defs) {
    let m = matcherCache.get(def);
    if (!m) { m = topicMatcher(def); matcherCache.set(def, m); }
    if (m(doc)) topics.push(def.id);
  }
  return { ...doc, topics };
}
