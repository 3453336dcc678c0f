/**
 * People who speak in the corpus: a seeded pool of persons, each with a stable role and organisation, so the
 * same person recurs across articles (the speaker network needs recurring speakers). Names include umlauts, ß
 * and initial Ö because the reader must survive Windows-1252 files with `Großkopf` and `Ömer`.
 */
import type { Organisation } from './organisations.ts';
import type { Random } from './random.ts';

/** One generated person. */
export interface GeneratedPerson {
  first: string;
  last: string;
  /** Academic title (`Dr.`, `Prof. Dr.`) or empty. */
  title: string;
  gender: 'm' | 'f';
  /** Role in the gender's form (`Geschäftsführerin`). */
  role: string;
  org: Organisation;
}

const FIRST_M = ['Hans-Henning', 'Jörg', 'Sören', 'Jürgen', 'Ömer', 'Dieter', 'Klaus', 'Matthias', 'Björn', 'Andreas',
  'Thomas', 'Stefan', 'Günther', 'Uwe', 'Rolf', 'Malte', 'Timo', 'Kay', 'Hartmut', 'Ralf', 'Jan-Ole', 'Mehmet', 'Lars', 'Frank'];
const FIRST_F = ['Franziska', 'Annegret', 'Jördis', 'Sabine', 'Özlem', 'Katrin', 'Dörte', 'Jutta', 'Julia', 'Anke',
  'Claudia', 'Bärbel', 'Mareike', 'Nadine', 'Ines', 'Heike', 'Anna-Lena', 'Sünje', 'Birgit', 'Karin'];
const LAST = ['Lühr', 'Großkopf', 'Meiners', 'Rehfeld', 'Beyer', 'Weiß', 'Strauß', 'Müller', 'Schäfer', 'Öztürk',
  'Köhler', 'Hoffmann', 'Bönig', 'Dammermann', 'Jäger', 'Krüger', 'Brückner', 'Schröder', 'Fuß', 'Engel', 'Hagen',
  'Lindner', 'Resch', 'Bizer', 'Effing', 'Dedy', 'Ruge', 'Wöhler', 'Kuhn', 'Sänger', 'Nießen', 'Gräfe', 'Özdemir',
  'Becker', 'Vogt', 'Haßelmann', 'Pöttering', 'Kirchhoff', 'Lütke', 'Oßwald'];

/** Role in masculine and feminine form; `org` says whether the role is held "at" an organisation. */
const ROLES: readonly [string, string][] = [
  ['Geschäftsführer', 'Geschäftsführerin'],
  ['Vorstandsvorsitzender', 'Vorstandsvorsitzende'],
  ['Vorstand', 'Vorständin'],
  ['Abteilungsleiter Digitalisierung', 'Abteilungsleiterin Digitalisierung'],
  ['Beigeordneter', 'Beigeordnete'],
  ['Präsident', 'Präsidentin'],
  ['Leiter des Projekts', 'Leiterin des Projekts'],
  ['Chief Information Officer', 'Chief Information Officer'],
  ['Referent', 'Referentin'],
  ['Staatssekretär', 'Staatssekretärin'],
  ['Bereichsleiter', 'Bereichsleiterin'],
  ['Sprecher', 'Sprecherin'],
];

const TITLES: readonly (readonly [string, number])[] = [['', 70], ['Dr.', 22], ['Prof. Dr.', 5], ['Prof.', 3]];

/** A seeded pool of `n` distinct people, each bound to one organisation. */
export function createPeople(rnd: Random, orgs: readonly Organisation[], n: number): GeneratedPerson[] {
  const out: GeneratedPerson[] = [];
  const seen = new Set<string>();
  while (out.length < n) {
    const gender = rnd.chance(0.4) ? 'f' : 'm';
    const first = rnd.pick(gender === 'f' ? FIRST_F : FIRST_M);
    const last = rnd.pick(LAST);
    const key = `${first} ${last}`;
    if (seen.has(key) && seen.size < FIRST_M.length * LAST.length) continue;
    seen.add(key);
    const role = rnd.pick(ROLES);
    out.push({ first, last, title: rnd.weighted(TITLES), gender, role: gender === 'f' ? role[1] : role[0], org: rnd.pick(orgs) });
  }
  return out;
}

/** `Dr. Sabine Weiß` or `Jörg Meiners`. */
export function fullName(p: GeneratedPerson, withTitle: boolean): string {
  return `${withTitle && p.title ? p.title + ' ' : ''}${p.first} ${p.last}`;
}
