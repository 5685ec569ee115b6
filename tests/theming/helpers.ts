/** Shared by the theming tests (tests/theming/*.test.ts). */
import { html } from '@open-wc/testing';
import '../../src/index.js';
import type { LegwiseElement } from '../../src/elements/legwise-element.js';
import { container, shadow } from '../helpers.js';

// Colour helpers written independently of the element's own guard, so a bug in
// one does not hide in the other. Every colour in these tests is an sRGB hex or
// rgb(), which computed styles serialise as rgb()/rgba().
export type Rgba = [number, number, number, number];
export function parseColour(value: string): Rgba {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(value.trim());
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  const hex = /^#([0-9a-f]{6})$/i.exec(value.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) as Rgba;
  throw new Error(`unexpected colour ${value}`);
}
export const same = (a: string, b: string) => parseColour(a).join() === parseColour(b).join();
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(parseColour(a)), luminance(parseColour(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

export const content = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="content"]')!;
export const style = (el: Element | null) => getComputedStyle(el!);
export const emergencyHeading = (el: Element) => shadow(el).querySelector('[part~="emergency"] [part="tier-heading"]')!;
export const numberLink = (el: Element) => shadow(el).querySelector('[part="emergency-number"]')!;

export const TAGS = ['cause-list', 'faq-accordion', 'when-to-see-doctor', 'exercise-tips'] as const;

export async function allFour(attrs = ''): Promise<LegwiseElement[]> {
  const root = document.createElement('div');
  root.innerHTML = TAGS.map((t) => `<${t} region="GB" ${attrs}></${t}>`).join('');
  const wrapper = await container(html`<div></div>`);
  wrapper.append(root);
  const els = [...root.children] as LegwiseElement[];
  for (const el of els) await el.updateComplete;
  return els;
}

/** The colours a reader sees for the main pairs, read from computed styles. */
export function renderedPalette(el: LegwiseElement) {
  const c = style(content(el));
  return { surface: c.backgroundColor, text: c.color };
}
