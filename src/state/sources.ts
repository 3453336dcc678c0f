/**
 * Pure helpers for where the corpus comes from: which picked or dropped files the dashboard can read, the
 * `?corpus=` parameter (same origin only), a `files.txt` list, and the time-left estimate of a running load.
 * No DOM and no fetch here; userFiles.svelte.ts is the edge that uses them.
 */

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
