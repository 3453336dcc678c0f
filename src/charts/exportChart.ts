/**
 * Export helpers for every chart: CSV of the data (RFC 4180, comma-separated, UTF-8 with BOM so Excel reads
 * umlauts), a stand-alone SVG (computed styles inlined so it renders without the page's CSS or theme variables),
 * and a PNG drawn from that SVG through a Blob URL (allowed by `img-src 'self' data: blob:`; no network).
 *
 * `toCsv` and `standaloneSvg` are pure; `serializeSvg`, `svgToPng` and `download` need a browser.
 */

/** A table: column headers and rows of cells. Shared by the table view and the CSV export. */
export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

export const BOM = '\uFEFF';

/** One CSV field: quoted when it holds a comma, quote, CR or LF; text that a spreadsheet would run as a formula is defused. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v;
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+([.,]\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The table as CSV text: BOM, header line, CRLF line ends (RFC 4180). Numbers are written plainly (`1234.5`). */
export function toCsv(table: ChartTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** Style properties copied from the page into an exported SVG. */
export const INLINE_PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'dominant-baseline', 'visibility', 'display',
] as const;

/**
 * Wrap serialised SVG content so it stands alone: namespace, explicit size, a background rectangle and a
 * font-family fallback. `inner` is the markup inside the root `<svg>`.
 */
export function standaloneSvg(inner: string, width: number, height: number, background: string, title = ''): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">` +
    (title ? `<title>${esc(title)}</title>` : '') +
    `<rect width="100%" height="100%" fill="${esc(background)}"/>` +
    inner +
    `</svg>\n`
  );
}

/** A colour key entry for an exported picture. */
export interface LegendItem {
  label: string;
  color: string;
}

/**
 * Legend markup for the bottom of an exported picture (on screen the legends are HTML, outside the `<svg>`):
 * swatches and labels flowed into rows of `width`. Returns the markup (positioned from y = 0) and its height.
 */
export function legendMarkup(items: readonly LegendItem[], width: number, fg = '#1a1a1a', fontSize = 12): { markup: string; height: number } {
  if (items.length === 0) return { markup: '', height: 0 };
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const row = fontSize + 8;
  let x = 8;
  let y = 4;
  const parts: string[] = [];
  for (const it of items) {
    const w = 12 + 6 + [...it.label].length * fontSize * 0.58 + 16;
    if (x + w > width && x > 8) {
      x = 8;
      y += row;
    }
    parts.push(
      `<rect x="${x}" y="${y}" width="12" height="12" rx="2" fill="${esc(it.color)}"/>` +
      `<text x="${x + 18}" y="${y + 6}" dominant-baseline="central" font-size="${fontSize}" fill="${esc(fg)}">${esc(it.label)}</text>`,
    );
    x += w;
  }
  return { markup: parts.join(''), height: y + row + 4 };
}

/**
 * Serialise a live `<svg>` with its computed styles inlined (theme variables resolved), optionally with a legend
 * appended below the picture. Browser only.
 */
export function serializeSvg(svg: SVGSVGElement, title = '', legend: readonly LegendItem[] = []): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...svg.querySelectorAll('*')];
  const dst = [clone, ...clone.querySelectorAll('*')];
  src.forEach((el, i) => {
    const target = dst[i];
    if (!(target instanceof Element)) return;
    const cs = getComputedStyle(el);
    const style = INLINE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    target.setAttribute('style', style);
    target.removeAttribute('class');
  });
  const { width, height } = svg.getBoundingClientRect();
  const bg = getComputedStyle(svg.closest('figure') ?? svg).backgroundColor;
  const background = !bg || bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent' ? '#ffffff' : bg;
  const fg = getComputedStyle(svg).color || '#1a1a1a';
  const w = Math.round(width);
  const h = Math.round(height);
  const lg = legendMarkup(legend, w, fg);
  const inner = clone.innerHTML.replace(/<!--[\s\S]*?-->/g, '') + (lg.markup ? `<g transform="translate(0,${h})">${lg.markup}</g>` : '');
  return standaloneSvg(inner, w, h + lg.height, background, title);
}

/** Draw SVG text to a PNG blob at `scale`× resolution. Browser only. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('exportChart: the SVG could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('exportChart: no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('exportChart: PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offer a blob as a download through a temporary `<a download>`. Browser only. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe slug (`Themen über die Zeit` → `themen-ueber-die-zeit`). */
export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'chart';
}
