import { describe, it, expect } from 'vitest';
import { circlesPath, countTicks, parseDay, rangeBand, snapBrush, timeTicks, topicLayout } from '../../../src/layout/topicLines.ts';
import type { Granularity, TopicSeries } from '../../../src/worker/api.ts';
import month from '../../fixtures/charts/topics-month.json';
import quarter from '../../fixtures/charts/topics-quarter.json';
import year from '../../fixtures/charts/topics-year.json';
import few from '../../fixtures/charts/topics-few.json';

const d = parseDay;

describe('timeTicks', () => {
  it.each<[string, string, string, Granularity, number, string[]]>([
    ['three months, German', '2021-03-01', '2021-06-01', 'month', 10, ['Mär 2021', 'Apr', 'Mai', 'Jun']],
    ['three months, English', '2021-03-01', '2021-06-01', 'month', 10, ['Mar 2021', 'Apr', 'May', 'Jun']],
    ['a year by quarter', '2020-01-01', '2021-01-01', 'quarter', 10, ['Jan 2020', 'Apr', 'Jul', 'Okt', 'Jan 2021']],
    ['six years, few ticks', '2019-01-01', '2025-07-01', 'month', 4, ['2020', '2022', '2024']],
    ['years', '2019-01-01', '2026-01-01', 'year', 20, ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']],
    ['one month never yields day ticks', '2021-03-01', '2021-04-01', 'month', 10, ['Mär 2021', 'Apr']],
  ])('%s', (name, a, b, g, max, want) => {
    const lang = name.includes('English') ? 'en' : 'de';
    const ticks = timeTicks(d(a), d(b), g, max, lang);
    expect(ticks.map((t) => (t.sub ? `${t.label} ${t.sub}` : t.label))).toEqual(want);
    for (const t of ticks) expect(t.date.getUTCDate()).toBe(1);
  });
  it('respects the maximum count', () => {
    for (const max of [2, 3, 5, 8, 13]) expect(timeTicks(d('2019-01-01'), d('2025-07-01'), 'month', max, 'de').length).toBeLessThanOrEqual(max);
  });
});

describe('countTicks', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [9, [0, 2, 4, 6, 8, 10]],
    [37, [0, 10, 20, 30, 40]],
  ])('max %d → %j (integers only)', (max, want) => {
    expect(countTicks(max)).toEqual(want);
  });
});

describe('topicLayout', () => {
  const cases: [string, TopicSeries, Granularity][] = [
    ['month', month, 'month'], ['quarter', quarter, 'quarter'], ['year', year, 'year'], ['few', few, 'month'],
  ];
  it.each(cases)('%s: buckets tile the axis in order, points sit at bucket middles', (_, data, g) => {
    const L = topicLayout({ data, granularity: g, width: 600, height: 260, lang: 'de' });
    expect(L.buckets.length).toBe(data.buckets.length);
    L.buckets.forEach((b, i) => {
      expect(b.x1).toBeGreaterThan(b.x0);
      if (i > 0) expect(b.x0).toBeCloseTo(L.buckets[i - 1]!.x1, 6);
    });
    expect(L.buckets[0]!.x0).toBeCloseTo(L.margin.left, 6);
    expect(L.buckets.at(-1)!.x1).toBeCloseTo(600 - L.margin.right, 6);
    for (const s of L.series) s.points.forEach((p, i) => expect(p.x).toBeCloseTo(L.buckets[i]!.cx, 6));
    for (const t of L.xTicks) expect(t.labelPos).toBeGreaterThanOrEqual(L.margin.left - 1);
  });
  it('hidden topics get no path and do not set the y scale', () => {
    const all = topicLayout({ data: year, granularity: 'year', width: 600, height: 260, lang: 'de' });
    const hid = topicLayout({ data: year, granularity: 'year', width: 600, height: 260, lang: 'de', hiddenTopics: year.series.map((s) => s.topic.id).slice(0, 4) });
    expect(hid.series.filter((s) => s.path === '').length).toBe(4);
    expect(Number(hid.yTicks.at(-1)!.label)).toBeLessThanOrEqual(Number(all.yTicks.at(-1)!.label));
  });
  it('quarters know their first and last month', () => {
    const L = topicLayout({ data: quarter, granularity: 'quarter', width: 600, height: 260, lang: 'de' });
    expect(L.buckets[0]).toMatchObject({ key: '2019-Q1', firstMonth: '2019-01', lastMonth: '2019-03' });
  });
});

