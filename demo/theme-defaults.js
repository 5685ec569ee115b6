// The data of the demo's theme panel (theme.js): the tokens it edits, their
// defaults, and the contrast pairs it reports. A plain module, so that the
// theming tests can check it against the library's own defaults
// (tests/theming/documentation.test.ts).

/** The defaults, as in src/styles/tokens.ts (COLOR_DEFAULTS; a test checks they match). */
export const COLOR_DEFAULTS = {
  light: {
    text: '#212b32',
    muted: '#4c6272',
    surface: '#ffffff',
    border: '#aeb7bd',
    accent: '#005eb8',
    focus: '#ffeb3b',
    'focus-text': '#0b0c0c',
    emergency: '#d5281b',
    'emergency-text': '#ffffff',
    urgent: '#d5281b',
    routine: '#005eb8',
  },
  dark: {
    text: '#e8edee',
    muted: '#aeb7bd',
    surface: '#1b2329',
    border: '#768692',
    accent: '#7ab8f0',
    focus: '#ffeb3b',
    'focus-text': '#0b0c0c',
    emergency: '#d5281b',
    'emergency-text': '#ffffff',
    urgent: '#ff7b6f',
    routine: '#5b9bd5',
  },
};

export const COLOURS = [
  ['text', 'Text'],
  ['muted', 'Muted text'],
  ['surface', 'Surface (background)'],
  ['border', 'Borders'],
  ['accent', 'Accent (links, questions)'],
  ['focus', 'Focus fill'],
  ['focus-text', 'Text on focus fill'],
  ['emergency', 'Emergency'],
  ['emergency-text', 'Text on emergency'],
  ['urgent', 'Urgent tier edge'],
  ['routine', 'Routine tier edge'],
];

/** Each size token: name, label, unit, min, max, step, default (TOKEN_DEFAULTS; a test checks). */
export const SIZES = [
  ['font-size', 'Base font size', 'rem', 0.875, 1.5, 0.0625, 1],
  ['space', 'Spacing unit', 'rem', 0.5, 2, 0.125, 1],
  ['radius', 'Corner radius', 'px', 0, 16, 1, 4],
];

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

/** The widgets the panel themes (src/internal/tags.ts; a test checks). */
export const TAGS = ['cause-list', 'faq-accordion', 'when-to-see-doctor', 'exercise-tips'];
