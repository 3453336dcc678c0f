/**
 * The fixed interaction workload of the benchmarks: typical queries (prefix, fuzzy, umlaut transliteration,
 * multi-word, organisation and person names) and a sequence of filter changes like a user clicking through the
 * dashboard. Fixed lists, so numbers from different runs and machines compare.
 */
import type { Filter } from '../../src/corpus/filter.ts';
import type { DashboardView, ViewRequest } from '../../src/worker/api.ts';
import { viewRequest } from '../../src/worker/viewRequest.ts';

/** Queries as typed into the search box. `Souv`: prefix; `Souveranitat`: fuzzy/folded; the rest: common asks. */
export const QUERIES: readonly string[] = [
  'Souveränität',
  'Souv',
  'Souveranitat',
  'Souveraenitaet',
  'digitale Souveränität',
  'OZG',
  'OZG Umsetzung',
  'Onlinezugangsgesetz Fachverfahren',
  'Open Source',
  'openCode',
  'Vitako',
  'regio iT',
  'Dataport Cloud',
  'Kommunale Gemeinschaftsstelle',
  'Registermodernisierung',
  'Regis',
  'Künstliche Intelligenz',
  'Chatbot',
  'Schul-IT',
  'Großkopf',
  'Strasse',
  'Cyberangriff Rechenzentrum',
  'Rehfeld',
  'E-Akte',
];

/** A request with the dashboard's defaults. */
export function request(filter: Partial<Filter>): ViewRequest {
  return viewRequest(filter);
}

/**
 * Filter states a user reaches by clicking: organisation labels, speakers, topics, time brushes, and
 * combinations; derived from the unfiltered view so they hit real names of the corpus at hand.
 */
export function filterChanges(first: DashboardView): Partial<Filter>[] {
  const orgs = first.organisations.orgs.map((o) => o.name);
  const people = first.speakers.nodes.map((n) => n.name);
  const topics = first.topics.series.map((s) => s.topic.id);
  const out: Partial<Filter>[] = [];
  for (const o of orgs.slice(0, 6)) out.push({ orgs: [o] });
  if (orgs.length >= 2) out.push({ orgs: [orgs[0]!, orgs[1]!] });
  for (const t of topics.slice(0, 4)) out.push({ topics: [t] });
  for (const p of people.slice(0, 3)) out.push({ people: [p] });
  out.push({ from: '2019-01', to: '2020-12' }, { from: '2023-01', to: null }, { from: null, to: '2016-06' });
  if (orgs[0] && topics[0]) out.push({ orgs: [orgs[0]], topics: [topics[0]], from: '2018-01', to: '2022-12' });
  out.push({});
  return out;
}
