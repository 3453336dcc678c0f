import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { boxesOverlap, placeLabels } from '../../../src/layout/labelPlacement.ts';
import { bundleLinks, fitUnit, orgColors, speakerNetworkLayout, zoomAt } from '../../../src/layout/speakerNetworkLayout.ts';
import { orgNetworkLayout } from '../../../src/layout/orgNetworkLayout.ts';
import { OTHER_COLOR } from '../../../src/layout/palette.ts';
import type { CoMentionMatrix, SpeakerGraph } from '../../../src/worker/api.ts';
import speakers from '../../fixtures/charts/speakers.json';
import orgs from '../../fixtures/charts/orgs.json';

const graph = speakers as SpeakerGraph;

describe('placeLabels', () => {
  it('never places two overlapping labels, nor a label over a node, nor outside the frame', () => {
    const node = fc.record({ x: fc.double({ min: 0, max: 400, noNaN: true }), y: fc.double({ min: 0, max: 300, noNaN: true }), r: fc.double({ min: 2, max: 15, noNaN: true }) });
    fc.assert(fc.property(fc.array(node, { maxLength: 40 }), (nodes) => {
      const frame = { x0: 0, y0: 0, x1: 400, y1: 300 };
      const placed = placeLabels(nodes.map((nd, i) => ({ index: i, text: `Person ${i} Name`, ...nd })), nodes, frame, 12);
      for (let a = 0; a < placed.length; a++) {
        const p = placed[a]!;
        expect(p.box.x0).toBeGreaterThanOrEqual(0);
        expect(p.box.x1).toBeLessThanOrEqual(400);
        for (let b = a + 1; b < placed.length; b++) expect(boxesOverlap(p.box, placed[b]!.box)).toBe(false);
        for (const k of nodes) {
          const nx = Math.max(p.box.x0, Math.min(k.x, p.box.x1));
          const ny = Math.max(p.box.y0, Math.min(k.y, p.box.y1));
          expect((k.x - nx) ** 2 + (k.y - ny) ** 2).toBeGreaterThanOrEqual(k.r * k.r - 1e-6);
        }
      }
    }));
  });
  it.each([
    ['free space: right of the node', [{ x: 50, y: 50, r: 5 }], 'start'],
    ['no room right: left of the node', [{ x: 390, y: 50, r: 5 }], 'end'],
  ])('%s', (_, nodes, anchor) => {
    const placed = placeLabels([{ index: 0, text: 'Kay Ruge', ...nodes[0]! }], nodes, { x0: 0, y0: 0, x1: 400, y1: 300 }, 12);
    expect(placed[0]?.anchor).toBe(anchor);
  });
});

describe('speakerNetworkLayout', () => {
  it.each([[640, 420], [343, 320], [1200, 700]])('%d×%d: every node inside the frame, radius grows with quotes', (w, h) => {
    const L = speakerNetworkLayout({ data: graph, width: w, height: h });
    for (const nd of L.nodes) {
      expect(nd.x - nd.r).toBeGreaterThanOrEqual(0);
      expect(nd.x + nd.r).toBeLessThanOrEqual(w);
      expect(nd.y - nd.r).toBeGreaterThanOrEqual(0);
      expect(nd.y + nd.r).toBeLessThanOrEqual(h);
    }
    const byQuotes = [...graph.nodes.keys()].sort((a, b) => graph.nodes[a]!.quotes - graph.nodes[b]!.quotes);
    for (let i = 1; i < byQuotes.length; i++) expect(L.nodes[byQuotes[i]!]!.r).toBeGreaterThanOrEqual(L.nodes[byQuotes[i - 1]!]!.r);
    expect(L.labels.length).toBeGreaterThan(0);
  });
  it('labels the most quoted speaker first', () => {
    const L = speakerNetworkLayout({ data: graph, width: 640, height: 420 });
    expect(L.labels[0]?.text).toBe('Hans-Henning Lühr');
  });
  it('colours by organisation; unknown and overflow organisations share grey "other"', () => {
    const speakers = (orgs: (string | null)[], quotes: number[] = []) => orgs.map((organisation, i) => ({ organisation, quotes: quotes[i] ?? 0 }));
    const { color, legend } = orgColors(speakers(['A', 'A', 'B', null, 'C']), ['#111111', '#222222']);
    expect(color('A')).toBe('#111111');
    expect(color('B')).toBe('#222222');
    expect(color('C')).toBe(OTHER_COLOR);
    expect(color(null)).toBe(OTHER_COLOR);
    expect(legend).toEqual([
      { key: 'A', color: '#111111', count: 2 },
      { key: 'B', color: '#222222', count: 1 },
      { key: null, color: OTHER_COLOR, count: 2 },
    ]);
    // One speaker each: the organisation quoted more keeps the colour, whatever the alphabet says.
    const tie = orgColors(speakers(['Bremen', 'Vitako', 'Aachen'], [1, 9, 2]), ['#111111', '#222222']);
    expect(tie.legend.map((e) => e.key)).toEqual(['Vitako', 'Aachen', null]);
  });
  it('fitUnit keeps the padding', () => {
    const { sx, sy } = fitUnit(200, 100, 10);
    expect([sx(0), sx(1), sy(0), sy(1)]).toEqual([10, 190, 10, 90]);
  });
  it('fitUnit fills the frame with the used extent and centres a degenerate one', () => {
    const { sx, sy } = fitUnit(200, 100, 10, { x: [0.5, 0.9], y: [0.3, 0.3] });
    expect([sx(0.5), sx(0.9), sy(0.3)]).toEqual([10, 190, 50]);
  });
  it.each([[2, 100, 50], [0.5, 0, 0], [100, 10, 10]])('zoomAt(×%d) keeps the point under the pointer fixed', (f, px, py) => {
    const t0 = { k: 1.5, x: 20, y: -10 };
    const t1 = zoomAt(t0, f, px, py);
    const lx = (px - t0.x) / t0.k;
    expect(t1.k * lx + t1.x).toBeCloseTo(px, 6);
    expect(t1.k).toBeLessThanOrEqual(8);
  });
});

