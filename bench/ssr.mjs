// The server HTML of the "Server HTML + legwise.en.js" render page: each of the
// four widgets (pages.mjs, WIDGETS: the same tags and attributes as the other
// pages) rendered once at the start of the bench by legwise/server
// (dist/server.js, `render(tag, { attributes, lang })`): a declarative shadow
// root that the CDN script then hydrates in place.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../scripts/shared.mjs';
import { WIDGETS } from './pages.mjs';

/** The tag and attributes of one of WIDGETS' tags, e.g. `<when-to-see-doctor region="GB">`. */
const parse = (markup) => {
  const [, tag, rest] = /^<([a-z-]+)([^>]*)>/.exec(markup);
  const attributes = Object.fromEntries([...rest.matchAll(/([a-z][a-z0-9-]*)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  return { tag, attributes };
};

/**
 * The four widgets' server HTML in `lang`, in WIDGETS' order. Imported from
 * the repository's dist/ (not the snapshot), where Node finds its packages.
 */
export async function serverWidgets(lang = 'en') {
  const { render } = await import(pathToFileURL(join(ROOT, 'dist', 'server.js')).href);
  return Promise.all(
    WIDGETS.map((markup) => {
      const { tag, attributes } = parse(markup);
      return render(tag, { attributes, lang });
    }),
  );
}
