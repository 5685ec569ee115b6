// Opens the test server's page of server HTML (tests/tools/test-server.mjs,
// /__ssr/page.html) in an iframe, for the server-rendering tests.
import { openFrame } from '../helpers.js';
import type { Probe } from '../security/page.js';
import { TAGS } from '../../src/internal/tags.js';

export type FrameWindow = Window & typeof globalThis & { __probe: Probe };

export interface ServerPage {
  frame: HTMLIFrameElement;
  window: FrameWindow;
  widgets: HTMLElement[];
  remove(): void;
}

/** Opens /__ssr/page.html?… in an iframe (`sandbox`: e.g. without scripts) and waits for it to load. */
export async function openServerPage(query: string, sandbox?: string): Promise<ServerPage> {
  const frame = await openFrame({ src: `/__ssr/page.html?${query}` }, sandbox);
  const win = frame.contentWindow as FrameWindow;
  const widgets = [...frame.contentDocument!.querySelectorAll<HTMLElement>(TAGS.join(','))];
  if (widgets.length !== TAGS.length)
    throw new Error(`/__ssr/page.html?${query}: ${frame.contentDocument!.body.textContent}`);
  return { frame, window: win, widgets, remove: () => frame.remove() };
}
