/**
 * The API of an extraction helper: a second instance of the corpus worker script, started by the corpus worker
 * itself (see corpus.worker.ts), that analyses batches of files so two or more cores share the ingest. It keeps no
 * corpus; it only turns files into analysed documents (pipeline.ts `analyzeFile`) and sends them back.
 */
import type { InputFile, TopicDefinition } from '../corpus/types.ts';
import { transfer } from 'comlink';
import { analyzeFile } from '../corpus/pipeline.ts';
import { encodeAnalyses, type AnalysisWire } from './analysisWire.ts';

export interface ExtractApi {
  /**
   * Analyse each file (read, extract, topics); one result per file, in order, encoded for the trip back
   * (analysisWire.ts: `decodeAnalyses` gives the FileAnalysis list).
   */
  analyze(files: InputFile[], topics: TopicDefinition[]): Promise<AnalysisWire>;
}

/** The name a helper is started with; the worker script checks it to know which API to expose. */
export const EXTRACT_HELPER_NAME = 'lagebild-extract';

export function createExtractApi(): ExtractApi {
  // The compiled topic matcher is cached per definition array (topics.ts), and every call brings a fresh copy of
  // the array through structured clone: keep the first copy while the definitions stay the same.
  let topics: TopicDefinition[] = [];
  let topicsKey = '';
  return {
    async analyze(files, defs) {
      const key = JSON.stringify(defs);
      if (key !== topicsKey) {
        topics = defs;
        topicsKey = key;
      }
      // No string compaction here: structured clone rebuilds every string flat and separate on the other side,
      // so the corpus worker pools what it receives (see analysisWire.ts).
      const wire = encodeAnalyses(files.map((f) => analyzeFile(f, topics)));
      return transfer(wire, [wire.spans.buffer]);
    },
  };
}
