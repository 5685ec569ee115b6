/**
 * Message lookup: `msg()` and `str`, the only part of Legwise that `content/`
 * imports. A leaf: no DOM, no side effects, no locale state of its own.
 *
 * `msg()` has @lit/localize's signature, so `lit-localize extract` finds
 * every call. Every Legwise message has an explicit id (the content check and
 * the XLIFF files rely on it) and is plain text or `str`, so the translation
 * is looked up by id in the templates that `withTemplates()` set for the
 * render in progress: no id hashing, no html templates. A message with no
 * translation shows its English.
 *
 * The render-only rule: `msg()` resolves in a widget's locale only while that
 * widget renders (inside `withTemplates()`, which LocaleController.render()
 * calls). Called anywhere else — a module-level constant, a class field — it
 * gives the English, and never re-translates.
 */
import type { msg as litMsg, TemplateMap } from '@lit/localize';
// `str` and its helpers, from their own module: the package index would also
// pull in @lit/localize's configureLocalization state, which Legwise never
// uses. @lit/localize has no `exports` map, and its version is pinned (~0.12)
// in package.json because this path is not part of its documented API.
import { isStrTagged, joinStringsAndValues } from '@lit/localize/internal/str-tag.js';

export { str } from '@lit/localize/internal/str-tag.js';

/** The templates `msg()` resolves in right now; set only while a widget renders. */
let currentTemplates: TemplateMap | undefined;

/** Translate a message by its id, in the templates of the render in progress. */
export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) => {
  const localized = options?.id === undefined ? undefined : currentTemplates?.[options.id];
  if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
  if (isStrTagged(template)) {
    return localized !== undefined && typeof localized !== 'string' && isStrTagged(localized)
      ? // Translations hold the index of each value, in their own order.
        joinStringsAndValues(localized.strings, template.values, localized.values as number[])
      : joinStringsAndValues(template.strings, template.values);
  }
  return template; // html`` messages: Legwise has none.
}) as typeof litMsg;

/** Runs `fn` with `msg()` resolving in `templates` (English when `undefined`). */
export function withTemplates<T>(templates: TemplateMap | undefined, fn: () => T): T {
  const previous = currentTemplates;
  currentTemplates = templates;
  try {
    return fn();
  } finally {
    currentTemplates = previous;
  }
}
