// The plugins of every CDN script, after its locale loaders
// (locale-loaders.mjs), and those of the standalone locale modules of the
// classic script.
import { resolveProd, ts } from './common.mjs';
import { inlineStrTag } from './inline-str-tag.mjs';
import { minify } from './minify.mjs';
import { minifyTemplates } from './minify-templates.mjs';
import { report } from './report.mjs';
import { shortIds } from './short-ids.mjs';
import { stripLazyContent } from './strip-lazy-content.mjs';

/**
 * `keepEnglish`: the English content stays in the code (legwise.en.js);
 * `preload`: this build names the language chunks in preload.json (legwise.js);
 * `reported: false`: nothing is recorded (scripts/size-floor.mjs, which builds in memory).
 */
export const cdnPlugins = ({ keepEnglish = false, preload = false, reported = true } = {}) => [
  resolveProd(),
  ts(),
  inlineStrTag(),
  ...(keepEnglish ? [] : [stripLazyContent()]),
  shortIds(),
  minifyTemplates(),
  minify(),
  ...(reported ? [report({ preload })] : []),
];

/** A standalone locale module (dist/cdn/locales/*.js): plain data, minified, nothing reported. */
export const localePlugins = () => [resolveProd(), ts(), inlineStrTag(), shortIds(), minify()];
