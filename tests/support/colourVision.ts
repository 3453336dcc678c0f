/**
 * Colour-vision measurements for the palette tests: simulated dichromacy (Machado, Oliveira & Fernandes 2009,
 * severity 1, on linear RGB) and CIELAB distance (CIE 1976 ΔE*ab, D65). A measuring tool for tests, not used by the
 * app: the app's palettes are fixed lists (src/layout/palette.ts) chosen with these measures.
 */

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

const MACHADO: Record<Vision, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

export const VISIONS = Object.keys(MACHADO) as Vision[];

function linear(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
}

/** CIELAB (D65) of a `#rrggbb` colour as seen with `vision`. */
export function labAs(hex: string, vision: Vision): [number, number, number] {
  const v = linear(hex);
  const [r, g, b] = MACHADO[vision].map((row) => Math.min(1, Math.max(0, row[0]! * v[0] + row[1]! * v[1] + row[2]! * v[2])));
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** ΔE*ab between two colours as seen with `vision`. */
export function distanceAs(a: string, b: string, vision: Vision): number {
  const p = labAs(a, vision);
  const q = labAs(b, vision);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
