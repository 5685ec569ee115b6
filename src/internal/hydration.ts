/**
 * Taking over server HTML (`legwise/server`): a widget that finds a
 * declarative shadow root rendered by this Legwise version hydrates it in
 * place with Lit's hydrate support (built into the CDN scripts; apps on the
 * npm build import `@lit-labs/ssr-client/lit-element-hydrate-support.js`
 * before Lit). Without that support, from another version, without Lit's
 * markers (a CMS stripped the comments), in a language other than the one the
 * widget renders in (server HTML given no `lang`, on a page in another
 * language), or when hydration fails, the widget clears the server copy and
 * renders afresh: one copy, never an error.
 */
import { adoptStyles, render, type LitElement } from 'lit';
import { isFromThisVersion } from '../version.js';

/** Widgets whose first update hydrates server HTML. */
const hydrating = new WeakSet<LitElement>();

/** Empty a server-rendered shadow root and give it the element's styles as a fresh render would. */
function clear(element: LitElement, root: ShadowRoot): void {
  root.replaceChildren();
  delete (root as { _$litPart$?: unknown })._$litPart$;
  adoptStyles(root, (element.constructor as typeof LitElement).elementStyles);
}

/** Whether Lit's hydrate support patched this element's Lit (it observes `defer-hydration`). */
const hasHydrateSupport = (element: LitElement): boolean =>
  (element.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');

/** Whether the root holds Lit's part markers (server HTML as rendered, not stripped). */
function hasMarkers(root: ShadowRoot): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Comment).data.startsWith('lit-part')) return true;
  }
  return false;
}

/** createRenderRoot(): the server's shadow root to hydrate, or that root emptied, or a new one. */
export function takeOverRenderRoot(
  element: LitElement,
  create: () => HTMLElement | DocumentFragment,
): HTMLElement | DocumentFragment {
  const server = element.shadowRoot;
  if (!server) return create();
  if (isFromThisVersion(element) && hasMarkers(server)) {
    if (hasHydrateSupport(element)) {
      hydrating.add(element);
      return create();
    }
    noHydrateSupportHint();
  }
  // Not through Lit's (patched) createRenderRoot: it would hydrate, or render a second copy.
  clear(element, server);
  return server;
}

let hinted = false;

/** Once per page: server HTML that could hydrate, but Lit was loaded without its hydrate support. */
function noHydrateSupportHint(): void {
  if (hinted) return;
  hinted = true;
  console.info(
    'Legwise: server HTML of this version was found, but Lit has no hydrate support, so each widget renders afresh. ' +
      "To hydrate in place, import '@lit-labs/ssr-client/lit-element-hydrate-support.js' before Lit and Legwise (docs/server-rendering.md).",
  );
}

/** Whether this widget's first update will hydrate server HTML (after takeOverRenderRoot()). */
export const isHydrating = (element: LitElement): boolean => hydrating.has(element);

/** Clear the widget's root and render its template afresh (its next updates render there as usual). */
function renderAfresh(element: LitElement): void {
  const root = element.renderRoot as ShadowRoot;
  clear(element, root);
  // `render` is protected on LitElement; this is the widget's own template.
  render((element as unknown as { render(): unknown }).render(), root, element.renderOptions);
}

/**
 * update(): hydrate the server copy; if that throws (a different template,
 * e.g. a page region the server did not know), or the copy is in another
 * language than `locale`, the one this update renders in (hydrating keeps the
 * server's text), render afresh in a cleared root instead.
 */
export function updateOrRenderAfresh(element: LitElement, update: () => void, locale: string): void {
  if (!hydrating.has(element)) {
    update();
    return;
  }
  hydrating.delete(element);
  const same = element.renderRoot.querySelector('[part="content"]')?.getAttribute('lang') === locale;
  try {
    update();
  } catch {
    renderAfresh(element);
    return;
  }
  if (!same) renderAfresh(element);
}
