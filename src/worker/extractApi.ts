/**
 * The API of an extraction helper: a second instance of the corpus worker script, started by the corpus worker
 * itself (see corpus.worker.ts), that analyses batches of files so two or more cores share the ingest. It keeps no
 * corpus; it only turns files into analysed documents (pipeline.ts `analyzeFile`) and sends them back.
 */
import type { InputFile, TopicDefinition } from '../corpus/types.ts';
import { analyzeFile, type FileAnalysis } from '../corpus/pipeline.ts';

export interface ExtractApi {
  /** Analyse each file (read, extract, topics, compacted strings); one result per file, in order. */
  analyze(files: InputFile[], topics: TopicDefinition[]): Promise<FileAnalysis[]>;
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
      // so the corpus worker interns what it receives (see extractPool.ts).
      return files.map((f) => analyzeFile(f, topics));
    },
  };
}
