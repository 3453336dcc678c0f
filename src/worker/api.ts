/**
 * The one typed API between the page and the corpus worker (Comlink). Only plain, serialisable aggregates and the
 * page of results on screen cross this boundary, never the whole corpus.
 *
 * The page imports this file with `import type` only, so MiniSearch and the corpus layer stay out of the main bundle.
 */
import type { Filter } from '../corpus/filter.ts';
import type { FileProblem, InputFile, Mention, Person, TopicDefinition } from '../corpus/types.ts';

export type Granularity = 'month' | 'quarter' | 'year';

export interface LoadProgress {
  phase: 'reading' | 'extracting' | 'indexing' | 'done' | 'cancelled';
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  /** True while `bytesTotal` is an estimate (`addStream`: the files still to come at the average size so far). */
  bytesTotalEstimated?: boolean;
  /** Milliseconds since the load started. */
  elapsedMs: number;
}

export interface LoadSummary {
  documents: number;
  articles: number;
  teasers: number;
  /** Files that could not be read (or only partly), by name, with the reason. */
  problems: FileProblem[];
  /** True once the full-text index is built (it is built after the charts can be drawn). */
  indexReady: boolean;
  /** Threads that read and extracted the files: 1, or more when extraction helpers took part. */
  extractThreads: number;
  /**
   * Where the load's time went, ms since it started: `extracted` (read, extraction, topics: every file done),
   * `linked` (stories), `stored` (the store's columns; `load` resolves right after). For benchmarks and diagnosis.
   */
  stagesMs: { extracted: number; linked: number; stored: number };
  /**
   * Input files this call analysed: all of them (for `addStream`, all the page sent), or after a cancel the first
   * ones, up to the first batch not finished (so the files kept are always the first `filesDone`).
   * (Progress messages travel on their own channel and may arrive after the result.)
   */
  filesDone: number;
  /** True when `cancel()` stopped this call (the documents are those read until then). */
  cancelled: boolean;
}

/** Where documents come from; `seeds` = the bundled seed files. */
export type CorpusOrigin = 'seeds' | 'user' | 'url';

export interface ViewRequest {
  filter: Filter;
  granularity: Granularity;
  /** Count teasers in the topic timeline (they are real dated coverage). Default true. */
  includeTeasers: boolean;
  /** Number of organisations in the co-mention matrix. Default 15. */
  topOrgs: number;
  /** Maximum speakers in the network. Default 60. */
  topSpeakers: number;
  /** User-defined topics (saved queries), added to the default set. */
  userTopics: TopicDefinition[];
  /** Which page of the document list, 0-based; 50 per page. */
  page: number;
}

export interface CorpusSummary {
  articles: number;
  teasers: number;
  /** Distinct stories among the matching articles (copies of one event counted once). */
  stories: number;
  undated: number;
  /** First and last month (`YYYY-MM`) of the matching dated documents, or null. */
  dateRange: [string, string] | null;
  sources: { name: string; count: number }[];
}

export interface TopicSeries {
  /** Bucket keys in order: `2019-11`, `2019-Q4` or `2019`, covering the whole corpus range without gaps. */
  buckets: string[];
  /** ISO date (`YYYY-MM-DD`) of the first day of each bucket, for a real time axis. */
  bucketStarts: string[];
  series: {
    topic: TopicDefinition;
    /** Matching stories per bucket (filtered by everything but time). */
    counts: number[];
    total: number;
    /** Matching undated stories, shown apart: they have no place on the axis. */
    undated: number;
  }[];
}

export interface CoMentionMatrix {
  /** Organisations in display order (ordered so clusters are adjacent). */
  orgs: { name: string; count: number }[];
  /** counts[i][j]: documents mentioning both orgs[i] and orgs[j]; the diagonal: documents mentioning orgs[i]. */
  counts: number[][];
  /** For each non-zero cell with i < j, key `i,j`: up to 5 titles of documents behind the count. */
  cellTitles: Record<string, { id: string; title: string; date: string | null }[]>;
}

export interface SpeakerNode {
  id: string;
  name: string;
  role: string | null;
  organisation: string | null;
  quotes: number;
  articles: number;
  /** One representative quote, or null when only reported speech exists. */
  sampleQuote: string | null;
  /** Seeded force-layout position in a unit square [0, 1] x [0, 1]. */
  x: number;
  y: number;
}