describe('orgNetworkLayout', () => {
  const data = orgs as CoMentionMatrix;
  it('is deterministic for a seed and stays in the unit square', () => {
    const a = orgNetworkLayout(data, 7);
    const b = orgNetworkLayout(data, 7);
    expect(a).toEqual(b);
    for (const nd of a.nodes) {
      expect(nd.x).toBeGreaterThanOrEqual(0);
      expect(nd.x).toBeLessThanOrEqual(1);
      expect(nd.y).toBeGreaterThanOrEqual(0);
      expect(nd.y).toBeLessThanOrEqual(1);
    }
  });
  it('links come from the upper triangle only', () => {
    const net = orgNetworkLayout(data);
    for (const l of net.links) expect(l.source).toBeLessThan(l.target);
    const nonzero = data.counts.flatMap((row, i) => row.filter((c, j) => j > i && c > 0)).length;
    expect(net.links.length).toBe(nonzero);
  });
  it.each([0, 1])('handles %d organisations', (n) => {
    const small: CoMentionMatrix = { orgs: Array.from({ length: n }, () => ({ name: 'Vitako', count: 3 })), counts: Array.from({ length: n }, () => [3]), cellTitles: {} };
    const net = orgNetworkLayout(small);
    expect(net.nodes.length).toBe(n);
    for (const nd of net.nodes) expect([nd.x, nd.y]).toEqual([0.5, 0.5]);
  });
});

describe('speakerNetworkLayout under zoom', () => {
  it('labels no node that is panned out of the frame', () => {
    const L = speakerNetworkLayout({ data: graph, width: 640, height: 420, transform: { k: 3, x: -600, y: -300 } });
    for (const lb of L.labels) {
      const nd = L.nodes[lb.index]!;
      expect(nd.x).toBeGreaterThanOrEqual(0);
      expect(nd.x).toBeLessThanOrEqual(640);
      expect(nd.y).toBeGreaterThanOrEqual(0);
      expect(nd.y).toBeLessThanOrEqual(420);
    }
  });
});

describe('bundleLinks', () => {
  it('draws every link exactly once, one path per half-pixel width class, thinnest first', () => {
    const L = speakerNetworkLayout({ data: graph, width: 640, height: 420 });
    const segments = L.linkPaths.reduce((a, b) => a + (b.d.match(/M/g)?.length ?? 0), 0);
    expect(segments).toBe(L.links.length);
    expect(L.linkPaths.reduce((a, b) => a + b.count, 0)).toBe(L.links.length);
    const widths = L.linkPaths.map((b) => b.width);
    expect(widths).toEqual([...new Set(widths)].sort((a, b) => a - b));
    for (const w of widths) expect(w * 2).toBe(Math.round(w * 2));
    expect(L.linkPaths.length).toBeLessThanOrEqual(9);
  });
  it('is empty without links', () => {
    expect(bundleLinks([])).toEqual([]);
  });
});
