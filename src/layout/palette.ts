/**
 * Colour-blind-safe palettes and a stable key → colour assignment.
 *
 * Categorical colours are Okabe–Ito (distinguishable under the common colour-vision deficiencies), reordered so
 * the first entries have the best contrast on white; yellow comes last because thin yellow lines are hard to see.
 *
 * Assignment: each key hashes (FNV-1a) into the palette's first `palette.length - 1` colours; keys are placed in
 * sorted order and a collision takes the next free slot (open addressing). The last colour (yellow, the weakest on
 * white) is only used once the others are taken. So a key keeps its colour whenever the set changes without a
 * collision, two keys never share a colour while there are no more keys than colours, and the result does not
 * depend on the order the keys arrive in. Keys beyond the palette get `OTHER_COLOR`.
 */

/** Okabe–Ito without black (black reads as "text" and vanishes in the dark theme). */
export const CATEGORICAL: readonly string[] = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#B8A200', // yellow, darkened for lines on white (Okabe–Ito #F0E442 is ≈1.2:1 on white)
];

/** Grey for "other" / unknown categories; readable on light and dark backgrounds. */
export const OTHER_COLOR = '#8c8c8c';

/** 32-bit FNV-1a hash of a string. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Colours for a set of keys: hashed into `palette` with open addressing, keys placed in sorted order.
 * Keys that find no free slot get `other`.
 */
export function colorsByKey(
  keys: readonly string[],
  palette: readonly string[] = CATEGORICAL,
  other: string = OTHER_COLOR,
): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<number>();
  const unique = [...new Set(keys)].sort();
  const hashed = Math.max(1, palette.length - 1);
  for (const key of unique) {
    let slot = -1;
    if (taken.size < hashed) {
      slot = hashKey(key) % hashed;
      while (taken.has(slot)) slot = (slot + 1) % hashed;
    } else if (palette.length > hashed && !taken.has(hashed)) slot = hashed;
    if (slot < 0) {
      out.set(key, other);
      continue;
    }
    taken.add(slot);
    out.set(key, palette[slot] ?? other);
  }
  return out;
}

/**
 * Colours by rank: the first `palette.length` keys (in the given order, e.g. by importance) get the palette in
 * order, the rest `other`. Used where a legend shows the top categories and lumps the rest.
 */
export function colorsByRank(
  keys: readonly string[],
  palette: readonly string[] = CATEGORICAL,
  other: string = OTHER_COLOR,
): Map<string, string> {
  const out = new Map<string, string>();
  keys.forEach((k, i) => out.set(k, palette[i] ?? other));
  return out;
}

/** Relative luminance (WCAG) of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
}

/** WCAG contrast ratio between two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white text, whichever contrasts more with `background` (`#rrggbb`). */
export function textOn(background: string): '#000000' | '#ffffff' {
  return contrast(background, '#000000') >= contrast(background, '#ffffff') ? '#000000' : '#ffffff';
}
