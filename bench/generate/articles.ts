/**
 * Composes one article's content (kicker, title, date, lead, body with direct and indirect quotes, keywords) from
 * the vocabulary, organisations and people. Layouts (layouts.ts) then render the same content in one of the seed
 * page formats. Keeping content and layout apart means a benchmark corpus can vary the layout mix without changing
 * what the articles say.
 */
import { addDays, randomDay, type Day } from './dates.ts';
import { articleOf, ORGANISATIONS, PLACES, type Organisation } from './organisations.ts';
import { fullName, type GeneratedPerson } from './people.ts';
import type { Random } from './random.ts';
import { GENERAL_SENTENCES, QUOTE_VERBS, REPORTED_FRAMES, TEASER_LEADS, THEMES, type Theme } from './vocab.ts';

/** Which pair of quotation marks a page uses. */
export type QuoteStyle = 'german' | 'english' | 'guillemets';

/** A body block: a paragraph or a subheading. */
export type Block = { kind: 'p'; text: string } | { kind: 'h'; text: string };

/** A "Weitere Meldungen" entry. */
export interface Teaser {
  title: string;
  day: Day;
  lead: string;
  /** Photo caption line that follows some teasers on the real pages. */
  caption: string | null;
}

/** Everything a page says, before layout. */
export interface ArticleContent {
  kicker: string;
  title: string;
  day: Day;
  lead: string;
  blocks: Block[];
  keywords: string[];
  links: string[];
  author: string;
  /** Canonical names of the organisations named in the article text (ground truth; keywords not counted). */
  organisations: string[];
  /** People quoted or reported in the text (ground truth). */
  speakers: GeneratedPerson[];
  teasers: Teaser[];
  /** Section name for `Weitere Meldungen und Beiträge aus dem Bereich …`. */
  section: string;
  theme: Theme;
}

const MARKS: Record<QuoteStyle, [string, string]> = { german: ['„', '“'], english: ['“', '”'], guillemets: ['»', '«'] };
const SECTIONS = ['Politik', 'Panorama', 'IT-Infrastruktur', 'E-Government', 'Schul-IT', 'Praxis'];
const AUTHORS = ['ve', 'co', 'al', 'th', 'sib', 'bw', 'ba'];

/** Theme weight by year: KI rises late, OZG peaks 2019–2022, sovereignty from 2019, so the timeline has shape. */
function themeWeight(theme: Theme, year: number): number {
  switch (theme.id) {
    case 'ki':
      return year >= 2023 ? 6 : year >= 2019 ? 1.5 : 0.5;
    case 'ozg':
      return year >= 2018 && year <= 2022 ? 5 : 1.5;
    case 'souveraenitaet':
      return year >= 2019 ? 3.5 : 0.7;
    case 'schule':
      return year >= 2019 && year <= 2021 ? 4 : 1;
    case 'register':
      return year >= 2020 ? 2.5 : 0.6;
    default:
      return 2;
  }
}

function pickTheme(rnd: Random, year: number): Theme {
  return rnd.weighted(THEMES.map((t) => [t, themeWeight(t, year)] as const));
}

/** Fill the `{…}` placeholders of a vocabulary sentence. */
function fill(rnd: Random, s: string, year: number, orgs: readonly Organisation[], mentioned?: Set<Organisation>): string {
  return s
    .replace(/\{ORG\}/g, () => {
      const o = rnd.pick(orgs);
      mentioned?.add(o);
      return o.short;
    })
    .replace(/\{PLACE\}/g, () => rnd.pick(PLACES))
    .replace(/\{YEAR\}/g, () => String(year + rnd.int(-1, 2)))
    .replace(/\{NUM\}/g, () => String(rnd.int(3, 480)))
    .replace(/\{PCT\}/g, () => String(rnd.int(12, 94)));
}

function genitiveKind(org: Organisation): string {
  return org.gender === 'f' ? org.kind : `${org.kind}s`;
}

/** Introduces a person the first time (title, name, role, organisation), by surname afterwards. */
class Speakers {
  /** People named in the text so far, in order of first mention (the article's real speakers). */
  readonly introduced = new Set<GeneratedPerson>();
  constructor(private readonly rnd: Random) {}

