/**
 * Greedy label placement for node-link charts: labels in priority order, each tries a few positions around its
 * node (right, left, above, below) and takes the first that overlaps no placed label, no node circle and stays
 * in the frame; a label with no free spot is dropped (the tooltip and table still name the node).
 */
import { textWidth } from './matrixLayout.ts';

export interface LabelCandidate {
  /** Index of the node this label belongs to. */
  index: number;
  text: string;
  x: number;
  y: number;
  r: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  index: number;
  text: string;
  /** Text anchor point and alignment. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function circleHitsBox(cx: number, cy: number, r: number, b: Box): boolean {
  const nx = Math.max(b.x0, Math.min(cx, b.x1));
  const ny = Math.max(b.y0, Math.min(cy, b.y1));
  return (cx - nx) ** 2 + (cy - ny) ** 2 < r * r;
}

/**
 * Place labels for `candidates` (already in priority order) among `circles` (every node, labelled or not) inside
 * `frame`. Baseline-free geometry: `y` is the vertical middle of the text (render with dominant-baseline central).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  circles: readonly { x: number; y: number; r: number }[],
  frame: Box,
  fontSize: number,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const h = fontSize + 2;
  for (const c of candidates) {
    const w = textWidth(c.text, fontSize);
    const gap = 6; // clears the 4 px selection ring
    const options: { x: number; y: number; anchor: PlacedLabel['anchor']; box: Box }[] = [
      { x: c.x + c.r + gap, y: c.y, anchor: 'start', box: { x0: c.x + c.r + gap, y0: c.y - h / 2, x1: c.x + c.r + gap + w, y1: c.y + h / 2 } },
      { x: c.x - c.r - gap, y: c.y, anchor: 'end', box: { x0: c.x - c.r - gap - w, y0: c.y - h / 2, x1: c.x - c.r - gap, y1: c.y + h / 2 } },
      { x: c.x, y: c.y - c.r - gap - h / 2, anchor: 'middle', box: { x0: c.x - w / 2, y0: c.y - c.r - gap - h, x1: c.x + w / 2, y1: c.y - c.r - gap } },
      { x: c.x, y: c.y + c.r + gap + h / 2, anchor: 'middle', box: { x0: c.x - w / 2, y0: c.y + c.r + gap, x1: c.x + w / 2, y1: c.y + c.r + gap + h } },
    ];
    const ok = options.find(
      (o) =>
        o.box.x0 >= frame.x0 && o.box.x1 <= frame.x1 && o.box.y0 >= frame.y0 && o.box.y1 <= frame.y1 &&
        !placed.some((p) => boxesOverlap(p.box, o.box)) &&
        !circles.some((k) => circleHitsBox(k.x, k.y, k.r, o.box)),
    );
    if (ok) placed.push({ index: c.index, text: c.text, ...ok });
  }
  return placed;
}
