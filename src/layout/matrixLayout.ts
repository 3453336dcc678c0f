/**
 * Geometry of the organisation co-mention matrix: square cells, row labels on the left, column labels rotated
 * −45° above, a sequential colour scale for the off-diagonal counts. The diagonal (an organisation's own count)
 * is on a different scale entirely, so it is drawn neutral with its number, not coloured.
 *
 * When even the smallest readable cell does not fit the width, the layout is wider than asked for and the figure
 * scrolls inside itself.
 */
import { color, interpolateRgbBasis, max } from 'd3';
import type { CoMentionMatrix } from '../worker/api.ts';
import { formatNumber, type Lang } from '../i18n/format.ts';
import { textOn } from './palette.ts';

export interface MatrixCell {
  i: number;
  j: number;
  x: number;
  y: number;
  count: number;
  diagonal: boolean;
  /** Fill colour (`#rrggbb`), or null for zero and diagonal cells (drawn with theme colours). */
  fill: string | null;
  /** Text colour for the number on a coloured cell. */
  text: string;
  /** The count as drawn in the cell, or '' when none is drawn (zero, or too wide for the cell: see numberLabel). */
  label: string;
  /** Font size of `label` in px. */
  labelSize: number;
}

export interface MatrixLabel {
  index: number;
  name: string;
  /** Possibly truncated with `…`; the full name goes to the title. */
  short: string;
  x: number;
  y: number;
}

export interface MatrixLayout {
  width: number;
  height: number;
  cell: number;
  /** Origin of the grid. */
  x0: number;
  y0: number;
  fontSize: number;
  showNumbers: boolean;
  /** Non-zero cells whose number does not fit (not drawn; the tooltip and the table have it). */
  hiddenNumbers: number;
  cells: MatrixCell[];
  rows: MatrixLabel[];
  cols: MatrixLabel[];
  /** Largest off-diagonal count (the top of the colour scale). */
  maxCount: number;
  /** Legend swatches from 1 to maxCount. */
  legend: { value: number; fill: string }[];
}

/** Truncate to `maxChars` characters with an ellipsis. */
export function truncate(name: string, maxChars: number): string {
  const chars = [...name];
  return chars.length <= maxChars ? name : chars.slice(0, Math.max(1, maxChars - 1)).join('').trimEnd() + '…';
}

/** Rough text width: no DOM in a layout, so an average glyph width for a sans-serif font. */
export function textWidth(s: string, fontSize: number): number {
  return [...s].length * fontSize * 0.62;
}

/** Smallest font for a number in a cell (px): a number that would need less is not drawn. */
export const MIN_NUMBER_FONT = 8;

/**
 * Width of a formatted number in px. Digits are wider than the average glyph of `textWidth` (bold ones more so),
 * separators narrower; the factors are those of DejaVu Sans, the widest of the common sans-serif fonts, so the
 * estimate errs on the wide side.
 */
export function numberWidth(s: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of s) em += ch >= '0' && ch <= '9' ? (bold ? 0.7 : 0.64) : ch === '.' || ch === ',' ? 0.35 : 0.62;
  return em * fontSize;
}

/**
 * A cell's number and its font size: the cell's normal size when the number fits, smaller when that is what it
 * takes (down to MIN_NUMBER_FONT), otherwise no number. Four-digit own counts on the diagonal do not fit a 20 px
 * cell at a readable size (phones): they used to run into the neighbouring cells.
 */
export function numberLabel(count: number, cell: number, bold: boolean, lang: Lang): { label: string; size: number } {
  const size = Math.min(12, cell * 0.45);
  if (count <= 0) return { label: '', size };
  const label = formatNumber(count, lang);
  const room = cell - 3; // a pixel and a half of the cell's colour on either side
  const fit = Math.floor(((size * room) / numberWidth(label, size, bold)) * 2) / 2; // half-pixel steps
  if (fit >= size) return { label, size };
  return fit >= MIN_NUMBER_FONT ? { label, size: fit } : { label: '', size };
}

/**
 * ColorBrewer's nine-class Blues through a B-spline: the same ramp as d3's `interpolateBlues`
 * (d3-scale-chromatic builds it from exactly these stops). Importing that one function evaluates the whole
 * d3-scale-chromatic bundle (every scheme parsed at load, ≈ 10 ms of the chart chunk's evaluation on the main
 * thread), so the nine stops live here.
 */
