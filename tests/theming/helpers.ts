/** Shared by the theming tests (tests/theming/*.test.ts). */
import '../../src/index.js';
import type { LegwiseElement } from '../../src/elements/legwise-element.js';
import { content, mountFourWidgets, shadow } from '../helpers.js';

export { content };

export const style = (el: Element | null) => getComputedStyle(el!);
export const emergencyHeading = (el: Element) => shadow(el).querySelector('[part~="emergency"] [part="tier-heading"]')!;
export const numberLink = (el: Element) => shadow(el).querySelector('[part="emergency-number"]')!;

/** The four widgets, in the order of TAGS, each with `attrs`, ready. */
export const allFour = (attrs: Record<string, string> = {}) => mountFourWidgets('GB', { attrs, order: 'tags' });

/** The colours a reader sees for the main pairs, read from computed styles. */
export function renderedPalette(el: LegwiseElement) {
  const c = style(content(el));
  return { surface: c.backgroundColor, text: c.color };
}