describe('snapBrush and rangeBand', () => {
  const L = topicLayout({ data: quarter, granularity: 'quarter', width: 600, height: 260, lang: 'de' });
  const b = L.buckets;
  it.each<[string, number, number, string, string]>([
    ['inside one bucket', b[2]!.x0 + 1, b[2]!.x1 - 1, '2019-07', '2019-09'],
    ['right to left drag', b[5]!.cx, b[3]!.cx, '2019-10', '2020-06'],
    ['ending on a boundary does not take the next bucket', b[1]!.x0, b[3]!.x0, '2019-04', '2019-09'],
    ['outside the axis clamps', -50, 5000, '2019-01', '2025-06'],
  ])('%s', (_, a, c, from, to) => {
    expect(snapBrush(b, a, c)).toMatchObject({ from, to });
  });
  it('maps a snapped range back onto exactly its buckets', () => {
    const s = snapBrush(b, b[4]!.cx, b[7]!.cx)!;
    const band = rangeBand(b, s.from, s.to)!;
    expect(band.x0).toBeCloseTo(b[4]!.x0, 6);
    expect(band.x1).toBeCloseTo(b[7]!.x1, 6);
  });
  it.each<[string | null, string | null, boolean]>([
    [null, null, false], ['2030-01', null, false], [null, '2021-05', true], ['2021-05', '2021-05', true],
  ])('range %s–%s visible: %s', (from, to, visible) => {
    expect(rangeBand(b, from, to) !== null).toBe(visible);
  });
  it('a single month inside a quarter is a third of the bucket', () => {
    const band = rangeBand(b, '2021-05', '2021-05')!;
    const q = b.find((x) => x.key === '2021-Q2')!;
    expect(Math.abs(band.x1 - band.x0 - (q.x1 - q.x0) / 3)).toBeLessThan(1); // months differ in days
  });
});

describe('small multiples', () => {
  const ids = (d: TopicSeries) => d.series.map((s) => s.topic.id);
  it.each([[4, 'overlay'], [6, 'overlay'], [7, 'multiples'], [14, 'multiples']])('%d visible topics → %s', async (n, mode) => {
    const many = (await import('../../fixtures/charts/topics-many.json')).default as TopicSeries;
    const L = topicLayout({ data: many, granularity: 'quarter', width: 600, height: 260, lang: 'de', hiddenTopics: ids(many).slice(n) });
    expect(L.mode).toBe(mode);
  });
  it('bands stack without overlap, each at least 34 px, and the chart grows to hold them', async () => {
    const many = (await import('../../fixtures/charts/topics-many.json')).default as TopicSeries;
    const L = topicLayout({ data: many, granularity: 'quarter', width: 600, height: 260, lang: 'de' });
    const bands = L.series.map((s) => s.band!);
    bands.forEach((b, i) => {
      expect(b.bottom - b.top).toBeGreaterThanOrEqual(34);
      if (i > 0) expect(b.top).toBe(bands[i - 1]!.bottom);
    });
    expect(L.height).toBeGreaterThan(260);
    for (const s of L.series) for (const p of s.points) {
      expect(p.y).toBeGreaterThanOrEqual(s.band!.top);
      expect(p.y).toBeLessThanOrEqual(s.band!.bottom);
    }
    expect(L.yTicks).toEqual([]);
  });
  it('overlay colours are distinct for the visible topics', () => {
    const L = topicLayout({ data: month, granularity: 'month', width: 600, height: 260, lang: 'de' });
    expect(new Set(L.series.map((s) => s.color)).size).toBe(L.series.length);
  });
});

describe('circlesPath', () => {
  it('one moveto and two arcs per point, none for no points', () => {
    expect(circlesPath([])).toBe('');
    expect(circlesPath([{ x: 10, y: 20 }, { x: 30.04, y: 5 }])).toBe('M7.5,20a2.5,2.5 0 1,0 5,0a2.5,2.5 0 1,0 -5,0M27.5,5a2.5,2.5 0 1,0 5,0a2.5,2.5 0 1,0 -5,0');
  });
});
