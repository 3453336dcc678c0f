/**
 * `npm run --silent analyze -- [files or folders …]` (no argument: `seeds/`): analyse pages and print the corpus
 * JSON (CorpusFile, 2-space indent) to stdout. Per-file problems go to stderr as `file: reason`. Exit code 1
 * only when nothing at all could be read, so one broken file never fails a batch.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeFiles } from '../corpus/pipeline.ts';
import type { CorpusFile, InputFile } from '../corpus/types.ts';

/** Extensions the reader understands; anything else in a folder is skipped with a note. */
const READABLE = /\.(?:txt|html?|json)$/i;

/** Input paths → readable file paths (folders recurse, sorted for a stable output order) and notes about the rest. */
export function collectFiles(paths: string[]): { files: string[]; notes: string[] } {
  const files: string[] = [];
  const notes: string[] = [];
  const visit = (p: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      notes.push(`${p}: not found`);
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) visit(join(p, name), false);
    } else if (READABLE.test(p) || explicit) {
      // A file named explicitly is read whatever its extension: the reader sniffs content.
      files.push(p);
    } else {
      notes.push(`${p}: ignored (not .txt, .html, .htm or .json)`);
    }
  };
  for (const p of paths) visit(p, true);
  return { files, notes };
}

function main(argv: string[]): number {
  const args = argv.length > 0 ? argv : ['seeds'];
  const { files, notes } = collectFiles(args);
  for (const n of notes) process.stderr.write(`${n}\n`);
  const inputs: InputFile[] = [];
  for (const f of files) {
    try {
      inputs.push({ name: f, bytes: new Uint8Array(readFileSync(f)) });
    } catch (e) {
      process.stderr.write(`${f}: cannot open: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  const { documents, problems } = analyzeFiles(inputs);
  for (const p of problems) process.stderr.write(`${p.file}: ${p.reason}\n`);
  const corpus: CorpusFile = { version: 1, documents };
  process.stdout.write(`${JSON.stringify(corpus, null, 2)}\n`);
  if (documents.length === 0) {
    process.stderr.write('analyze: nothing could be read\n');
    return 1;
  }
  return 0;
}

// Run only as a command, so tests can import `collectFiles` without side effects.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `analyze | head` closes the pipe early: that is the reader's choice, not a crash.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
