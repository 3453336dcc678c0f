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
}

const SIN45 = Math.SQRT1_2;

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

  const cells: MatrixCell[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const count = data.counts[i]?.[j] ?? 0;
      const diagonal = i === j;
      const fill = diagonal ? null : cellFill(count, maxCount);
      cells.push({ i, j, x: x0 + j * cell, y: y0 + i * cell, count, diagonal, fill, text: fill ? textOn(fill) : '' });
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
    cells, rows, cols, maxCount, legend,
  };
}
