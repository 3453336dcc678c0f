/**
 * The dashboard's URL state as a pure codec: `encodeState(state) → URLSearchParams` and
 * `decodeState(params) → { state, notices }`. No `location`, no DOM: urlSync.svelte.ts is the adapter.
 *
 * Defaults are omitted so shared links stay short. A malformed value is dropped and reported as a notice
 * (`name=value`, language-neutral; the UI words it), never thrown. Parameters this codec does not know
 * (`embed`, `theme`, `corpus`, …) are left alone: see `mergeForeignParams`.
 */
import { EMPTY_FILTER, type Filter } from '../corpus/filter.ts';
import type { Granularity } from '../worker/api.ts';
import type { Lang } from '../i18n/format.ts';

export type OrgView = 'matrix' | 'network';

/** A topic the user added: a label and a query in the topic query syntax (see TopicDefinition). */
export interface UserTopicSpec {
  label: string;
  query: string;
}

/** How the views are drawn; not part of the shared Filter. */
export interface ViewOptions {
  /** Topic timeline buckets. Default `quarter`: readable for a few months and for ten years of coverage alike. */
  granularity: Granularity;
  /** Count teasers in the topic timeline. Default true. */
  includeTeasers: boolean;
  /** Organisations in the co-mention view. Default 15. */
  topOrgs: number;
  /** Matrix or network for co-mentions. Default `matrix`. */
  orgView: OrgView;
  /** Topics added by the user. Default none. */
  userTopics: UserTopicSpec[];
}

export interface UrlState {
  filter: Filter;
  /** Id of the document open in the reader, or null. */
  doc: string | null;
  /** Language chosen in the link, or null (then the remembered one, else German). */
  lang: Lang | null;
  options: ViewOptions;
}

export const DEFAULT_OPTIONS: ViewOptions = Object.freeze({
  granularity: 'quarter',
  includeTeasers: true,
  topOrgs: 15,
  orgView: 'matrix',
  userTopics: [],
}) as ViewOptions;

export const DEFAULT_STATE: UrlState = Object.freeze({
  filter: EMPTY_FILTER,
  doc: null,
  lang: null,
  options: DEFAULT_OPTIONS,
}) as UrlState;

/** Limits that keep a hostile or broken link from making the page do silly amounts of work. */
export const LIMITS = { text: 300, names: 20, userTopics: 12, topMin: 3, topMax: 60 } as const;

/** Every parameter name this codec owns. */
export const KNOWN_KEYS = [
  'q', 'from', 'to', 'org', 'person', 'topic', 'doc', 'lang', 'gran', 'teasers', 'top', 'orgview', 'ut',
] as const;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const TOPIC_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
const DOC_ID = /^[A-Za-z0-9._~-]{1,200}$/;
const GRANULARITIES: readonly Granularity[] = ['month', 'quarter', 'year'];
const ORG_VIEWS: readonly OrgView[] = ['matrix', 'network'];
const LANGS: readonly Lang[] = ['de', 'en'];

export function encodeState(state: UrlState): URLSearchParams {
  const p = new URLSearchParams();
  const { filter: f, options: o } = state;
  if (f.q) p.set('q', f.q);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  for (const org of f.orgs) p.append('org', org);
  for (const person of f.people) p.append('person', person);
  for (const topic of f.topics) p.append('topic', topic);
  if (state.doc) p.set('doc', state.doc);
  if (state.lang) p.set('lang', state.lang);
  if (o.granularity !== DEFAULT_OPTIONS.granularity) p.set('gran', o.granularity);
  if (o.includeTeasers !== DEFAULT_OPTIONS.includeTeasers) p.set('teasers', o.includeTeasers ? '1' : '0');
  if (o.topOrgs !== DEFAULT_OPTIONS.topOrgs) p.set('top', String(o.topOrgs));
  if (o.orgView !== DEFAULT_OPTIONS.orgView) p.set('orgview', o.orgView);
  for (const t of o.userTopics) p.append('ut', `${t.label}:${t.query}`);
  return p;
}

