// The data of the demo's theme panel (theme.js): the tokens it edits, with
// their labels, and the contrast pairs it reports. The defaults and the tags
// come from the library's own source (the demo server serves it through
// esbuild), so the panel cannot drift from what the widgets use; a theming
// test checks that every token has a label (tests/theming/documentation.test.ts).
import { COLOR_DEFAULTS, TOKEN_DEFAULTS } from '/src/styles/token-defaults.ts';
import { TAGS } from '/src/internal/tags.ts';

export { COLOR_DEFAULTS, TAGS };

/** A label for each colour token, in the order the panel lists them. */
const COLOUR_LABELS = {
  text: 'Text',
  muted: 'Muted text',
  surface: 'Surface (background)',
  border: 'Borders',
  accent: 'Accent (links, questions)',
  focus: 'Focus fill',
  'focus-text': 'Text on focus fill',
  emergency: 'Emergency',
  'emergency-text': 'Text on emergency',
  urgent: 'Urgent tier edge',
  routine: 'Routine tier edge',
};

/** Each colour token and its label (a token without a label shows its name). */
export const COLOURS = Object.keys(COLOR_DEFAULTS.light).map((name) => [name, COLOUR_LABELS[name] ?? name]);

/** Each size token: name, label, unit, min, max, step, default (the unit and default from TOKEN_DEFAULTS). */
export const SIZES = [
  ['font-size', 'Base font size', 0.875, 1.5, 0.0625],
  ['space', 'Spacing unit', 0.5, 2, 0.125],
  ['radius', 'Corner radius', 0, 16, 1],
].map(([name, label, min, max, step]) => {
  const [, value, unit] = /^([\d.]+)([a-z]+)$/.exec(TOKEN_DEFAULTS[name]);
  return [name, label, unit, min, max, step, Number(value)];
});

export const FONTS = [
  ['', 'System UI (default)'],
  ["Georgia, 'Times New Roman', serif", 'Georgia (serif)'],
  ['Verdana, Geneva, sans-serif', 'Verdana'],
  ["'Atkinson Hyperlegible', system-ui, sans-serif", 'Atkinson Hyperlegible (if installed)'],
];

/** Pairs whose contrast the panel reports, with the ratio each needs. */
export const CHECKS = [
  ['text', 'surface', 4.5, 'Text on surface'],
  ['muted', 'surface', 4.5, 'Muted text on surface'],
  ['accent', 'surface', 4.5, 'Accent on surface'],
  ['emergency-text', 'emergency', 4.5, 'Emergency text on emergency'],
  ['focus-text', 'focus', 4.5, 'Text on focus fill'],
  ['text', 'surface', 3, 'Focus outline (text colour) on surface'],
  ['urgent', 'surface', 3, 'Urgent edge on surface'],
  ['routine', 'surface', 3, 'Routine edge on surface'],
];
