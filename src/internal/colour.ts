/**
 * Colour maths for the emergency contrast guard: read a computed colour, lay
 * colours over each other, and the WCAG 2 contrast ratio. Pure functions.
 */

/** An sRGB colour with alpha, each channel from 0 to 1. */
export type Rgba = readonly [number, number, number, number];

const NUMBER = String.raw`([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)`;
const ALPHA = String.raw`(?:\s*[,/]\s*${NUMBER}(%?))?`;
const SRGB_FUNCTION = new RegExp(String.raw`^color\(\s*srgb\s+${NUMBER}\s+${NUMBER}\s+${NUMBER}${ALPHA}\s*\)$`, 'i');
const RGB_FUNCTION = new RegExp(String.raw`^rgba?\(\s*${NUMBER}[\s,]+${NUMBER}[\s,]+${NUMBER}${ALPHA}\s*\)$`, 'i');
const HEX = /^#([0-9a-f]{6})$/i;

const clamp = (n: number) => Math.min(1, Math.max(0, Number.isFinite(n) ? n : 0));

/**
 * Read a computed colour: `color(srgb r g b / a)` (what color-mix() in srgb
 * computes to), `rgb()`/`rgba()`, or `#rrggbb`. Out-of-gamut channels are
 * clipped. `undefined` for anything else.
 */
export function parseColour(value: string): Rgba | undefined {
  const v = value.trim();
  const alpha = (a: string | undefined, percent: string | undefined) =>
    a === undefined ? 1 : clamp(Number(a) / (percent ? 100 : 1));
  let m = SRGB_FUNCTION.exec(v);
  if (m) return [clamp(Number(m[1])), clamp(Number(m[2])), clamp(Number(m[3])), alpha(m[4], m[5])];
  m = RGB_FUNCTION.exec(v);
  if (m) return [clamp(Number(m[1]) / 255), clamp(Number(m[2]) / 255), clamp(Number(m[3]) / 255), alpha(m[4], m[5])];
  const hex = HEX.exec(v);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16) / 255).concat(1) as unknown as Rgba;
  return undefined;
}

/**
 * Lay colours over each other, on white, as the reader sees the last one
 * (source-over). Layers that could not be read are skipped; `undefined` if
 * the top one could not.
 */
export function layer(colours: readonly (Rgba | undefined)[]): Rgba | undefined {
  const top = colours[colours.length - 1];
  if (!top) return undefined;
  return colours.reduce<Rgba>(
    (below, c) => {
      if (!c) return below;
      const [r, g, b, a] = c;
      return [r * a + below[0] * (1 - a), g * a + below[1] * (1 - a), b * a + below[2] * (1 - a), 1];
    },
    [1, 1, 1, 1],
  );
}

/** WCAG 2 relative luminance of an sRGB colour. */
function relativeLuminance([r, g, b]: Rgba): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two opaque sRGB colours, from 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
