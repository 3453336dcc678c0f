/**
 * Splitting plain text at offsets into segments the components render as text nodes (`<mark>`, `<span>`), never
 * as markup: whatever a document contains, `<script>` included, ends up as characters on screen.
 */
import type { Mention } from '../corpus/types.ts';

export interface HighlightSegment {
  text: string;
  hit: boolean;
}

/** Text before a highlight and the highlight itself; `mark` is never empty. */
export interface HighlightPair {
  text: string;
  mark: string;
}

/**
 * The same split as `highlightSegments`, shaped for one flat `{#each}` (plain text, then `<mark>`, per pair) and a
 * plain tail: no block per segment, which matters for 35 snippets mounted while the dashboard loads (issue 4).
 */
export function highlightPairs(text: string, ranges: readonly (readonly [number, number])[]): { pairs: HighlightPair[]; tail: string } {
  const pairs: HighlightPair[] = [];
  let at = 0;
  for (const [s, e] of normalise(ranges.map(([s, e]) => [s, e] as [number, number]), text.length)) {
    pairs.push({ text: text.slice(at, s), mark: text.slice(s, e) });
    at = e;
  }
  return { pairs, tail: text.slice(at) };
}

/** `[start, end)` ranges (any order, may overlap or fall outside) → alternating plain and highlighted segments. */
export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[]): HighlightSegment[] {
  const { pairs, tail } = highlightPairs(text, ranges);
  const out: HighlightSegment[] = [];
  for (const p of pairs) {
    if (p.text) out.push({ text: p.text, hit: false });
    out.push({ text: p.mark, hit: true });
  }
  if (tail || out.length === 0) out.push({ text: tail, hit: false });
  return out;
}

export type MentionType = Mention['type'];

export interface MentionSegment {
  text: string;
  /** Types of the mentions covering this segment (a person inside a quote has both). */
  types: MentionType[];
  /** The organisation or person the innermost (shortest) covering mention refers to, or null. */
  ref: string | null;
  refType: 'organisation' | 'person' | null;
}

/** Mentions may nest (a name inside a quote): segments are cut at every boundary and carry all covering types. */
export function mentionSegments(text: string, mentions: readonly Mention[]): MentionSegment[] {
  const valid = mentions.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(clamp(m.start, text.length));
    cuts.add(clamp(m.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: MentionSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    if (e <= s) continue;
    const covering = valid.filter((m) => m.start <= s && m.end >= e);
    const types = [...new Set(covering.map((m) => m.type))].sort();
    const named = covering
      .filter((m) => m.type !== 'quote' && m.ref)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    const segment: MentionSegment = {
      text: text.slice(s, e),
      types,
      ref: named?.ref ?? null,
      refType: named ? (named.type as 'organisation' | 'person') : null,
    };
    const prev = out[out.length - 1];
    if (prev && prev.types.join() === segment.types.join() && prev.ref === segment.ref) prev.text += segment.text;
    else out.push(segment);
  }
  return out;
}

function clamp(n: number, len: number): number {
  return Math.max(0, Math.min(len, n));
}

function normalise(ranges: [number, number][], len: number): [number, number][] {
  const sorted = ranges
    .map(([s, e]) => [clamp(s, len), clamp(e, len)] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}
