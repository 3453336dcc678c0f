/**
 * Organisations of German public-sector IT, each with the ways the press writes it: a long name, a short name or
 * abbreviation, and the compounds German builds from it (`Vitako-Mitglieder`, `regio iT-Geschäftsführer`). The
 * extraction has to map all of these to one canonical name, so the generator uses every form.
 */

/** One organisation as the generator writes it. */
export interface Organisation {
  /** Canonical name, as the extraction should report it. */
  canonical: string;
  /** Long official name, or null when the short name is the only one in use. */
  long: string | null;
  /** Name used in running text (`Vitako`, `Dataport`, `KGSt`). */
  short: string;
  /** Describing noun for appositions: `der IT-Dienstleister Dataport`. Grammatical gender of that noun. */
  kind: string;
  gender: 'm' | 'f' | 'n';
  /** Home city, used for datelines and adverts. */
  city: string;
}

/** Public bodies, associations and IT service providers (real names: the corpus is about them). */
export const ORGANISATIONS: readonly Organisation[] = [
  { canonical: 'Vitako', long: 'Bundes-Arbeitsgemeinschaft der Kommunalen IT-Dienstleister', short: 'Vitako', kind: 'Verband', gender: 'm', city: 'Berlin' },
  { canonical: 'Dataport', long: 'Dataport AöR', short: 'Dataport', kind: 'IT-Dienstleister', gender: 'm', city: 'Altenholz' },
  { canonical: 'regio iT', long: 'regio iT GmbH', short: 'regio iT', kind: 'IT-Dienstleister', gender: 'm', city: 'Aachen' },
  { canonical: 'Komm.ONE', long: 'Komm.ONE AöR', short: 'Komm.ONE', kind: 'IT-Dienstleister', gender: 'm', city: 'Stuttgart' },
  { canonical: 'AKDB', long: 'Anstalt für Kommunale Datenverarbeitung in Bayern', short: 'AKDB', kind: 'IT-Dienstleister', gender: 'm', city: 'München' },
  { canonical: 'ekom21', long: 'ekom21 – KGRZ Hessen', short: 'ekom21', kind: 'IT-Dienstleister', gender: 'm', city: 'Gießen' },
  { canonical: 'KDN', long: 'Dachverband Kommunaler IT-Dienstleister in Nordrhein-Westfalen', short: 'KDN', kind: 'Dachverband', gender: 'm', city: 'Köln' },
  { canonical: 'GKD Recklinghausen', long: 'Gemeinsame Kommunale Datenverarbeitung Recklinghausen', short: 'GKD Recklinghausen', kind: 'IT-Dienstleister', gender: 'm', city: 'Recklinghausen' },
  { canonical: 'krz', long: 'Kommunales Rechenzentrum Minden-Ravensburg/Lippe', short: 'krz', kind: 'Rechenzentrum', gender: 'n', city: 'Lemgo' },
  { canonical: 'ITZBund', long: 'Informationstechnikzentrum Bund', short: 'ITZBund', kind: 'Dienstleister', gender: 'm', city: 'Bonn' },
  { canonical: 'FITKO', long: 'Föderale IT-Kooperation', short: 'FITKO', kind: 'Anstalt', gender: 'f', city: 'Frankfurt am Main' },
  { canonical: 'IT-Planungsrat', long: null, short: 'IT-Planungsrat', kind: 'Gremium', gender: 'n', city: 'Berlin' },
  { canonical: 'BSI', long: 'Bundesamt für Sicherheit in der Informationstechnik', short: 'BSI', kind: 'Bundesamt', gender: 'n', city: 'Bonn' },
  { canonical: 'Deutscher Städtetag', long: null, short: 'Deutscher Städtetag', kind: 'Spitzenverband', gender: 'm', city: 'Berlin' },
  { canonical: 'Deutscher Landkreistag', long: null, short: 'Deutscher Landkreistag', kind: 'Spitzenverband', gender: 'm', city: 'Berlin' },
  { canonical: 'DStGB', long: 'Deutscher Städte- und Gemeindebund', short: 'DStGB', kind: 'Spitzenverband', gender: 'm', city: 'Berlin' },
  { canonical: 'KGSt', long: 'Kommunale Gemeinschaftsstelle für Verwaltungsmanagement', short: 'KGSt', kind: 'Fachverband', gender: 'm', city: 'Köln' },
  { canonical: 'govdigital', long: 'govdigital eG', short: 'govdigital', kind: 'Genossenschaft', gender: 'f', city: 'Berlin' },
  { canonical: 'ProVitako', long: 'ProVitako eG', short: 'ProVitako', kind: 'Genossenschaft', gender: 'f', city: 'Berlin' },
  { canonical: 'ZenDiS', long: 'Zentrum für Digitale Souveränität der Öffentlichen Verwaltung', short: 'ZenDiS', kind: 'Zentrum', gender: 'n', city: 'Berlin' },
  { canonical: 'Bitkom', long: 'Bitkom e.V.', short: 'Bitkom', kind: 'Branchenverband', gender: 'm', city: 'Berlin' },
  { canonical: 'Open Source Business Alliance', long: 'Open Source Business Alliance e.V.', short: 'OSBA', kind: 'Verband', gender: 'm', city: 'Stuttgart' },
  { canonical: 'BMI', long: 'Bundesministerium des Innern und für Heimat', short: 'BMI', kind: 'Ministerium', gender: 'n', city: 'Berlin' },
  { canonical: 'BMDV', long: 'Bundesministerium für Digitales und Verkehr', short: 'BMDV', kind: 'Ministerium', gender: 'n', city: 'Berlin' },
  { canonical: 'Zweckverband Kommunale Informationsverarbeitung Sachsen', long: 'Zweckverband Kommunale Informationsverarbeitung Sachsen', short: 'KISA', kind: 'Zweckverband', gender: 'm', city: 'Leipzig' },
  { canonical: 'Zweckverband Elektronische Verwaltung in Mecklenburg-Vorpommern', long: 'Zweckverband Elektronische Verwaltung in Mecklenburg-Vorpommern', short: 'eGo-MV', kind: 'Zweckverband', gender: 'm', city: 'Schwerin' },
  { canonical: 'ITEOS', long: 'ITEOS AöR', short: 'ITEOS', kind: 'IT-Dienstleister', gender: 'm', city: 'Stuttgart' },
  { canonical: 'Südwestfalen-IT', long: 'Südwestfalen-IT', short: 'SIT', kind: 'IT-Dienstleister', gender: 'm', city: 'Siegburg' },
  { canonical: 'Fraunhofer FOKUS', long: 'Fraunhofer-Institut für Offene Kommunikationssysteme', short: 'Fraunhofer FOKUS', kind: 'Institut', gender: 'n', city: 'Berlin' },
  { canonical: 'Deutscher Landkreistag', long: null, short: 'DLT', kind: 'Spitzenverband', gender: 'm', city: 'Berlin' },
  { canonical: 'NEGZ', long: 'Nationales E-Government Kompetenzzentrum e.V.', short: 'NEGZ', kind: 'Verein', gender: 'm', city: 'Berlin' },
  { canonical: 'Stadtwerke Gießen', long: 'Stadtwerke Gießen AG', short: 'Stadtwerke Gießen', kind: 'Versorger', gender: 'm', city: 'Gießen' },
];