  /** A noun phrase naming `p`, usable as a sentence subject. */
  subject(p: GeneratedPerson): string {
    if (this.introduced.has(p)) return p.last;
    this.introduced.add(p);
    const org = p.org;
    switch (this.rnd.int(0, 3)) {
      case 0:
        return `${fullName(p, true)}, ${p.role} ${articleOf(org, 'gen')} ${genitiveKind(org)} ${org.short},`;
      case 1:
        // The compound the extraction must resolve: `regio iT-Geschäftsführer Dieter Rehfeld`.
        return `${org.short}${org.short.endsWith('.') ? '' : '-'}${p.role.split(' ')[0]} ${fullName(p, true)}`;
      case 2:
        return `${fullName(p, true)} von ${org.short}`;
      default:
        return `${fullName(p, true)} (${org.short})`;
    }
  }

  /** Short reference after the quote: `so Rehfeld`. */
  after(p: GeneratedPerson): string {
    return this.introduced.has(p) ? p.last : this.subject(p).replace(/,$/, '');
  }
}

function stripStop(s: string): string {
  return s.replace(/[.!]$/, '');
}

function directQuote(rnd: Random, sp: Speakers, p: GeneratedPerson, q: string, style: QuoteStyle): string {
  const [o, c] = MARKS[style];
  const verb = rnd.pick(QUOTE_VERBS);
  switch (rnd.int(0, 3)) {
    case 0:
      return `${o}${stripStop(q)}${c}, ${verb === 'so' ? 'so' : verb} ${sp.after(p)}.`;
    case 1:
      return `${sp.subject(p)} ${verb === 'so' ? 'sagte' : verb}: ${o}${q}${c}`;
    case 2:
      return `Darauf ging ${sp.subject(p)} ein und merkte an: ${o}${q}${c}`;
    default: {
      const words = stripStop(q).split(' ');
      const cut = Math.max(2, Math.floor(words.length / 2));
      return `${o}${words.slice(0, cut).join(' ')}${c}, so ${sp.after(p)}, ${o}${words.slice(cut).join(' ')}.${c}`;
    }
  }
}

