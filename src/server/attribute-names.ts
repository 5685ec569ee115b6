/**
 * render()'s check of attribute names: a name that is neither one of the
 * element's own attributes nor a global HTML attribute is most likely a typo
 * (`heading-levle`), which the browser would ignore without a word. It is
 * kept in the HTML, as the browser would keep it, with a warning.
 */

/** Global HTML attributes, which pass through untouched (with data-*, aria-* and on*). */
const GLOBAL_ATTRIBUTES = new Set([
  'accesskey',
  'autocapitalize',
  'autofocus',
  'class',
  'contenteditable',
  'dir',
  'draggable',
  'enterkeyhint',
  'exportparts',
  'hidden',
  'id',
  'inert',
  'inputmode',
  'is',
  'itemid',
  'itemprop',
  'itemref',
  'itemscope',
  'itemtype',
  'lang',
  'nonce',
  'part',
  'popover',
  'role',
  'slot',
  'spellcheck',
  'style',
  'tabindex',
  'title',
  'translate',
]);
const GLOBAL_PREFIX = /^(data-|aria-|on[a-z])/;

/** The attributes that the element defined for `tag` observes (Lit lists them from its properties). */
function ownAttributes(tag: string): readonly string[] {
  const element = customElements.get(tag) as { observedAttributes?: readonly string[] } | undefined;
  return element?.observedAttributes ?? [];
}

/** Warn (console.warn) of each name in `names` (the attributes written) that the widget `tag` does not take. */
export function warnUnknownAttributes(tag: string, names: readonly string[]): void {
  const own = ownAttributes(tag);
  for (const name of names) {
    if (own.includes(name) || GLOBAL_ATTRIBUTES.has(name) || GLOBAL_PREFIX.test(name)) continue;
    console.warn(
      `Legwise render(): <${tag}> has no attribute "${name}", so it does nothing (kept in the HTML). ` +
        `The attributes of <${tag}>: ${own.join(', ')}.`,
    );
  }
}
