/**
 * The names the corpus worker script is started with; the script reads `self.name` to know its role
 * (corpus.worker.ts). A module of its own, without imports: the page, the worker and the single-file build's
 * inlined worker all read it (connect.ts itself is swapped out in that build).
 */

/** The corpus worker behind the full dashboard. */
export const CORPUS_WORKER_NAME = 'lagebild-corpus';

/**
 * The corpus worker of an embedded view (`?embed=`), which takes no files from the user: it starts no extraction
 * helpers ahead and does no warm-up. An intranet page with three embedded charts would otherwise run three of each
 * for nothing. A large `?corpus=` load still gets helpers when it needs them.
 */
export const EMBEDDED_WORKER_NAME = 'lagebild-corpus-embedded';
