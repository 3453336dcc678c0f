/**
 * Geometry of the speaker network: the worker's seeded unit-square positions scaled into the frame (with a pan/zoom
 * transform applied), node radius by quotes (sqrt, so area reads as quantity), colour by organisation (the most
 * frequent organisations get the palette, the rest and unknown share grey "other"), edge width by shared
 * articles, and non-overlapping labels for the most quoted speakers.
 */
import { max, scaleLinear, scaleSqrt } from 'd3';
import type { SpeakerGraph } from '../worker/api.ts';
import { CATEGORICAL_LIGHT, OTHER_COLOR } from './palette.ts';
import { placeLabels, type PlacedLabel } from './labelPlacement.ts';

/** A pan/zoom transform: screen = k · layout + (x, y). */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0, y: 0 };

export interface LegendEntry {
  /** Organisation name, or null for the "other" entry. */
  key: string | null;
  color: string;
  count: number;
}

export interface NetNode {
  index: number;
  id: string;
  name: string;
  x: number;
  y: number;
  r: number;
  color: string;
}

export interface NetLink {
  source: number;
  target: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  weight: number;
}

/** All links of one stroke width as one `<path>` (one SVG element per width class, not one per link). */
export interface LinkBundle {
  width: number;
  d: string;
  count: number;
}

export interface NetworkLayout {
  nodes: NetNode[];
  links: NetLink[];
  /** `links` bundled by width class, thinnest first (drawn in this order, so strong links lie on top). */
  linkPaths: LinkBundle[];
  labels: PlacedLabel[];
  legend: LegendEntry[];
}

/** Px coordinates with one decimal: enough on screen, and keeps path strings short. */
const r1 = (v: number): number => Math.round(v * 10) / 10;

/** `M x1,y1 L x2,y2` for each link, no separators needed between segments. */
export function linkPath(links: readonly Pick<NetLink, 'x1' | 'y1' | 'x2' | 'y2'>[]): string {
  let d = '';
  for (const l of links) d += `M${r1(l.x1)},${r1(l.y1)}L${r1(l.x2)},${r1(l.y2)}`;
  return d;
}

/**
 * Bundle links by stroke width, rounded to half pixels (1, 1.5, … 5): a network with hundreds of links becomes at
 * most nine path elements, whose `d` changes with a filter instead of hundreds of elements being rebuilt.
 */
export function bundleLinks(links: readonly NetLink[]): LinkBundle[] {
  const byWidth = new Map<number, NetLink[]>();
  for (const l of links) {
    const w = Math.round(l.width * 2) / 2;
    const list = byWidth.get(w);
    if (list) list.push(l);
    else byWidth.set(w, [l]);
  }
  return [...byWidth].sort((a, b) => a[0] - b[0]).map(([width, ls]) => ({ width, d: linkPath(ls), count: ls.length }));
}

/**
 * Scale positions into `width × height` with `pad` px kept free on every side. `extent` is the range the positions
 * actually use (default the unit square): a layout that clusters in one corner of its square still fills the
 * frame. A degenerate extent (one node, or all on a line) is centred.
 */
export function fitUnit(
  width: number,
  height: number,
  pad: number,
  extent: { x: [number, number]; y: [number, number] } = { x: [0, 1], y: [0, 1] },
): { sx: (v: number) => number; sy: (v: number) => number } {
  const axis = ([lo, hi]: [number, number], size: number) => {
    const r0 = pad;
    const r1 = Math.max(pad + 1, size - pad);
    if (!(hi - lo > 1e-9)) return () => (r0 + r1) / 2;
    const sc = scaleLinear().domain([lo, hi]).range([r0, r1]);
    return (v: number) => sc(v);
  };
  return { sx: axis(extent.x, width), sy: axis(extent.y, height) };
}

/**
 * Organisation → colour: organisations ranked by speakers, then by their speakers' quotes (then name); beyond the
 * palette and null → other. The quotes matter in small corpora, where many organisations have one speaker each:
 * the organisation heard most keeps its colour rather than the one first in the alphabet.
 */