/** Cities and states for kickers and datelines. */
export const PLACES: readonly string[] = [
  'Bremen', 'Hamburg', 'München', 'Köln', 'Düsseldorf', 'Nürnberg', 'Dresden', 'Leipzig', 'Lübeck', 'Gelsenkirchen',
  'Würzburg', 'Mülheim an der Ruhr', 'Göttingen', 'Osnabrück', 'Münster', 'Saarbrücken', 'Erfurt', 'Potsdam',
  'Schwäbisch Hall', 'Fürth', 'Kaiserslautern', 'Gießen', 'Lörrach', 'Ulm', 'Bad Homburg', 'Weißenfels',
  'Baden-Württemberg', 'Bayern', 'Hessen', 'Thüringen', 'Sachsen', 'Nordrhein-Westfalen', 'Niedersachsen',
  'Schleswig-Holstein', 'Rheinland-Pfalz', 'Brandenburg', 'Mecklenburg-Vorpommern', 'Sachsen-Anhalt', 'Saarland',
];

/** Fictional vendors for the advert blocks (`procilon GmbH` / `04425 Taucha bei Leipzig`): furniture, never entities. */
export const VENDORS: readonly { name: string; postcode: string }[] = [
  { name: 'procura Systemhaus GmbH', postcode: '04425 Taucha bei Leipzig' },
  { name: 'LOREX Orga-Systeme GmbH', postcode: '60489 Frankfurt am Main' },
  { name: 'SOMAVIS GmbH & Co. KG', postcode: '29410 Salzwedel' },
  { name: 'AIDO ORGA GmbH', postcode: '75391 Gechingen' },
  { name: 'Kommunalsoft Nord eG', postcode: '24106 Kiel' },
  { name: 'Vernetzt Verwalten AG', postcode: '80335 München' },
  { name: 'Datenwerk Süd GmbH', postcode: '70173 Stuttgart' },
  { name: 'Formularfabrik Müller & Söhne KG', postcode: '50667 Köln' },
];

/** Grammatical helpers: definite article for an organisation's describing noun. */
export function articleOf(org: Organisation, kase: 'nom' | 'dat' | 'gen'): string {
  const table = { m: { nom: 'der', dat: 'dem', gen: 'des' }, f: { nom: 'die', dat: 'der', gen: 'der' }, n: { nom: 'das', dat: 'dem', gen: 'des' } };
  return table[org.gender][kase];
}
