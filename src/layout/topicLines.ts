/**
 * Geometry of the topics-over-time chart: a real UTC time axis over the buckets, integer count ticks, one line
 * per visible topic, bucket hit areas and brush snapping. Pure: no DOM, no Svelte.
 *
 * A bucket covers [start, end) on the axis; its point sits at the bucket's middle, so months, quarters and years
 * all land where they belong in time, and a brush over the band of a bucket selects exactly that bucket.
 */
import { line, max, scaleLinear, scaleUtc, utcMonth } from 'd3';
import type { Granularity, TopicSeries } from '../worker/api.ts';
import type { Lang } from '../i18n/format.ts';
import { formatNumber } from '../i18n/format.ts';
import { chartText } from '../i18n/charts.ts';
import { CATEGORICAL_LIGHT, colorsByKey, OTHER_COLOR } from './palette.ts';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface BucketGeom {
  key: string;
  index: number;
  start: Date;
  end: Date;
  /** Left and right edge of the bucket's band, and its middle (where points sit), in px. */
  x0: number;
  x1: number;
  cx: number;
  /** First and last month of the bucket, `YYYY-MM`. */
  firstMonth: string;
  lastMonth: string;
}

export interface Tick {
  pos: number;
  /** Where the label is centred; differs from `pos` when a year label sits in the middle of its year. */
  labelPos: number;
  label: string;
  /** Second line (the year under a month name), or ''. */
  sub: string;
}

export interface SeriesGeom {
  id: string;
  label: string;
  color: string;
  hidden: boolean;
  /** SVG path of the line, or '' when hidden. */
  path: string;
  points: { x: number; y: number; count: number; bucket: number }[];
  /** The points with a non-zero count (the ones drawn as dots): sparse series are mostly zeros. */
  dots: { x: number; y: number; count: number; bucket: number }[];
  /** All of `dots` as one SVG path of circles (radius DOT_R): one element per series instead of one per point. */
  dotsPath: string;
  total: number;
  undated: number;
  /** Small multiples: the series' own band (top, bottom) in px; null in overlay mode or when hidden. */
  band: { top: number; bottom: number } | null;
}

/** Radius of a series' dots in px. */
export const DOT_R = 2.5;

