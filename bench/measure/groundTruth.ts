/**
 * How much of what the generator wrote the pipeline finds again: organisations and speakers of each page's
 * article, against the generator's ground truth. Recall only: the generator's canonical names are its own
 * spelling, and extra names the extraction finds (places, vendors) are not counted against it here. A drop in
 * these numbers after a change to the reader or the extraction is worth a look even when throughput improves.
 */
import { generateCorpus } from '../generate/corpus.ts';
import { analyzeFile } from '../../src/corpus/pipeline.ts';
import { foldGerman } from '../../src/corpus/text/fold.ts';
import { round } from './stats.ts';

/** Recall of organisations and speakers over the first `docs` files of the corpus with `seed`. */
export function groundTruthRecall(docs: number, seed: number): Record<string, number> {
  let orgsWritten = 0;
  let orgsFound = 0;
  let speakersWritten = 0;
  let speakersFound = 0;
  let speakersFlagged = 0;
  for (const f of generateCorpus({ docs, seed })) {
    const article = analyzeFile({ name: f.name, bytes: f.bytes }).documents.find((d) => d.kind === 'article');
    if (!article) continue;
    const orgs = article.organisations.map(foldGerman);
    const people = new Map(article.people.map((p) => [foldGerman(p.name), p]));
    // Cp1252 pages lose nothing the generator writes (it only writes characters the code page has).
    for (const o of f.organisations) {
      orgsWritten++;
      const k = foldGerman(o);
      if (orgs.some((x) => x === k || x.includes(k) || k.includes(x))) orgsFound++;
    }
    for (const s of f.speakers) {
      speakersWritten++;
      const p = people.get(foldGerman(s));
      if (p) {
        speakersFound++;
        if (p.speaker) speakersFlagged++;
      }
    }
  }
  return {
    truth_sample_docs: docs,
    org_recall: round(orgsFound / Math.max(1, orgsWritten), 3),
    speaker_name_recall: round(speakersFound / Math.max(1, speakersWritten), 3),
    speaker_flag_recall: round(speakersFlagged / Math.max(1, speakersWritten), 3),
  };
}