export function orgColors(
  speakers: readonly { organisation: string | null; quotes?: number }[],
  palette: readonly string[] = CATEGORICAL_LIGHT,
): { color: (org: string | null) => string; legend: LegendEntry[] } {
  const counts = new Map<string, number>();
  const quotes = new Map<string, number>();
  let otherCount = 0;
  for (const { organisation: o, quotes: q = 0 } of speakers) {
    if (o) {
      counts.set(o, (counts.get(o) ?? 0) + 1);
      quotes.set(o, (quotes.get(o) ?? 0) + q);
    } else otherCount++;
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || quotes.get(b[0])! - quotes.get(a[0])! || a[0].localeCompare(b[0], 'de'));
  const map = new Map<string, string>();
  const legend: LegendEntry[] = [];
  ranked.forEach(([name, count], i) => {
    const c = palette[i];
    if (c) {
      map.set(name, c);
      legend.push({ key: name, color: c, count });
    } else otherCount += count;
  });
  if (otherCount > 0) legend.push({ key: null, color: OTHER_COLOR, count: otherCount });
  return { color: (org) => (org && map.get(org)) || OTHER_COLOR, legend };
}

export interface SpeakerLayoutOptions {
  data: SpeakerGraph;
  width: number;
  height: number;
  transform?: ViewTransform;
  /** Most labels to try to place. Default: scales with the frame area, at most 15. */
  maxLabels?: number;
  fontSize?: number;
  /** Px kept free at the right edge (e.g. for zoom buttons). Default 0. */
  insetRight?: number;
  /** Organisation colours (palette.ts; the chart passes its colour scheme's). Default: the light theme's. */
  palette?: readonly string[];
}

export function speakerNetworkLayout(o: SpeakerLayoutOptions): NetworkLayout {
  const { data, width, height } = o;
  const t = o.transform ?? IDENTITY;
  const fontSize = o.fontSize ?? (width < 480 ? 11 : 12);
  const maxR = Math.max(7, Math.min(18, Math.min(width, height) / 24));
  const radius = scaleSqrt().domain([0, Math.max(1, max(data.nodes, (n) => n.quotes) ?? 1)]).range([3.5, maxR]);
  const inset = o.insetRight ?? 0;
  const xs = data.nodes.map((n) => n.x);
  const ys = data.nodes.map((n) => n.y);
  const extent = data.nodes.length
    ? { x: [Math.min(...xs), Math.max(...xs)] as [number, number], y: [Math.min(...ys), Math.max(...ys)] as [number, number] }
    : undefined;
  const { sx, sy } = fitUnit(width - inset, height, maxR + 6, extent);
  const { color, legend } = orgColors(data.nodes, o.palette);
  const nodes: NetNode[] = data.nodes.map((n, index) => ({
    index, id: n.id, name: n.name,
    x: t.k * sx(n.x) + t.x,
    y: t.k * sy(n.y) + t.y,
    r: radius(n.quotes),
    color: color(n.organisation),
  }));
  const maxW = Math.max(1, max(data.links, (l) => l.weight) ?? 1);
  const lw = scaleLinear().domain([1, Math.max(2, maxW)]).range([1, 5]).clamp(true);
  const links: NetLink[] = data.links.flatMap((l) => {
    const a = nodes[l.source];
    const b = nodes[l.target];
    return a && b ? [{ source: l.source, target: l.target, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: lw(l.weight), weight: l.weight }] : [];
  });
  const maxLabels = o.maxLabels ?? Math.min(15, Math.max(3, Math.floor((width * height) / 15000)));
  const priority = [...data.nodes.keys()]
    .sort((a, b) => {
      const na = data.nodes[a]!;
      const nb = data.nodes[b]!;
      return nb.quotes - na.quotes || nb.articles - na.articles || na.name.localeCompare(nb.name, 'de');
    })
    .slice(0, maxLabels);
  const labels = placeLabels(
    priority
      .filter((i) => nodes[i]!.x >= 0 && nodes[i]!.x <= width - inset && nodes[i]!.y >= 0 && nodes[i]!.y <= height)
      .map((i) => ({ index: i, text: nodes[i]!.name, x: nodes[i]!.x, y: nodes[i]!.y, r: nodes[i]!.r })),
    nodes,
    { x0: 2, y0: 2, x1: width - inset - 2, y1: height - 2 },
    fontSize,
  );
  return { nodes, links, linkPaths: bundleLinks(links), labels, legend };
}

/** Zoom by `factor` around the screen point (px, py), keeping that point fixed; k clamped to [0.5, 8]. */
export function zoomAt(t: ViewTransform, factor: number, px: number, py: number): ViewTransform {
  const k = Math.max(0.5, Math.min(8, t.k * factor));
  const f = k / t.k;
  return { k, x: px - (px - t.x) * f, y: py - (py - t.y) * f };
}
