/**
 * Where ingest time goes, stage by stage, on a sample of the corpus: the reader, entity extraction, topic
 * assignment and story linking, each timed alone. The headline numbers go through the pipeline as the worker
 * does; this breakdown only says which stage to look at when they are slow.
 */
import { readFile } from '../../src/corpus/read/readFile.ts';
import { extractDocument } from '../../src/corpus/extract/extractDocument.ts';
import { assignTopics, DEFAULT_TOPICS } from '../../src/corpus/topics.ts';
import { linkStories } from '../../src/corpus/stories.ts';
import type { CorpusDocument, InputFile } from '../../src/corpus/types.ts';
import { round, timed } from './stats.ts';

/** Throughput of each stage in MB/s of input bytes (sample of up to `limit` files). */
export function stageBreakdown(files: readonly InputFile[], limit = 2000): Record<string, number> {
  const sample = files.slice(0, limit);
  const mb = sample.reduce((s, f) => s + f.bytes.length, 0) / 1e6;
  const [read, readMs] = timed(() => sample.flatMap((f) => readFile(f).documents));
  const [extracted, extractMs] = timed(() => read.map((d) => extractDocument(d)));
  // The regex over the folded text: what a user topic and an analysed document (corpus JSON) take.
  const [withTopics, topicsMs] = timed(() => extracted.map((d) => assignTopics(d, DEFAULT_TOPICS)));
  // Extraction and topics as ingest runs them: the topics from the tokens extraction makes (topics.ts).
  const [, extractTopicsMs] = timed(() => read.map((d) => extractDocument(d, DEFAULT_TOPICS)));
  const [, storiesMs] = timed((): CorpusDocument[] => linkStories(withTopics));
  const rate = (ms: number) => round(mb / (ms / 1000), 2);
  return {
    stage_sample_docs: sample.length,
    read_mb_s: rate(readMs),
    extract_mb_s: rate(extractMs),
    topics_mb_s: rate(topicsMs),
    extract_topics_mb_s: rate(extractTopicsMs),
    stories_mb_s: rate(storiesMs),
    stories_ms_sample: Math.round(storiesMs),
  };
}
