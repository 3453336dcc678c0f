import { describe, it, expect } from 'vitest';
import { cellFill, matrixLayout, MIN_NUMBER_FONT, numberLabel, numberWidth, truncate } from '../../../src/layout/matrixLayout.ts';
import type { CoMentionMatrix } from '../../../src/worker/api.ts';
import orgs from '../../fixtures/charts/orgs.json';

const data = orgs as CoMentionMatrix;

describe('truncate', () => {
  it.each([
    ['Vitako', 10, 'Vitako'],
    ['Deutscher Landkreistag', 14, 'Deutscher Lan…'],
    ['Deutscher Städtetag', 11, 'Deutscher…'],
  ])('%s / %d → %s', (s, n, want) => {
    expect(truncate(s, n)).toBe(want);
    expect([...truncate(s, n)].length).toBeLessThanOrEqual(n);
  });
});

describe('matrixLayout', () => {
  it.each([343, 480, 640, 1200])('width %d: square cells in a grid, labels left and above the grid', (width) => {
    const L = matrixLayout({ data, width });
    const n = data.orgs.length;
    expect(L.cells.length).toBe(n * n);
    expect(L.cell).toBeGreaterThanOrEqual(20);
    expect(L.cell).toBeLessThanOrEqual(40);
    for (const c of L.cells) {
      expect(c.x).toBe(L.x0 + c.j * L.cell);
      expect(c.y).toBe(L.y0 + c.i * L.cell);
    }
    expect(L.x0).toBeGreaterThan(0);
    expect(L.width).toBeGreaterThanOrEqual(L.x0 + n * L.cell);
  });
  it('fits a phone width without scrolling for 8 organisations', () => {
    expect(matrixLayout({ data, width: 343 }).width).toBe(343);
  });
  it('grows wider than asked (scrolls) for many organisations on a phone', () => {
    const n = 30;
    const big: CoMentionMatrix = {
      orgs: Array.from({ length: n }, (_, i) => ({ name: `Organisation ${i}`, count: i + 1 })),
      counts: Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? i + 1 : (i + j) % 3))),
      cellTitles: {},
    };
    const L = matrixLayout({ data: big, width: 343 });
    expect(L.cell).toBe(20);
    expect(L.width).toBeGreaterThan(343);
  });
  it('diagonal cells are not coloured; off-diagonal colour darkens with the count', () => {
    const L = matrixLayout({ data, width: 640 });
    expect(L.cells.filter((c) => c.diagonal).every((c) => c.fill === null)).toBe(true);
    const lum = (hex: string) => parseInt(hex.slice(1, 3), 16);
    expect(lum(cellFill(1, 6)!)).toBeGreaterThan(lum(cellFill(6, 6)!));
    expect(cellFill(0, 6)).toBeNull();
    expect(L.maxCount).toBe(6);
  });
  it('handles an empty matrix', () => {
    const L = matrixLayout({ data: { orgs: [], counts: [], cellTitles: {} }, width: 400 });
    expect(L.cells).toEqual([]);
    expect(L.legend).toEqual([]);
  });
});

describe('matrixLayout: fixed label column', () => {
  it.each([480, 900])('width %d: short and long names give the same grid (a filter moves no cell)', (width) => {
    const short: CoMentionMatrix = { ...data, orgs: data.orgs.map((o, i) => ({ ...o, name: `O${i}` })) };
    const long: CoMentionMatrix = { ...data, orgs: data.orgs.map((o, i) => ({ ...o, name: `Sehr lange Organisation Nummer ${i}` })) };
    const a = matrixLayout({ data: short, width });
    const b = matrixLayout({ data: long, width });
    expect([b.x0, b.y0, b.cell]).toEqual([a.x0, a.y0, a.cell]);
    expect(b.cells.map((c) => [c.x, c.y])).toEqual(a.cells.map((c) => [c.x, c.y]));
  });
});

describe('numberLabel: the number in a cell fits the cell or is not drawn', () => {
  it.each([
    // count, cell, bold (diagonal), lang → label, font size (null: any size below the cell's normal one)
    [0, 40, false, 'de', '', 12],
    [5, 40, false, 'de', '5', 12],
    [174, 20, false, 'de', '174', null],
    [1358, 20, true, 'de', '', 9],
    [1358, 34, true, 'de', '1.358', null],
    [1358, 40, true, 'en', '1,358', null],
    [98765, 20, false, 'de', '', 9],
  ] as const)('%d in a %d px cell (bold %s, %s) → %j', (count, cell, bold, lang, label, size) => {
    const r = numberLabel(count, cell, bold, lang);
    expect(r.label).toBe(label);
    if (size !== null) expect(r.size).toBe(size);
    else expect(r.size).toBeLessThan(Math.min(12, cell * 0.45));
    if (r.label) {
      expect(r.size).toBeGreaterThanOrEqual(MIN_NUMBER_FONT);
      expect(numberWidth(r.label, r.size, bold)).toBeLessThanOrEqual(cell - 3);
    }
  });
});

describe('matrixLayout: four-digit counts on a phone (issue: diagonal numbers ran into their neighbours)', () => {
  const n = 15;
  const big: CoMentionMatrix = {
    orgs: Array.from({ length: n }, (_, i) => ({ name: `Organisation ${i}`, count: 1000 + 97 * i })),
    counts: Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1000 + 97 * i : 40 + ((i * 7 + j * 13) % 150)))),
    cellTitles: {},
  };
  it.each([343, 480, 800, 1200])('width %d: every drawn number fits its cell at %#', (width) => {
    const L = matrixLayout({ data: big, width, lang: 'de' });
    for (const c of L.cells) {
      if (!c.label) continue;
      expect(c.labelSize).toBeGreaterThanOrEqual(MIN_NUMBER_FONT);
      expect(numberWidth(c.label, c.labelSize, c.diagonal)).toBeLessThanOrEqual(L.cell - 3);
    }
    expect(L.hiddenNumbers).toBe(L.cells.filter((c) => c.count > 0 && !c.label).length);
  });
  it('hides the four-digit own counts in 20 px cells and keeps the three-digit pair counts', () => {
    const L = matrixLayout({ data: big, width: 343 });
    expect(L.cell).toBe(20);
    expect(L.cells.filter((c) => c.diagonal).every((c) => c.label === '')).toBe(true);
    expect(L.cells.filter((c) => !c.diagonal).every((c) => c.label !== '')).toBe(true);
    expect(L.hiddenNumbers).toBe(n);
  });
  it('draws them (smaller) where the cells are wide enough', () => {
    const L = matrixLayout({ data: big, width: 1200 });
    expect(L.hiddenNumbers).toBe(0);
    expect(L.cells.find((c) => c.i === 3 && c.j === 3)!.label).toBe('1.291');
  });
});