/** Circles of radius `r` at each point, as one path (two arcs each). Coordinates with one decimal. */
export function circlesPath(points: readonly { x: number; y: number }[], r: number = DOT_R): string {
  const r1 = (v: number) => Math.round(v * 10) / 10;
  const arc = `a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  let d = '';
  for (const p of points) d += `M${r1(p.x - r)},${r1(p.y)}${arc}`;
  return d;
}

export interface TopicLayout {
  /**
   * `overlay`: all visible topics as coloured lines on one count axis (up to `maxOverlay` topics).
   * `multiples`: one band per topic on a shared scale, one colour: many topics stay readable without a palette
   * that colour-blind readers could not tell apart.
   */
  mode: 'overlay' | 'multiples';
  width: number;
  /** Actual height: in multiples mode it grows with the number of topics (at least ROW_MIN px each). */
  height: number;
  plotTop: number;
  plotBottom: number;
  /** Largest visible count. */
  maxCount: number;
  margin: Margin;
  buckets: BucketGeom[];
  xTicks: Tick[];
  yTicks: Tick[];
  series: SeriesGeom[];
  /** Whether points are drawn (few enough buckets to tell them apart). */
  showPoints: boolean;
  /** True when every count (dated, all topics) is zero. */
  empty: boolean;
  undatedTotal: number;
}

const MONTHS_PER: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

/** Tick steps in months that a granularity may use: never finer than one bucket. */
const TICK_STEPS: Record<Granularity, number[]> = {
  month: [1, 2, 3, 6, 12, 24, 60, 120],
  quarter: [3, 6, 12, 24, 60, 120],
  year: [12, 24, 60, 120],
};

/** `YYYY-MM-DD` (or `YYYY-MM`) → UTC midnight. */
export function parseDay(s: string): Date {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function monthKey(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Ticks at month boundaries every `step` months, aligned to the calendar (quarters, years). */
export function timeTicks(
  start: Date,
  end: Date,
  granularity: Granularity,
  maxTicks: number,
  lang: Lang,
): { date: Date; label: string; sub: string }[] {
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  const steps = TICK_STEPS[granularity];
  const step = steps.find((s) => Math.floor(months / s) + 1 <= Math.max(2, maxTicks)) ?? steps[steps.length - 1]!;
  const names = chartText(lang).months;
  const out: { date: Date; label: string; sub: string }[] = [];
  let first = true;
  for (let d = utcMonth.floor(start); d <= end; d = utcMonth.offset(d, 1)) {
    const absMonth = d.getUTCFullYear() * 12 + d.getUTCMonth();
    if (absMonth % step !== 0) continue;
    const year = String(d.getUTCFullYear());
    if (step >= 12) out.push({ date: d, label: year, sub: '' });
    else {
      const showYear = first || d.getUTCMonth() === 0;
      out.push({ date: d, label: names[d.getUTCMonth()] ?? '', sub: showYear ? year : '' });
    }
    first = false;
  }
  return out;
}

/** Integer ticks for counts 0…max; never fractional, at most `maxTicks`. */
export function countTicks(maxCount: number, maxTicks = 5): number[] {
  const top = Math.max(1, Math.ceil(maxCount));
  const y = scaleLinear().domain([0, top]).nice(Math.min(maxTicks, top));
  return y.ticks(Math.min(maxTicks, top)).filter((t) => Number.isInteger(t));
}

export interface TopicLayoutOptions {
  data: TopicSeries;
  granularity: Granularity;
  width: number;
  height: number;
  lang: Lang;
  hiddenTopics?: readonly string[];
  /** Most topics drawn as overlapping coloured lines; more switch to small multiples. Default MAX_OVERLAY (6). */
  maxOverlay?: number;
  /** Line colours (palette.ts; the chart passes its colour scheme's). Default: the light theme's. */
  palette?: readonly string[];
}

/** Six distinguishable colour-blind-safe colours: beyond that, lines are split into small multiples. */
export const MAX_OVERLAY = 6;
const ROW_MIN = 34;
const ROW_MAX = 60;
const ROW_LABEL = 16;

/**
 * Each visible topic's line colour, as the chart draws it (and the exported legend lists it). Overlaid lines:
 * keyed by topic id among the visible topics only (palette.ts), so hiding one topic changes no other's colour
 * unless they collided. Small multiples (more than `maxOverlay` visible) need no colour to tell lines apart: all
 * take the palette's first. Hidden topics are not in the map (drawn grey in the legend).
 */
export function topicColors(
  ids: readonly string[],
  hidden: ReadonlySet<string>,
  palette: readonly string[] = CATEGORICAL_LIGHT,
  maxOverlay: number = MAX_OVERLAY,
): Map<string, string> {
  const visible = ids.filter((id) => !hidden.has(id));
  if (visible.length <= maxOverlay) return colorsByKey(visible, palette);
  const one = palette[0] ?? OTHER_COLOR;
  return new Map(visible.map((id) => [id, one]));
}

export function topicLayout(o: TopicLayoutOptions): TopicLayout {
  const { data, granularity, width, lang } = o;
  const hidden = new Set(o.hiddenTopics ?? []);
  const visible = data.series.filter((s) => !hidden.has(s.topic.id));
  const mode: TopicLayout['mode'] = visible.length > (o.maxOverlay ?? MAX_OVERLAY) ? 'multiples' : 'overlay';
  const maxCount = max(visible, (s) => max(s.counts) ?? 0) ?? 0;
  const yValues = mode === 'overlay' ? countTicks(maxCount, o.height < 200 ? 3 : 5) : [];
  const yTop = yValues[yValues.length - 1] ?? Math.max(1, maxCount);
  const yLabelWidth = mode === 'overlay' ? Math.max(...yValues.map((v) => formatNumber(v, lang).length)) * 7 : 0;
  const margin: Margin = { top: 12, right: 14, bottom: 38, left: 12 + yLabelWidth };
  const plotW = Math.max(10, width - margin.left - margin.right);
  // Small multiples: one band per visible topic, as tall as the height allows but at least ROW_MIN, so many
  // topics make the chart taller instead of unreadable.
  const rowH = mode === 'multiples'
    ? Math.max(ROW_MIN, Math.min(ROW_MAX, Math.floor((o.height - margin.top - margin.bottom) / visible.length)))
    : 0;
  const plotH = mode === 'multiples' ? rowH * visible.length : Math.max(10, o.height - margin.top - margin.bottom);
  const height = margin.top + plotH + margin.bottom;

  const starts = data.bucketStarts.map(parseDay);
  const step = MONTHS_PER[granularity];
  const ends = starts.map((s) => utcMonth.offset(s, step));
  const domainStart = starts[0] ?? new Date(Date.UTC(2020, 0, 1));
  const domainEnd = ends[ends.length - 1] ?? utcMonth.offset(domainStart, step);
  const x = scaleUtc().domain([domainStart, domainEnd]).range([margin.left, margin.left + plotW]);
  const y = scaleLinear().domain([0, Math.max(1, yTop)]).range([margin.top + plotH, margin.top]);

  const buckets: BucketGeom[] = data.buckets.map((key, i) => {
    const start = starts[i]!;
    const end = ends[i]!;
    const x0 = x(start);
    const x1 = x(end);
    return {
      key, index: i, start, end, x0, x1, cx: (x0 + x1) / 2,
      firstMonth: monthKey(start),
      lastMonth: monthKey(utcMonth.offset(end, -1)),
    };
  });

  // Colours only where lines overlap; keyed by topic id among the visible topics (see palette.ts).
  const colors = topicColors(data.series.map((s) => s.topic.id), hidden, o.palette, o.maxOverlay);
  // Sparse series are mostly zeros: a run of zeros is not drawn (the baseline already says "nothing"), only the
  // zero points next to a non-zero count, so each spike rises from and returns to the axis.
  const pathOf = line<{ x: number; y: number; count: number }>()
    .x((p) => p.x)
    .y((p) => p.y)
    .defined((p, i, all) => p.count > 0 || (all[i - 1]?.count ?? 0) > 0 || (all[i + 1]?.count ?? 0) > 0);
  let row = 0;
  const series: SeriesGeom[] = data.series.map((s) => {
    const isHidden = hidden.has(s.topic.id);
    let band: SeriesGeom['band'] = null;
    let yOf = y;
    if (mode === 'multiples' && !isHidden) {
      const top = margin.top + row * rowH;
      band = { top, bottom: top + rowH };
      // Shared count scale across rows, so heights compare; the row's top part holds its label.
      yOf = scaleLinear().domain([0, Math.max(1, maxCount)]).range([band.bottom - 2, top + ROW_LABEL]);
      row++;
    }
    const points = buckets.map((b, i) => ({ x: b.cx, y: yOf(s.counts[i] ?? 0), count: s.counts[i] ?? 0, bucket: i }));
    const dots = isHidden ? [] : points.filter((p) => p.count > 0);
    return {
      id: s.topic.id,
      label: s.topic.label,
      color: colors.get(s.topic.id) ?? OTHER_COLOR,
      hidden: isHidden,
      path: isHidden || points.length === 0 ? '' : (pathOf(points) ?? ''),
      points,
      dots,
      dotsPath: circlesPath(dots),
      total: s.total,
      undated: s.undated,
      band,
    };
  });

  const maxTicks = Math.floor(plotW / (granularity === 'year' ? 48 : 62));
  const rawTicks = timeTicks(domainStart, domainEnd, granularity, maxTicks, lang);
  // Yearly ticks label the year between its boundaries (a year is a span, not an instant); the label of the
  // closing boundary at the axis end is dropped. Coarser steps (every 2, 5 … years) label the boundary.
  const yearly = rawTicks.length > 1 && rawTicks.every((t) => t.date.getUTCMonth() === 0 && !t.sub) &&
    rawTicks[1]!.date.getUTCFullYear() - rawTicks[0]!.date.getUTCFullYear() === 1;
  const xTicks = rawTicks.map((t, i) => {
    const pos = x(t.date);
    if (!yearly) return { pos, labelPos: pos, label: t.label, sub: t.sub };
    const end = Math.min(x(utcMonth.offset(t.date, 12)), margin.left + plotW);
    return { pos, labelPos: (pos + end) / 2, label: i === rawTicks.length - 1 && end - pos < 20 ? '' : t.label, sub: '' };
  });
  const yTicks = yValues.map((v) => ({ pos: y(v), labelPos: y(v), label: formatNumber(v, lang), sub: '' }));
  const empty = data.series.every((s) => s.counts.every((c) => c === 0));
  return {
    mode, width, height, margin, plotTop: margin.top, plotBottom: margin.top + plotH, buckets, xTicks, yTicks, series,
    showPoints: buckets.length > 0 && plotW / buckets.length >= 5,
    empty,
    undatedTotal: data.series.reduce((a, s) => a + s.undated, 0),
    maxCount,
  };
}

/** Index of the bucket under pixel `px` (clamped to the first/last bucket), or -1 without buckets. */
export function bucketAt(buckets: readonly BucketGeom[], px: number): number {
  if (buckets.length === 0) return -1;
  let i = 0;
  while (i < buckets.length - 1 && px >= buckets[i]!.x1) i++;
  return i;
}

/**
 * Snap a dragged pixel span to whole buckets: every bucket the span touches is in. Returns the first and last
 * month (`YYYY-MM`) of the selected buckets, or null without buckets.
 */
export function snapBrush(buckets: readonly BucketGeom[], pxA: number, pxB: number): { from: string; to: string; first: number; last: number } | null {
  if (buckets.length === 0) return null;
  const first = bucketAt(buckets, Math.min(pxA, pxB));
  // A span ending exactly on a boundary does not take the next bucket.
  const last = Math.max(first, bucketAt(buckets, Math.max(pxA, pxB) - 0.001));
  return { from: buckets[first]!.firstMonth, to: buckets[last]!.lastMonth, first, last };
}

/**
 * Pixel band of the current range `from`…`to` (`YYYY-MM`, either may be null = open), clipped to the axis;
 * null when no range is set or it lies outside the axis.
 */
export function rangeBand(buckets: readonly BucketGeom[], from: string | null, to: string | null): { x0: number; x1: number } | null {
  if ((!from && !to) || buckets.length === 0) return null;
  const inRange = buckets.filter((b) => (!from || b.lastMonth >= from) && (!to || b.firstMonth <= to));
  if (inRange.length === 0) return null;
  const a = inRange[0]!;
  const b = inRange[inRange.length - 1]!;
  // Month-precise edges inside a coarse bucket: interpolate within the bucket by month.
  const edge = (bk: BucketGeom, month: string, side: 'start' | 'end'): number => {
    const m = parseDay(month);
    const t = side === 'end' ? utcMonth.offset(m, 1) : m;
    const f = (t.getTime() - bk.start.getTime()) / (bk.end.getTime() - bk.start.getTime());
    return bk.x0 + Math.min(1, Math.max(0, f)) * (bk.x1 - bk.x0);
  };
  return {
    x0: from ? edge(a, from, 'start') : a.x0,
    x1: to ? edge(b, to, 'end') : b.x1,
  };
}
