/**
 * The corpus format: what `npm run analyze` prints, what the dashboard loads and exports.
 * Pure data, JSON-serialisable. Every other module of the corpus layer reads or writes these types.
 */

/** An article read from a page, or a teaser ("Weitere Meldungen" entry) found on a page. */
export type DocumentKind = 'article' | 'teaser';

/** `stated`: the page gives the date. `inferred`: derived from the text or a twin report, see `dateNote`. */
export type DateSource = 'stated' | 'inferred';

/** A person mentioned in a document. */
export interface Person {
  /** Full name without academic title, e.g. `Hans-Henning Lühr`. */
  name: string;
  /** Academic title stripped from the name (`Dr.`, `Prof. Dr.`), or null. */
  title?: string | null;
  /** Role as written near the name (`Geschäftsführer`, `Staatssekretär`), or null. */
  role: string | null;
  /** Canonical organisation name from the surrounding phrase, or null. */
  organisation: string | null;
  /** True when quoted directly or reported in indirect speech in this document. */
  speaker: boolean;
  /** Direct quotes attributed to this person in this document, in reading order, without quote marks. */
  quotes: string[];
}

/** A marked span of `text`, for the reader view. Offsets are UTF-16 code unit offsets into `text`. */
export interface Mention {
  start: number;
  end: number;
  type: 'organisation' | 'person' | 'quote';
  /** Canonical organisation name or person name this span refers to (for a quote: the speaker, or null). */
  ref: string | null;
}

export interface CorpusDocument {
  /** Stable, URL-safe id, unique within a corpus. Articles: `<file stem>`, teasers: `<file stem>~t<n>`. */
  id: string;
  /** Base name of the input file the document came from. */
  file: string;
  kind: DocumentKind;
  title: string;
  /** Kicker above the title (`Vitako`, `Deutscher Städtetag / KGSt`), without the colon, or null. */
  kicker?: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` (month precision) or null (undated). */
  date: string | null;
  dateSource: DateSource | null;
  /** Short human-readable reason for an inferred date (e.g. `Ende April 2021 im Text`). */
  dateNote?: string | null;
  /** Publisher (`Kommune21`, `Behörden Spiegel`, …) or null when the page does not tell. */
  source: string | null;
  /** The page's own `Stichwörter`, as written. */
  keywords: string[];
  /** Lead paragraph (also the first paragraph of `text`), or null. */
  lead?: string | null;
  /** Clean article text, paragraphs separated by a blank line. Never contains markup or page furniture. */
  text: string;
  /** Links given in the article (not navigation). */
  links?: string[];
  /** Author initials as given (`ve`), or null. */
  author?: string | null;
  /** For a teaser: id of the document of the page it was found on. */
  parent?: string | null;
  /** Documents reporting the same event share a story id (see stories.ts); defaults to the document's own id. */
  story?: string | null;
  /** Canonical organisation names, each once, in order of first mention. */
  organisations: string[];
  people: Person[];
  /** Ids of the topic definitions whose query matches this document. */
  topics: string[];
  /** Spans in `text` to mark in the reader. Optional: a corpus file without them is still valid. */
  mentions?: Mention[];
}

/** A topic is a readable, editable query. */
export interface TopicDefinition {
  /** URL-safe id, e.g. `souveraenitaet`. User topics: `u-<slug>`. */
  id: string;
  /** Display label (German; topics are named in the corpus language). */
  label: string;
  /**
   * Query text. Alternatives separated by `,` or ` OR `; each alternative is a word or phrase matched on
   * case- and umlaut-folded text at word starts; a trailing `*` matches any word continuation.
   * Example: `Digitale Souveränität, souverän*, Abhängigkeit*`.
   */
  query: string;
}

/** The corpus file: what `npm run analyze` prints. */
export interface CorpusFile {
  /** Format version; readers accept files without it as version 1. */
  version?: 1;
  documents: CorpusDocument[];
  /** Topic definitions the `topics` fields refer to; absent means the default set. */
  topicDefinitions?: TopicDefinition[];
  /** Optional serialised MiniSearch index (MiniSearch#toJSON) to skip re-indexing on load. */
  searchIndex?: unknown;
}

/** A file that could not be (fully) read. Reported by name; other files are unaffected. */
export interface FileProblem {
  file: string;
  /** Human-readable reason, German-neutral technical wording, e.g. `not valid JSON: Unexpected token at 12`. */
  reason: string;
  /** `error`: nothing was read from the file. `warning`: read, but something was skipped. */
  severity: 'error' | 'warning';
}

/** An input file as bytes (browser File, Node fs). */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}
