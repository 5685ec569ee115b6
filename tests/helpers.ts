import { html, nothing, render, type TemplateResult } from 'lit';
import { TAGS } from '../src/internal/tags.js';
import type { LegwiseElement } from '../src/elements/legwise-element.js';
/** Shared test helpers. */

/** The four elements' tag names, from the library: the one list. */
export { TAGS };
export type Tag = (typeof TAGS)[number];

/** Collects console.warn / console.error calls until `restore()` is called. */
export function captureConsole() {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  };
  return {
    warnings,
    errors,
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}

/** The element's shadow root, asserted to exist. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** A widget's content wrapper (`[part="content"]`), which carries its language, theme and tokens. */
export const content = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="content"]')!;

/** The language a widget's content says it is in (undefined before its first render). */
export const langOf = (el: Element) => shadow(el).querySelector('[part="content"]')?.getAttribute('lang');

/** Trimmed text with white space folded. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** All elements in the shadow root matching a selector. */
export function all<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...shadow(el).querySelectorAll<T>(selector)];
}

/** Polls `check` every 20 ms until it holds; fails naming `what` after `tries` polls. */
export async function until(check: () => boolean, what: string, tries = 250): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Opens a page in an 800×600 iframe, from a URL (`src`) or from its HTML
 * (`srcdoc`), with an optional `sandbox`, and resolves once it has loaded.
 * The caller removes the frame.
 */
export async function openFrame(
  page: { src: string } | { srcdoc: string },
  sandbox?: string,
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  if ('src' in page) frame.src = page.src;
  else frame.srcdoc = page.srcdoc;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * For a describe block: captures console warnings and errors and uncaught
 * errors during each test (read them from the returned object), and puts the
 * console and <html lang> back afterwards.
 */
export function watchEachTest() {
  const state = { log: captureConsole(), uncaught: [] as string[] };
  state.log.restore();
  const onError = (e: ErrorEvent) => state.uncaught.push(e.message);
  beforeEach(() => {
    state.log = captureConsole();
    state.uncaught = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    state.log.restore();
    document.documentElement.lang = '';
  });
  return state;
}

const holders: HTMLElement[] = [];
afterEach(() => holders.splice(0).forEach((h) => h.remove()));

/**
 * Render `template` into a holder in the page (removed after each test), wait
 * for every element in it to update, the template's first element included,
 * and return that element. The one way the tests mount widgets; not open-wc's
 * fixture(): for an element without `updateComplete` it waits for an
 * animation frame, and a test page that is not in front gets none. `width`
 * sets the holder's inline size; `holder` is the element to render into
 * (default a new <div>), for a page whose CSS must not reach the holder.
 */
export async function container<T extends HTMLElement = HTMLDivElement>(
  template: TemplateResult,
  width?: number,
  holder: HTMLElement = document.createElement('div'),
): Promise<T> {
  if (width !== undefined) holder.style.inlineSize = `${width}px`;
  document.body.append(holder);
  holders.push(holder);
  render(template, holder);
  const root = holder.firstElementChild as T;
  await Promise.all(
    [root, ...root.querySelectorAll('*')].map(
      (n) => (n as Partial<{ updateComplete: Promise<boolean> }>).updateComplete,
    ),
  );
  return root;
}

/** How fourWidgets() places the widgets. */
export interface FourWidgetsOptions {
  /** Attributes for each of the four, e.g. `{ theme: 'dark', open: 'all' }`. */
  attrs?: Record<string, string>;
  /** The <div>'s inline style, e.g. host tokens. */
  style?: string;
  /** `'page'` (default): the care cards first, as a page places them; `'tags'`: in the order of TAGS. */
  order?: 'page' | 'tags';
}

/**
 * The four widgets in a <div>, for container(): the care cards with `region`
 * (when-to-see-doctor is the only one that reads it), each with `attrs`.
 */
export function fourWidgets(
  region: string,
  { attrs = {}, style, order = 'page' }: FourWidgetsOptions = {},
): TemplateResult {
  const care: Tag = 'when-to-see-doctor';
  const tags = order === 'page' ? [care, ...TAGS.filter((t) => t !== care)] : TAGS;
  const widgets = tags.map((tag) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(tag === care ? { region, ...attrs } : attrs))
      el.setAttribute(name, value);
    return el;
  });
  return html`<div style=${style ?? nothing}>${widgets}</div>`;
}

/** The four widgets of fourWidgets() mounted with container(), each updated: the elements, in their order. */
export async function mountFourWidgets(region: string, options: FourWidgetsOptions = {}): Promise<LegwiseElement[]> {
  const root = await container(fourWidgets(region, options));
  return [...root.children] as LegwiseElement[];
}

/**
 * Every value `read` gives for a widget's content wrapper (`[part="content"]`)
 * as its shadow tree changes, from now on, each change noted once; nothing is
 * noted while there is no content wrapper. For checking what a reader saw, in order.
 */
export function recordContent(el: Element, read: (content: Element) => string): string[] {
  const seen: string[] = [];
  const note = () => {
    const content = shadow(el).querySelector('[part="content"]');
    if (!content) return;
    const value = read(content);
    if (seen[seen.length - 1] !== value) seen.push(value);
  };
  new MutationObserver(note).observe(shadow(el), { subtree: true, childList: true, attributes: true });
  note();
  return seen;
}
