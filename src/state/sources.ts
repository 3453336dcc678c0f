/**
 * Pure helpers for where the corpus comes from: which picked or dropped files the dashboard can read, the
 * `?corpus=` parameter (same origin only), a `files.txt` list, and the time-left estimate of a running load.
 * No DOM and no fetch here (`readBody` reads a Response the edge fetched); corpusSources.svelte.ts is the edge
 * that uses them.
 */
import type { FileProblem, InputFile } from '../corpus/types.ts';
import { createYieldTurn } from '../worker/yieldTurn.ts';

/** File endings the reader understands (`.json` = a corpus file in the `npm run analyze` format). */
export const ACCEPTED = ['.txt', '.html', '.htm', '.json'] as const;

export function isAccepted(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPTED.some((ext) => lower.endsWith(ext));
}

/** Split picked files into readable ones and skipped names (hidden files such as `.DS_Store` are skipped too). */
export function partitionFiles<T extends { name: string }>(files: T[]): { accepted: T[]; skipped: string[] } {
  const accepted: T[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    const base = f.name.slice(f.name.lastIndexOf('/') + 1);
    if (isAccepted(base) && !base.startsWith('.')) accepted.push(f);
    else skipped.push(f.name);
  }
  return { accepted, skipped };
}

export type CorpusUrl = { ok: true; url: URL } | { ok: false; reason: 'foreign' | 'invalid' };

/**
 * Resolve `?corpus=` against the page address. Only URLs on the page's own origin are allowed: the dashboard
 * must never contact another host, whatever a link says.
 */
export function resolveCorpusUrl(value: string, pageHref: string): CorpusUrl {
  let url: URL;
  try {
    url = new URL(value, pageHref);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const page = new URL(pageHref);
  if (url.protocol !== page.protocol || url.origin !== page.origin || page.origin === 'null') {
    return { ok: false, reason: 'foreign' };
  }
  return { ok: true, url };
}

/**
 * A corpus response is either JSON (a corpus file) or a plain list of file URLs, one a line; blank lines and
 * lines starting with `#` are ignored.
 */
export function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

export function parseFileList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** Last path segment of a URL, decoded: the name a fetched file gets in problem lists and the reader. */
export function fileNameOf(url: URL): string {
  const seg = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(seg) || url.pathname;
  } catch {
    return seg || url.pathname;
  }
}

/**
 * Milliseconds left at the throughput so far, or null while there is too little to go on (under 5 % or 300 ms):
 * early estimates jump around and are worse than none.
 */
export function timeLeftMs(p: { bytesDone: number; bytesTotal: number; elapsedMs: number }): number | null {
  if (p.bytesTotal <= 0 || p.bytesDone <= 0 || p.elapsedMs < 300) return null;
  const share = p.bytesDone / p.bytesTotal;
  if (share < 0.05) return null;
  if (share >= 1) return 0;
  return (p.elapsedMs / p.bytesDone) * (p.bytesTotal - p.bytesDone);
}

/** Bytes copied per task when `readBody` assembles a body (≈ 2–4 ms each on a 2-core machine). */
const COPY_SLICE = 8 << 20;

/**
 * The body as one byte array, without a long main-thread task. `res.arrayBuffer()` assembles the whole body in
 * one task at the end (≈ 50 ms for a 64 MB corpus JSON on a 2-core machine, issue 4). Here the chunks are kept as
 * they arrive and copied into one buffer in slices of `COPY_SLICE` bytes, one task each. (Copying each chunk on
 * arrival into a buffer that doubles would copy half the body in one task at the last doubling when the server
 * sends no Content-Length.)
 */
export async function readBody(res: Response): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  // A message to itself, not `setTimeout(0)`: chained timers are clamped to 4 ms (worker/yieldTurn.ts).
  const yieldTurn = createYieldTurn();
  let at = 0;
  let sinceYield = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
    sinceYield += c.length;
    if (sinceYield >= COPY_SLICE && at < total) {
      sinceYield = 0;
      await yieldTurn();
    }
  }
  return out;
}

/**
 * Files read or fetched at once. Each `File.arrayBuffer()` is a round trip to the browser's file system; one after
 * the other, 10,000 small files took 5 s before the worker saw the first byte (≈ 3 s now: Chromium's own cost per
 * file, the same at 16 or 1,024 at once, and the same from a worker).
 */
const READ_AT_ONCE = 64;
/**
 * Main-thread time one task may spend starting reads before the page gets a turn. The reads' answers arrive
 * together, and every lane went straight on to its next read in the same task: 10–19 ms of CPU per task while the
 * worker and its helper kept both cores busy, 40–64 ms on the wall clock (traced in Chromium, 10,000 picked
 * files). A lane that finds the slice used up waits for the next turn, with the others.
 */
const READ_SLICE_MS = 4;

/**
 * The bytes of each item (a picked file, a listed URL), READ_AT_ONCE at a time, in the items' order. An item that
 * cannot be read becomes a problem with its name (`prefix` before the reason); `from` holds the items that were read.
 * `turn` and `now` are the event-loop turn and the clock (replaceable for tests).
 */
export async function readAll<T>(
  items: readonly T[],
  name: (item: T) => string,
  bytes: (item: T) => Promise<Uint8Array>,
  prefix: string,
  { turn = createYieldTurn(), now = () => performance.now() }: { turn?: () => Promise<void>; now?: () => number } = {},
): Promise<{ inputs: InputFile[]; problems: FileProblem[]; from: T[] }> {
  const read: (Uint8Array | string)[] = new Array(items.length);
  let next = 0;
  let sliceStart = now();
  // One turn shared by every lane that found the slice used up; the first to run after it starts a new slice.
  let waiting: Promise<void> | null = null;
  const pause = () =>
    (waiting ??= turn().then(() => {
      waiting = null;
      sliceStart = now();
    }));
  const lane = async () => {
    for (;;) {
      while (now() - sliceStart > READ_SLICE_MS) await pause();
      const i = next++;
      if (i >= items.length) return;
      try {
        read[i] = await bytes(items[i]!);
      } catch (e) {
        read[i] = prefix + (e instanceof Error ? e.message : String(e));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, items.length) }, lane));
  const out = { inputs: [] as InputFile[], problems: [] as FileProblem[], from: [] as T[] };
  read.forEach((r, i) => {
    const item = items[i]!;
    if (typeof r === 'string') out.problems.push({ file: name(item), reason: r, severity: 'error' });
    else {
      out.inputs.push({ name: name(item), bytes: r });
      out.from.push(item);
    }
  });
  return out;
}
