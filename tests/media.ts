/**
 * emulateMedia() of @web/test-runner-commands, for every engine the tests run in.
 *
 * Chromium and Firefox emulate the media for real (Firefox through the
 * handler in tests/tools/browsers/). WebKit's driver (WebDriver classic)
 * has no way to: there the command fails with "… is not supported for browser
 * type webdriver", and this helper applies the same media to the widgets' own
 * CSS instead, by rewriting the condition of each `@media` rule that tests
 * the media type (`print`, `screen`), `prefers-color-scheme` or
 * `prefers-reduced-motion` to what it evaluates to under the emulated media.
 * The widgets' styles then apply exactly as in a browser that emulates, and
 * the tests assert the same computed styles in every engine.
 */
import { emulateMedia as emulateMediaCommand } from '@web/test-runner-commands';
import { TAGS } from '../src/internal/tags.js';

type Media = Parameters<typeof emulateMediaCommand>[0];

let inPage = false;
/** The emulated media, once the engine cannot emulate: what a browser has by default. */
const state = { media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' };
const originals = new WeakMap<CSSMediaRule, string>();

/**
 * Emulate `media` for the page, its same-origin frames included. Where the
 * engine cannot, the rules are rewritten in `doc` (by default this page's;
 * give a frame's document to test the widgets in it).
 */
export async function emulateMedia(media: Media, doc: Document = document): Promise<void> {
  if (!inPage) {
    try {
      await emulateMediaCommand(media);
      return;
    } catch (error) {
      if (!/is not supported for browser type/.test((error as Error)?.message ?? '')) throw error;
      inPage = true;
    }
  }
  if (media.forcedColors != null) throw new Error('emulateMedia: forcedColors cannot be applied in the page');
  if (media.media != null) state.media = media.media;
  if (media.colorScheme != null) state.colorScheme = media.colorScheme;
  if (media.reducedMotion != null) state.reducedMotion = media.reducedMotion;
  for (const sheet of styleSheets(doc)) rewrite(sheet.cssRules);
}

/** Whether the engine emulates media itself (false once the in-page fallback is in use). */
export const emulatesMediaNatively = () => !inPage;

/** Every style sheet the widgets and the page use, including those of widgets not rendered yet. */
function styleSheets(doc: Document): Set<CSSStyleSheet> {
  const sheets = new Set<CSSStyleSheet>([...doc.styleSheets, ...doc.adoptedStyleSheets]);
  const registry = doc.defaultView?.customElements;
  for (const tag of TAGS) {
    const styles = (registry?.get(tag) as unknown as { elementStyles?: unknown[] } | undefined)?.elementStyles ?? [];
    for (const style of styles) {
      const sheet = style instanceof CSSStyleSheet ? style : (style as { styleSheet?: CSSStyleSheet }).styleSheet;
      if (sheet) sheets.add(sheet);
    }
  }
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      for (const sheet of [...el.shadowRoot.styleSheets, ...el.shadowRoot.adoptedStyleSheets]) sheets.add(sheet);
      visit(el.shadowRoot);
    }
  };
  visit(doc);
  return sheets;
}

const isMediaRule = (rule: CSSRule): rule is CSSMediaRule => 'media' in rule && 'cssRules' in rule;

function rewrite(rules: CSSRuleList) {
  for (const rule of rules) {
    // Not `instanceof`: a frame's rules come from its own realm.
    if (isMediaRule(rule)) {
      if (!originals.has(rule)) originals.set(rule, rule.media.mediaText);
      const text = evaluate(originals.get(rule)!);
      if (rule.media.mediaText !== text) rule.media.mediaText = text;
    }
    if ('cssRules' in rule) rewrite((rule as CSSGroupingRule).cssRules);
  }
}

const EMULATED_FEATURE = /\(\s*(prefers-color-scheme|prefers-reduced-motion)\s*(?::\s*([a-z-]+)\s*)?\)/;

/** A media query list with the emulated media type and features replaced by what they evaluate to. */
function evaluate(list: string): string {
  return list
    .split(',')
    .map((query) => {
      const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
      if (!EMULATED_FEATURE.test(q) && !/\b(print|screen)\b/.test(q)) return q;
      const [, not, body = ''] = /^(?:(not|only) )?(.*)$/.exec(q)!;
      const parts = body.split(/ and /);
      const type = /^[a-z-]+$/.test(parts[0]!) ? parts.shift()! : 'all';
      if (parts.some((part) => !/^\([^()]*\)$/.test(part))) {
        throw new Error(`emulateMedia: cannot evaluate the media query "${query.trim()}" in the page`);
      }
      // What the engine still evaluates itself: any other media type, any other feature.
      const rest = type === 'all' || type === 'print' || type === 'screen' ? [] : [type];
      let emulated = type !== 'print' && type !== 'screen' ? true : type === state.media;
      for (const part of parts) {
        const feature = EMULATED_FEATURE.exec(part);
        if (!feature) {
          rest.push(part);
          continue;
        }
        const [, name, value] = feature;
        const current = name === 'prefers-color-scheme' ? state.colorScheme : state.reducedMotion;
        emulated &&= value === undefined ? current !== 'no-preference' : value === current;
      }
      const residual = rest.length
        ? /^\(/.test(rest[0]!)
          ? `all and ${rest.join(' and ')}`
          : rest.join(' and ')
        : 'all';
      // "not" negates the whole query: not (E and R) is "all" when E is false, "not R" when E is true.
      if (not === 'not') return emulated ? `not ${residual}` : 'all';
      return emulated ? residual : 'not all';
    })
    .join(', ');
}