function reportedSpeech(rnd: Random, sp: Speakers, p: GeneratedPerson, clause: string): string {
  const frame = rnd.pick(REPORTED_FRAMES);
  const who = frame.startsWith('{P}') ? sp.subject(p) : sp.after(p);
  const s = frame.replace('{P}', who).replace('{S}', clause);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A people pool plus the rest of the world, shared by every article of one corpus. */
export interface World {
  people: GeneratedPerson[];
}

/** Teaser material: an item of some other coverage on the same page, dated near `around`. */
export function composeTeaser(rnd: Random, around: Day, year: number): Teaser {
  const theme = pickTheme(rnd, year);
  const kicker = rnd.chance(0.5) ? rnd.pick(PLACES) : rnd.pick(ORGANISATIONS).short;
  const day = addDays(around, -rnd.int(0, 45));
  const lead = `${fill(rnd, rnd.pick(theme.sentences), day.y, ORGANISATIONS)} ${rnd.pick(TEASER_LEADS)}`;
  const caption = rnd.chance(0.25) ? fill(rnd, rnd.pick(GENERAL_SENTENCES), day.y, ORGANISATIONS) : null;
  const suffix = rnd.chance(0.12) ? rnd.pick([' Bericht', ' Interview']) : '';
  return { title: `${kicker}: ${rnd.pick(theme.titles)}${suffix}`, day, lead, caption };
}

/** Compose one article. `size` scales the body (paragraph count) so the corpus hits its average page size. */
export function composeArticle(rnd: Random, world: World, style: QuoteStyle, size: number): ArticleContent {
  const day = randomDay(rnd);
  const theme = pickTheme(rnd, day.y);
  const second = rnd.chance(0.4) ? pickTheme(rnd, day.y) : theme;
  const orgs = rnd.sample(ORGANISATIONS, rnd.int(1, 4));
  const lead0 = orgs[0] as Organisation;
  // Speakers mostly from the organisations in the story, sometimes from anywhere (guests, ministers).
  const local = world.people.filter((p) => orgs.includes(p.org));
  const speakers: GeneratedPerson[] = [];
  const nSpeakers = rnd.int(1, 4);
  for (let i = 0; i < nSpeakers; i++) {
    const p = local.length > 0 && rnd.chance(0.75) ? rnd.pick(local) : rnd.pick(world.people);
    if (!speakers.includes(p)) speakers.push(p);
  }
  const sp = new Speakers(rnd);
  const kicker = rnd.chance(0.6) ? lead0.short : rnd.pick(PLACES);
  const title = rnd.pick(theme.titles);
  const mentioned = new Set<Organisation>([lead0]);
  const lead = `${fill(rnd, rnd.pick(theme.sentences), day.y, orgs, mentioned)} Das teilt ${articleOf(lead0, 'nom')} ${lead0.kind} ${lead0.short} mit.`;

  const blocks: Block[] = [];
  const paragraphs = Math.max(2, Math.round(size * rnd.int(2, 5)));
  let quoteIdx = 0;
  const used = new Set<string>();
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && rnd.chance(0.35)) blocks.push({ kind: 'h', text: rnd.pick((i % 2 ? second : theme).headings) });
    const t = i % 2 ? second : theme;
    const parts: string[] = [];
    const n = rnd.int(3, 6);
    for (let j = 0; j < n; j++) {
      const before = parts.length;
      const r = rnd.next();
      const person = speakers[quoteIdx % speakers.length] as GeneratedPerson;
      if (r < 0.22) {
        parts.push(directQuote(rnd, sp, person, rnd.pick(t.quotes), style));
        quoteIdx++;
      } else if (r < 0.34) {
        parts.push(reportedSpeech(rnd, sp, person, rnd.pick(t.reported)));
        quoteIdx++;
      } else if (r < 0.44) {
        const o = rnd.pick(orgs);
        mentioned.add(o);
        const forms = [`Die ${o.short}-Mitglieder wollen daran anknüpfen.`, `Laut ${o.short} ist das erst der Anfang.`, `Das teilt ${articleOf(o, 'nom')} ${o.kind} ${o.short} mit.`];
        // Long name and abbreviation together, so alias resolution has something to learn from.
        if (o.long && o.long !== o.short) forms.push(`Hinter dem Kürzel ${o.short} steht ${o.long}.`, `Beteiligt ist auch ${o.long} (${o.short}).`);
        parts.push(rnd.pick(forms));
      } else if (r < 0.6) {
        parts.push(fill(rnd, rnd.pick(GENERAL_SENTENCES), day.y, orgs, mentioned));
      } else {
        parts.push(fill(rnd, rnd.pick(t.sentences), day.y, orgs, mentioned));
      }
      // Real articles do not repeat a sentence; drop a repeat (the paragraph just gets shorter).
      const added = parts[before];
      if (added !== undefined && used.has(added)) parts.pop();
      else if (added !== undefined) used.add(added);
    }
    blocks.push({ kind: 'p', text: parts.join(' ') });
  }

  const keywords = [rnd.pick(SECTIONS), ...rnd.sample(theme.keywords, 2), ...orgs.map((o) => o.short)];
  if (second !== theme) keywords.push(rnd.pick(second.keywords));
  const links = orgs.slice(0, rnd.int(0, 2)).map((o) => `https://www.${o.short.toLowerCase().replace(/[^a-z0-9]+/g, '')}.de`);
  // Teasers come from the page's crawl date, which is after the article (as on the seeds).
  const crawl = addDays(day, rnd.int(0, 700));
  const teasers: Teaser[] = [];
  const nTeasers = rnd.weighted([[0, 1], [3, 2], [5, 4], [8, 1]] as const);
  let at = crawl;
  for (let i = 0; i < nTeasers; i++) {
    const t = composeTeaser(rnd, at, at.y);
    teasers.push(t);
    at = t.day;
  }
  return {
    kicker,
    title,
    day,
    lead,
    blocks,
    keywords: [...new Set(keywords)],
    links,
    author: rnd.pick(AUTHORS),
    organisations: orgs.filter((o) => mentioned.has(o)).map((o) => o.canonical),
    speakers: [...sp.introduced],
    teasers,
    section: rnd.pick(SECTIONS),
    theme,
  };
}

/** The quotation marks of a style (for layouts that quote inside captions). */
export function quoteMarks(style: QuoteStyle): [string, string] {
  return MARKS[style];
}
