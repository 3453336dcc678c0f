/**
 * One input file → documents + problems. Dispatches on extension and content: corpus JSON, HTML, or plain-text
 * page. Never throws, for any bytes: every failure becomes a `FileProblem` naming the file and the reason.
 */
import type { CorpusDocument, FileProblem, InputFile } from '../types.ts';
import { decodeText } from './decode.ts';
import { looksLikeHtml } from './htmlToText.ts';
import { readHtmlPage } from './htmlPage.ts';
import { pageDocuments } from './pageDocuments.ts';
import { readCorpusJson } from './corpusJson.ts';

/** What reading one file produced. */
export interface ReadResult {
  documents: CorpusDocument[];
  problems: FileProblem[];
}

/** Base name of a path (`/a/b/c.txt` → `c.txt`), for `/` and `\` separators. */
export function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '');
}

/** File stem: base name without its last extension (`000_89bb.txt` → `000_89bb`). */
export function fileStem(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem === '' ? 'document' : stem;
}

/** Read one input file. See the module comment for the contract. */
export function readFile(file: InputFile): ReadResult {
  try {
    return readUnsafe(file);
  } catch (e) {
    // The contract is "never throws": a bug in a later rule must cost one file, not the whole corpus.
    return { documents: [], problems: [{ file: file.name, reason: `could not read: ${e instanceof Error ? e.message : String(e)}`, severity: 'error' }] };
  }
}

/** A result with no documents and one error naming the file. */
function problem(file: InputFile, reason: string): ReadResult {
  return { documents: [], problems: [{ file: file.name, reason, severity: 'error' }] };
}

function readUnsafe(file: InputFile): ReadResult {
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) return problem(file, decoded.reason);
  const ext = /\.([^.\\/]*)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const text = decoded.text;
  const base = baseName(file.name);

  const trimmed = text.trimStart();
  if (ext === 'json' || (ext !== 'html' && ext !== 'htm' && trimmed.startsWith('{') && trimmed.trimEnd().endsWith('}'))) {
    const r = readCorpusJson(text, file.name, base);
    // Without the extension, JSON-looking text that is not a corpus is still read as a page.
    if (ext === 'json' || r.documents.length > 0) return r;
  }

  const isHtml = ext === 'html' || ext === 'htm' || looksLikeHtml(text);
  const html = isHtml ? readHtmlPage(text) : null;
  const pageText = html ? html.text : text;
  if (pageText.trim() === '') return problem(file, isHtml ? 'no text in HTML page' : 'empty file');
  const documents = pageDocuments(pageText, { file: base, stem: fileStem(file.name) }, html);
  if (documents.length === 0) return problem(file, 'no readable text');
  return { documents, problems: [] };
}
