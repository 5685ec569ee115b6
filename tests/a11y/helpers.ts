/**
 * Shared by the accessibility tests (tests/a11y/*.test.ts): the four widgets on
 * a page, colour and layout probes.
 */
import type { TemplateResult } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import { emulateMedia } from '../media.js';
import '../../src/index.js';
import type { LegwiseElement } from '../../src/elements/legwise-element.js';
import { loaders, type TargetLocale } from '../../src/locale-loaders.js';
import { all, container, content, fourWidgets, langOf, shadow, text, until } from '../helpers.js';

export { content };
import { contrast, over, parseColour, type Rgba } from '../colour.js';

/** container() with the width the current test asks for (see setWidth). */
export const contain = <T extends HTMLElement = HTMLDivElement>(template: TemplateResult) =>
  container<T>(template, holderWidth);

// ---------------------------------------------------------------------------
// Helpers. Colours are parsed and compared with tests/colour.ts, independently
// of the library's guard (src/internal/emergency-contrast.ts), so a bug in one
// does not hide in the other.

/** The opaque background behind an element: its own and its ancestors' backgrounds, inside the widget, over white. */
export function backgroundOf(node: Element, host: Element): Rgba {
  const layers: Rgba[] = [];
  for (
    let n: Element | null = node;
    n && n !== host;
    n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null
  ) {
    if (n === host) break;
    const c = parseColour(getComputedStyle(n).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}
export function isVisuallyHidden(node: Element): boolean {
  const r = node.getBoundingClientRect();
  return r.width <= 1 || r.height <= 1 || getComputedStyle(node).clipPath.startsWith('inset(50%');
}

/** Set when the viewport cannot be that narrow (WebKit's window has a minimum width): the widgets' holder is this wide. */
export let holderWidth: number | undefined;

/** The viewport now, and the narrowest width the engine refused (resizing a window is slow: skip what is known). */
export let viewport = { width: 800, height: 600 };
export let refusedWidth = 0;

/** Give the widgets `width` px: the viewport's width, else their holder's. */
export async function narrow(width: number, height = 800): Promise<void> {
  holderWidth = undefined;
  const resize = async (w: number) => {
    if (viewport.width === w && viewport.height === height) return;
    await setViewport({ width: w, height });
    viewport = { width: w, height };
  };
  if (width > refusedWidth) {
    try {
      await resize(width);
      return;
    } catch {
      refusedWidth = width;
    }
  }
  await resize(800).catch(() => undefined);
  holderWidth = width;
}

/** The four widgets on a page in `locale`, in the order of TAGS, each with `attrs`, ready. */
export async function page(locale: string, attrs: Record<string, string> = {}): Promise<LegwiseElement[]> {
  document.documentElement.lang = locale;
  const root = await contain(fourWidgets('GB', { attrs, order: 'tags' }));
  const els = [...root.children] as LegwiseElement[];
  await until(
    () => els.every((el) => langOf(el) === locale && el.shadowRoot!.querySelector('[part="footer"]')),
    locale,
  );
  for (const el of els) await el.updateComplete;
  return els;
}

/** Elements that carry their own visible text. */
export function textElements(el: Element): Element[] {
  return [...shadow(el).querySelectorAll('*')].filter(
    (n) =>
      [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== '') &&
      !n.closest('.visually-hidden') &&
      !isVisuallyHidden(n) &&
      getComputedStyle(n).visibility !== 'hidden',
  );
}

/** Every text pair of the widget that is below `min`. */
export function lowContrast(el: Element, min = 4.5): string[] {
  return textElements(el).flatMap((n) => {
    const bg = backgroundOf(n, el);
    const fg = over(parseColour(getComputedStyle(n).color), bg);
    const ratio = contrast(fg, bg);
    return ratio < min
      ? [`${n.localName}[part=${n.getAttribute('part')}] "${text(n).slice(0, 30)}": ${ratio.toFixed(2)}:1`]
      : [];
  });
}

/** Any box in the widget that sticks out of the widget or the viewport sideways, or a page that scrolls sideways. */
export function overflow(el: Element): string[] {
  const width = document.documentElement.clientWidth;
  const host = el.getBoundingClientRect();
  const [left, right] = [Math.max(0, host.left), Math.min(width, host.right)];
  const out: string[] = [];
  if (document.documentElement.scrollWidth > width)
    out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
  for (const n of shadow(el).querySelectorAll('*')) {
    if (isVisuallyHidden(n)) continue;
    const r = n.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < left - 0.5 || r.right > right + 0.5)
      out.push(`${n.localName}.${n.className} ${r.left}–${r.right} outside ${left}–${right}`);
    // Content wider than its box: scrolls or is clipped, or (right to left) spills where no one can scroll to.
    if (n.clientWidth > 0 && n.scrollWidth > n.clientWidth + 1)
      out.push(`${n.localName}.${n.className} content ${n.scrollWidth} wider than ${n.clientWidth}`);
  }
  return out;
}

export const interactive = (el: Element) => all<HTMLElement>(el, 'a[href], button, summary');

/** The link's name in a locale: the message's own template, with the number and the country put in. */
export const callLabel = async (locale: string, n: string): Promise<string> => {
  const country = new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of('GB')!;
  if (locale === 'en') return `Call ${n} (${country})`;
  const templates = (await loaders[locale as TargetLocale]!()).templates as Record<string, unknown>;
  const t = templates['care.emergency.call-country-label'] as { strings: string[]; values: unknown[] } | undefined;
  if (!t) throw new Error(`${locale} has no care.emergency.call-country-label`);
  // Generated templates give, in the translation's order, the index of each source placeholder (0: number, 1: country).
  return t.strings.reduce(
    (out, part, i) => out + part + (i < t.values.length ? (t.values[i] === 0 ? n : country) : ''),
    '',
  );
};

/** After each accessibility test: light scheme, no reduced motion, screen media, the default viewport and text size. */
export async function resetPage(): Promise<void> {
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', media: 'screen' });
  await narrow(800, 600);
  holderWidth = undefined;
  document.documentElement.lang = 'en';
  document.documentElement.style.fontSize = '';
}
