/**
 * Colour maths for the tests (tests/a11y/, tests/theming/): read a colour,
 * lay one over another, the WCAG 2 contrast ratio. Written independently of
 * the library's own (src/internal/colour.ts, which the emergency contrast
 * guard uses), so a bug in one does not hide in the other. Every colour read
 * here is an sRGB `#rrggbb` or what computed styles serialise such colours to,
 * rgb() or rgba(); channels from 0 to 255, alpha from 0 to 1.
 */
export type Rgba = [number, number, number, number];

export function parseColour(value: string): Rgba {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(value.trim());
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  const hex = /^#([0-9a-f]{6})$/i.exec(value.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) as Rgba;
  throw new Error(`unexpected colour ${value}`);
}

/** Whether two colours are the same, however each is written. */
export const same = (a: string, b: string) => parseColour(a).join() === parseColour(b).join();

/** The first colour laid over the second, opaque one (source-over). */
export function over([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba {
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG 2 contrast ratio of two opaque colours, parsed or as written. */
export function contrast(a: Rgba | string, b: Rgba | string): number {
  const rgba = (c: Rgba | string) => (typeof c === 'string' ? parseColour(c) : c);
  const [x, y] = [luminance(rgba(a)), luminance(rgba(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
