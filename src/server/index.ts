/**
 * `legwise/server` (Node 20+): the HTML of one widget, rendered on the server
 * with @lit-labs/ssr, as a declarative shadow root in the language asked.
 * The page shows it at once, with no JavaScript; a Legwise script loaded after
 * it (any CDN script, or the npm build with Lit's hydrate support) takes it
 * over in place. See the README, "Server rendering".
 */
import { render as ssrRender } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { negotiate } from '../i18n/negotiate.js';
import { load } from '../i18n/store.js';
import '../index.js';
import { VERSION, VERSION_ATTRIBUTE } from '../version.js';
import { warnUnknownAttributes } from './attribute-names.js';
import { checkOptions } from './check-options.js';
import { structuredDataScript } from './structured-data.js';

/** The tags `render()` knows. */
import { TAGS, type LegwiseTag } from '../internal/tags.js';

export { TAGS, type LegwiseTag };

export { VERSION_ATTRIBUTE };

export interface RenderOptions {
  /** The element's attributes, e.g. `{ region: 'GB', 'heading-level': 3 }`; `true` for a boolean attribute. */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /** The language, any BCP 47 tag (negotiated as in the browser: `es-MX` → Spanish); set as `lang` on the element. */
  lang?: string;
  /** Add a `<script type="application/ld+json">` (schema.org MedicalWebPage) in the light DOM. */
  structuredData?: boolean;
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A template of one static string (no bindings, so no markers in the page's light DOM). */
function staticTemplate(markup: string) {
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  return html(strings);
}

/** The attributes asked that the host writes (name → value; `false`, `null` and `undefined` leave one out). */
function writtenAttributes(attributes: RenderOptions['attributes']): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) {
      throw new Error(`Legwise render(): "${name}" is not an attribute name (lower case letters, digits and -).`);
    }
    if (value === false || value === null || value === undefined) continue;
    pairs.set(name, value === true ? '' : String(value));
  }
  return pairs;
}

/** The host's opening tag: the attributes written, `lang`, and the version marker. */
function openingTag(tag: string, written: ReadonlyMap<string, string>, lang: string | undefined): string {
  const pairs = new Map(written);
  if (lang !== undefined) pairs.set('lang', lang);
  pairs.set(VERSION_ATTRIBUTE, VERSION);
  const list = [...pairs].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  return `<${tag}${list.join('')}>`;
}

/**
 * The HTML of one widget: `<tag …><template shadowrootmode="open">…</template></tag>`.
 * Rejects with an Error for an unknown tag; an unusable attribute value warns
 * (console.warn, as in the browser), as does an attribute the element does not
 * take, and the widget still renders.
 */
// `string & {}`: any string is accepted (and checked), while editors still suggest the four tags.
export async function render(tag: LegwiseTag | (string & {}), options: RenderOptions = {}): Promise<string> {
  if (!(TAGS as readonly string[]).includes(tag)) {
    throw new Error(`Legwise render(): unknown tag "${String(tag)}"; known tags: ${TAGS.join(', ')}.`);
  }
  checkOptions(options);
  const lang = options.lang ?? (options.attributes?.lang == null ? undefined : String(options.attributes.lang));
  const written = writtenAttributes(options.attributes);
  warnUnknownAttributes(tag, [...written.keys()]);
  const opening = openingTag(tag, written, lang);
  const locale = negotiate(lang ?? '');
  await load(locale);
  const result = ssrRender(staticTemplate(`${opening}</${tag}>`));
  let markup = await collectResult(result);
  // Lit's marker comments of the page-level template (not the widget's own).
  markup = markup.replace(/^<!--lit-part[^>]*-->|<!--\/lit-part-->$/g, '');
  if (options.structuredData) {
    const end = markup.lastIndexOf(`</${tag}>`);
    markup = `${markup.slice(0, end)}${structuredDataScript(locale)}${markup.slice(end)}`;
  }
  return markup;
}

export { VERSION, structuredDataScript };
