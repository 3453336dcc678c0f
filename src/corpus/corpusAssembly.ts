/**
 * A corpus put together from analysed documents as they arrive, in corpus order: ids made unique, mention spans
 * moved to their packed store, story keys posted, columns built. What needs every document (comparing story
 * candidates, the stories, the date order) waits for `finish`.
 *
 * Why one document at a time: a large load's batches are analysed on several threads, and everything after the
 * analysis used to run in this thread once the last batch was in, while the others sat idle (≈ 250–400 ms at
 * 10,000 pages, between the last batch and the charts). Added as each batch arrives, most of it is done while the
 * other threads still analyse. The result is the same as `assembleCorpus` of all documents at once.
 */
import type { CorpusDocument } from './types.ts';
import { uniqueIdAssigner } from './pipeline.ts';
import { StoryLinker } from './stories.ts';
import { ColumnsBuilder, type CorpusColumns } from './aggregate/columns.ts';
import { MentionStore } from './aggregate/mentionStore.ts';

/** A finished corpus, ready for `CorpusStore.setAssembled`. */
export interface AssembledCorpus {
  /** Linked documents (stories set), ids unique, mention spans moved to `mentions`. */
  documents: CorpusDocument[];
  columns: CorpusColumns;
  mentions: MentionStore;
}

/** The corpus so far, when documents are added to it (`CorpusStore.add`): its documents and their spans. */
export interface EarlierCorpus {
  documents: readonly CorpusDocument[];
  mentions: MentionStore;
}

export class CorpusAssembly {
  private unique = uniqueIdAssigner();
  private linker = new StoryLinker();
  private columns = new ColumnsBuilder();
  private mentions: MentionStore;
  private earlier: EarlierCorpus | null;
  private added = 0;

  /**
   * `earlier`: documents that come first, from a store (their spans are in its mention store, which is copied, not
   * changed: the store stays as it is until the new corpus replaces it).
   */
  constructor(earlier?: EarlierCorpus) {
    this.earlier = earlier ?? null;
    this.mentions = earlier ? earlier.mentions.clone() : new MentionStore();
    if (earlier) for (const d of earlier.documents) this.place(this.unique(d));
  }

  /** Documents added so far, not counting the earlier ones. */
  get size(): number {
    return this.added;
  }

  /**
   * Add the next documents (analysed: pipeline.ts), in corpus order. They become the corpus's: their spans are moved
   * out (MentionStore.take), so pass copies of documents that must stay as they are.
   */
  add(documents: readonly CorpusDocument[]): void {
    for (let k = 0; k < documents.length; k++) {
      const d = this.unique(documents[k]!);
      this.mentions.take(d);
      this.place(d);
    }
    this.added += documents.length;
  }

  /** Link the stories and finish the columns. The assembly is spent afterwards. */
  finish(): AssembledCorpus {
    const documents = this.linker.link();
    const columns = this.columns.finish(documents, this.linker.storyRepresentatives);
    if (this.earlier) this.mentions.retain(columns.indexById);
    return { documents, columns, mentions: this.mentions };
  }

  private place(d: CorpusDocument): void {
    this.linker.add(d);
    this.columns.add(d);
  }
}

/** Assemble `documents` all at once (see {@link CorpusAssembly}; their spans are moved out, as by `add`). */
export function assembleCorpus(documents: readonly CorpusDocument[], earlier?: EarlierCorpus): AssembledCorpus {
  const assembly = new CorpusAssembly(earlier);
  assembly.add(documents);
  return assembly.finish();
}