export function decodeState(params: URLSearchParams): { state: UrlState; notices: string[] } {
  const notices: string[] = [];
  const reject = (key: string, value: string) => notices.push(`${key}=${value}`);

  /** The first value of a single-valued parameter; later repeats are reported and ignored. */
  const single = (key: string): string | null => {
    const all = params.getAll(key);
    for (const extra of all.slice(1)) reject(key, extra);
    return all[0] ?? null;
  };
  /** A single value accepted by `ok`, else null (reported unless empty). */
  const pick = <T extends string>(key: string, ok: (v: string) => v is T): T | null => {
    const v = single(key);
    if (v === null || v === '') return null;
    if (ok(v)) return v;
    reject(key, v);
    return null;
  };
  /** Repeatable text values: trimmed, non-empty, bounded, each once. */
  const list = (key: string, ok: (v: string) => boolean): string[] => {
    const out: string[] = [];
    for (const raw of params.getAll(key)) {
      const v = raw.trim();
      if (!v || !ok(v) || out.length >= LIMITS.names) reject(key, raw);
      else if (!out.includes(v)) out.push(v);
    }
    return out;
  };
  const isText = (v: string) => v.length <= LIMITS.text && !/[\u0000-\u001f]/.test(v);

  const qRaw = single('q') ?? '';
  let q = qRaw;
  if (!isText(q)) {
    reject('q', qRaw);
    q = '';
  }
  let from = pick('from', (v): v is string => MONTH.test(v));
  let to = pick('to', (v): v is string => MONTH.test(v));
  if (from && to && from > to) {
    // An inverted range is almost certainly a typo, not a wish for nothing: keep it, in order.
    notices.push(`from=${from}`, `to=${to}`);
    [from, to] = [to, from];
  }

  const filter: Filter = {
    q,
    from,
    to,
    orgs: list('org', isText),
    people: list('person', isText),
    topics: list('topic', (v) => TOPIC_ID.test(v)),
  };

  const topRaw = single('top');
  let topOrgs = DEFAULT_OPTIONS.topOrgs;
  if (topRaw !== null && topRaw !== '') {
    const n = /^\d{1,3}$/.test(topRaw) ? Number(topRaw) : NaN;
    if (n >= LIMITS.topMin && n <= LIMITS.topMax) topOrgs = n;
    else reject('top', topRaw);
  }

  const userTopics: UserTopicSpec[] = [];
  for (const raw of params.getAll('ut')) {
    const spec = parseUserTopic(raw);
    if (!spec || userTopics.length >= LIMITS.userTopics || userTopics.some((t) => t.label === spec.label)) {
      reject('ut', raw);
    } else userTopics.push(spec);
  }

  const teasers = pick('teasers', (v): v is '0' | '1' => v === '0' || v === '1');
  const options: ViewOptions = {
    granularity: pick('gran', (v): v is Granularity => (GRANULARITIES as string[]).includes(v)) ?? DEFAULT_OPTIONS.granularity,
    includeTeasers: teasers === null ? DEFAULT_OPTIONS.includeTeasers : teasers === '1',
    topOrgs,
    orgView: pick('orgview', (v): v is OrgView => (ORG_VIEWS as string[]).includes(v)) ?? DEFAULT_OPTIONS.orgView,
    userTopics,
  };

  const state: UrlState = {
    filter,
    doc: pick('doc', (v): v is string => DOC_ID.test(v)),
    lang: pick('lang', (v): v is Lang => (LANGS as string[]).includes(v)),
    options,
  };
  return { state, notices };
}

/** `label:query` → spec; the label is everything before the first colon. Null when malformed. */
export function parseUserTopic(raw: string): UserTopicSpec | null {
  const i = raw.indexOf(':');
  if (i <= 0) return null;
  const label = raw.slice(0, i).trim();
  const query = raw.slice(i + 1).trim();
  if (!label || !query || label.length > 60 || query.length > LIMITS.text) return null;
  if (/[\u0000-\u001f]/.test(raw)) return null;
  return { label, query };
}

/**
 * The encoded state plus every parameter of `current` this codec does not own (e.g. `embed`, `theme`), so writing
 * the dashboard's state into the address bar never drops what another feature put there.
 */
export function mergeForeignParams(encoded: URLSearchParams, current: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of current) if (!(KNOWN_KEYS as readonly string[]).includes(k)) out.append(k, v);
  for (const [k, v] of encoded) out.append(k, v);
  return out;
}

/** `?a=1&b=2` (or the empty string): the search part of a URL for this state. */
export function toSearch(params: URLSearchParams): string {
  const s = params.toString();
  return s ? `?${s}` : '';
}
