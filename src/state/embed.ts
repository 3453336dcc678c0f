/**
 * Embedding and theme parameters as a pure codec (no `location`, no DOM), next to urlCodec.ts which leaves these
 * parameters alone.
 *
 * - `embed=topics|organisations|speakers|documents|dashboard`: show one view (or the whole dashboard) without page
 *   chrome. Any other value is reported as a notice and the normal page is shown.
 * - `theme=light|dark`: force a colour scheme (inside and outside embeds). Absent: the browser's
 *   `prefers-color-scheme` decides, and a browser that states no preference gets light.
 */
export const EMBED_VIEWS = ['topics', 'organisations', 'speakers', 'documents', 'dashboard'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];
export type Theme = 'light' | 'dark';

export interface PageMode {
  /** The embedded view, or null for the normal page. */
  embed: EmbedView | null;
  /** A forced theme, or null to follow the browser. */
  theme: Theme | null;
  /** Rejected parameters as `name=value` (worded by the UI like urlCodec notices). */
  notices: string[];
}

/** The message an embedded page posts to its parent whenever its content height changes. */
export interface HeightMessage {
  type: 'lagebild:height';
  /** Content height in CSS pixels, rounded up. */
  height: number;
  /** The `embed` value of the page. */
  view: EmbedView;
}

export function decodePageMode(params: URLSearchParams): PageMode {
  const notices: string[] = [];
  const embedRaw = params.get('embed');
  const themeRaw = params.get('theme');
  let embed: EmbedView | null = null;
  let theme: Theme | null = null;
  if (embedRaw !== null) {
    if ((EMBED_VIEWS as readonly string[]).includes(embedRaw)) embed = embedRaw as EmbedView;
    else notices.push(`embed=${embedRaw}`);
  }
  if (themeRaw !== null && themeRaw !== '') {
    if (themeRaw === 'light' || themeRaw === 'dark') theme = themeRaw;
    else notices.push(`theme=${themeRaw}`);
  }
  return { embed, theme, notices };
}

/** The same address without `embed`: the link from an embedded view to the full dashboard. */
export function fullViewHref(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.pathname + url.search + url.hash;
}

export function heightMessage(height: number, view: EmbedView): HeightMessage {
  return { type: 'lagebild:height', height: Math.ceil(height), view };
}