const blues = interpolateRgbBasis(['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b']);

/** Colour for an off-diagonal count on a scale topping at `maxCount`; light end kept visible against white. */
export function cellFill(count: number, maxCount: number): string | null {
  if (count <= 0 || maxCount <= 0) return null;
  const t = 0.2 + 0.75 * (maxCount === 1 ? 1 : (count - 1) / (maxCount - 1));
  return color(blues(t))?.formatHex() ?? null;
}

export interface MatrixLayoutOptions {
  data: CoMentionMatrix;
  width: number;
  /** Smallest cell in px before the matrix scrolls. Default 20. */
  minCell?: number;
  /** Largest cell in px. Default 40. */
  maxCell?: number;
  /** Language of the numbers in the cells. Default 'de'. */
  lang?: Lang;
}

const SIN45 = Math.SQRT1_2;
const NEUTRAL = { fill: null, text: '' };

export function matrixLayout(o: MatrixLayoutOptions): MatrixLayout {
  const { data, width } = o;
  const n = data.orgs.length;
  const minCell = o.minCell ?? 20;
  const maxCell = o.maxCell ?? 40;
  const narrow = width < 560;
  const fontSize = narrow ? 11 : 12;
  const maxChars = narrow ? 14 : 22;
  const shorts = data.orgs.map((org) => truncate(org.name, maxChars));
  // A fixed label column (room for `maxChars` characters, whatever the names are): a filter that changes the
  // organisations then changes only the cells' colours and numbers, not every cell's position.
  const labelW = n > 0 ? Math.ceil(maxChars * fontSize * 0.62) + 12 : 12;
  // Rotated column labels reach up and to the right by labelW·sin45.
  const diag = Math.ceil(labelW * SIN45);
  const fit = n > 0 ? Math.floor((width - labelW - diag) / n) : maxCell;
  const cell = Math.max(minCell, Math.min(maxCell, fit));
  const x0 = labelW;
  const y0 = diag + 6;
  const gridW = cell * n;
  const maxCount = max(data.counts.flatMap((row, i) => row.filter((_, j) => j !== i))) ?? 0;

  const lang = o.lang ?? 'de';
  // One colour (and its text colour) per distinct count, not per cell: parsing and mixing colours was a fair share
  // of a filter change's layout time at 15 × 15 cells.
  const colours = new Map<number, { fill: string | null; text: string }>();
  const colourOf = (count: number) => {
    let c = colours.get(count);
    if (!c) {
      const fill = cellFill(count, maxCount);
      c = { fill, text: fill ? textOn(fill) : '' };
      colours.set(count, c);
    }
    return c;
  };
  const cells: MatrixCell[] = [];
  let hiddenNumbers = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const count = data.counts[i]?.[j] ?? 0;
      const diagonal = i === j;
      const paint = diagonal ? NEUTRAL : colourOf(count);
      const { label, size } = numberLabel(count, cell, diagonal, lang);
      if (count > 0 && !label) hiddenNumbers++;
      cells.push({ i, j, x: x0 + j * cell, y: y0 + i * cell, count, diagonal, fill: paint.fill, text: paint.text, label, labelSize: size });
    }
  }
  const rows = data.orgs.map((org, i) => ({ index: i, name: org.name, short: shorts[i]!, x: x0 - 6, y: y0 + i * cell + cell / 2 }));
  const cols = data.orgs.map((org, j) => ({ index: j, name: org.name, short: shorts[j]!, x: x0 + j * cell + cell / 2, y: y0 - 6 }));
  const legendValues = maxCount <= 5 ? Array.from({ length: maxCount }, (_, k) => k + 1) : [1, Math.round(maxCount / 4), Math.round(maxCount / 2), Math.round((3 * maxCount) / 4), maxCount];
  const legend = [...new Set(legendValues)].map((value) => ({ value, fill: cellFill(value, maxCount) ?? '#ffffff' }));
  return {
    width: Math.max(width, Math.ceil(x0 + gridW + Math.max(0, diag - cell / 2) + 4)),
    height: Math.ceil(y0 + gridW + 44),
    cell, x0, y0, fontSize,
    showNumbers: cell >= 20,
    hiddenNumbers,
    cells, rows, cols, maxCount, legend,
  };
}
