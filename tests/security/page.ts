export { until } from '../helpers.js';
import { TAGS, openFrame, until } from '../helpers.js';

/** Opens a test page in an iframe and waits until its four widgets show content. */
export interface Probe {
  violations: string[];
  errors: string[];
  /** When each Legwise tag was defined (ms from the page's start), and whether the page had painted by then. */
  defined: Record<string, { at: number; painted: boolean }>;
}

export interface TestPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis & { __probe: Probe };
  document: Document;
  widgets: HTMLElement[];
  remove(): void;
}

/** The text shown by a widget, from its shadow root. */
export const shown = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

export async function openPage(src: string): Promise<TestPage> {
  const frame = await openFrame({ src });
  const win = frame.contentWindow as TestPage['window'];
  const doc = frame.contentDocument!;
  const widgets = [...doc.querySelectorAll<HTMLElement>(TAGS.join(', '))];
  await until(
    () =>
      widgets.every(
        (w) => shown(w).includes('health professional') && !w.shadowRoot!.querySelector('[aria-busy="true"]'),
      ),
    `the widgets of ${src}`,
  );
  return { frame, window: win, document: doc, widgets, remove: () => frame.remove() };
}
