/**
 * Colour-blind-safe palettes, one per colour scheme, and a stable key → colour assignment.
 *
 * Each palette has seven colours that (a) stand out from their theme's chart background by at least 3:1 (WCAG
 * 1.4.11, graphical objects: thin lines and small dots must be seen, not only their legend), and (b) stay apart
 * from each other and from `OTHER_COLOR` under protanopia, deuteranopia and tritanopia (simulated; the minimum
 * pairwise CIELAB distance is ≈ 19 on white and ≈ 24 on the dark background, where Okabe–Ito gave 2.5:
 * its orange and yellow, darkened for white, became one colour for protanopes). Okabe–Ito cannot meet (a) on white:
 * its orange, sky blue and yellow are 2.2–2.6:1. So the colours were searched for, hue by hue near Okabe–Ito's
 * (tests/unit/layout/palette.test.ts checks both properties against global.css). One palette cannot serve both
 * themes: the luminance band that is 3:1 from white and from the dark background is too narrow for seven colours.
 * Slot k has the same hue family in both, so a topic keeps "its" colour when the scheme changes.
 *
 * Assignment: each key hashes (FNV-1a) into the palette's first `palette.length - 1` colours; keys are placed in
 * sorted order and a collision takes the next free slot (open addressing). The last colour (the one nearest the
 * others) is only used once the others are taken. So a key keeps its colour whenever the set changes without a
 * collision, two keys never share a colour while there are no more keys than colours, and the result does not
 * depend on the order the keys arrive in. Keys beyond the palette get `OTHER_COLOR`.
 */

/** On the light theme's white chart background. */
export const CATEGORICAL_LIGHT: readonly string[] = [
  '#1155bb', // blue
  '#aa8844', // ochre
  '#007744', // green
  '#dd7711', // orange
  '#773377', // plum
  '#0099bb', // teal
  '#445500', // olive
];

/** On the dark theme's chart background (`--lb-bg`, #1b2128). */
export const CATEGORICAL_DARK: readonly string[] = [
  '#0077ee', // blue
  '#eeaa44', // amber
  '#00ee99', // mint
  '#cc5533', // brick red
  '#aa66bb', // orchid
  '#99ccff', // sky
  '#eedd00', // yellow
];

/** The palette for a colour scheme. */
export function categoricalPalette(scheme: 'light' | 'dark'): readonly string[] {
  return scheme === 'dark' ? CATEGORICAL_DARK : CATEGORICAL_LIGHT;
}

/** Grey for "other" / unknown categories: 3.4:1 on white, 4.8:1 on the dark background. */
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
  palette: readonly string[] = CATEGORICAL_LIGHT,
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
  palette: readonly string[] = CATEGORICAL_LIGHT,
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