export interface SpeakerGraph {
  nodes: SpeakerNode[];
  /** Indexes into `nodes`; weight = number of articles in which both speak. */
  links: { source: number; target: number; weight: number }[];
}

export interface DocumentHit {
  id: string;
  kind: 'article' | 'teaser';
  title: string;
  date: string | null;
  dateSource: 'stated' | 'inferred' | null;
  source: string | null;
  /** Plain-text snippet; `highlights` are [start, end) offsets into it. Never markup. */
  snippet: string;
  highlights: [number, number][];
}

export interface DocumentList {
  /** Articles (not teasers) matching the filter, sorted by date, newest first, undated last. */
  articles: DocumentHit[];
  teasers: DocumentHit[];
  totalArticles: number;
  totalTeasers: number;
  /**
   * Set when the filter has a query. `all`: every query word matched (AND). `any`: no document has all words,
   * so documents with any of them are shown (OR fallback); the UI should say so.
   */
  queryMode?: 'all' | 'any';
}

export interface DashboardView {
  summary: CorpusSummary;
  topics: TopicSeries;
  organisations: CoMentionMatrix;
  speakers: SpeakerGraph;
  documents: DocumentList;
  /** Milliseconds the worker spent computing this view. */
  computeMs: number;
}

export interface DocumentDetail {
  id: string;
  kind: 'article' | 'teaser';
  file: string;
  title: string;
  kicker: string | null;
  date: string | null;
  dateSource: 'stated' | 'inferred' | null;
  dateNote: string | null;
  source: string | null;
  author: string | null;
  keywords: string[];
  topics: TopicDefinition[];
  organisations: string[];
  people: Person[];
  text: string;
  mentions: Mention[];
  links: string[];
  /** For an article: the teasers found on its page. For a teaser: its parent page's article, if any. */
  related: { id: string; kind: 'article' | 'teaser'; title: string; date: string | null }[];
  /** Other documents reporting the same story. */
  sameStory: { id: string; title: string; source: string | null; date: string | null }[];
}

/** Files in parts, asked for by the worker (`addStream`); the page's side is a Comlink proxy. */
export interface FileSource {
  /** The next files, in order, or null when there are no more. */
  next(): Promise<InputFile[] | null>;
}

export interface LagebildApi {
  /**
   * Replace the corpus with these files (`.txt`, `.html`, `.json` corpus files). Resolves once extraction is done
   * (charts can be drawn); the search index is built afterwards, reported through `onProgress` phase `indexing`
   * and `done`. A file that cannot be read is reported in `problems`; the others are kept.
   */
  load(files: InputFile[], onProgress?: (p: LoadProgress) => void): Promise<LoadSummary>;
  /** Add files to the current corpus (same contract as `load`). */
  add(files: InputFile[], onProgress?: (p: LoadProgress) => void): Promise<LoadSummary>;
  /**
   * `add`, with the files handed over in parts: the worker asks `source` for the next part while it analyses the
   * ones it has, so the page reading a dropped folder and the worker analysing it overlap. `expectedFiles` is the
   * count the page will send (for progress; the byte total is estimated from the parts so far).
   */
  addStream(source: FileSource, expectedFiles: number, onProgress?: (p: LoadProgress) => void): Promise<LoadSummary>;
  /**
   * A large load is on its way (the page is still fetching it): warm up on `sample` now (the bundled seeds), as the
   * worker otherwise does when idle after a first load, so that the load does not meet a cold pipeline. Stops when
   * the next load starts; resolves when the warm-up is over. Nothing is loaded.
   */
  prepare(sample: InputFile[]): Promise<void>;
  /** Cancel a running `load`/`add`; documents read so far are kept. */
  cancel(): Promise<void>;
  /** Every aggregate the dashboard needs for one filter, in one round trip. */
  view(request: ViewRequest): Promise<DashboardView>;
  /** The full clean text of one document, with its marks, for the reader. Null when the id is unknown. */
  document(id: string): Promise<DocumentDetail | null>;
  /** All organisation and person names (for filter chips and URL validation). */
  names(): Promise<{ organisations: string[]; people: string[]; topics: TopicDefinition[] }>;
  /**
   * The analysed corpus as JSON (the `npm run analyze` format), optionally with the search index, as a Blob: built
   * part by part, so it is not limited by the longest string a JavaScript engine can hold, and handed to the page
   * without copying the text through its heap.
   */
  exportCorpus(includeIndex: boolean): Promise<Blob>;
}
