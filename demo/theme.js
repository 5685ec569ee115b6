// The demo's theme panel: edits the Legwise design tokens live and shows the
// CSS to copy. It themes the widgets the way a site would: one stylesheet that
// sets --legwise-* custom properties, and the theme attribute. It only adds a
// <style> element and sets `theme`; it never reaches into the widgets.

import { contrastRatio, parseColour } from '/src/internal/colour.ts';
import { CHECKS, COLOR_DEFAULTS, COLOURS, FONTS, SIZES, TAGS } from './theme-defaults.js';

const container = document.getElementById('theme-panel');
const widgets = () => [...document.querySelectorAll(TAGS.join(', '))];
const prefersDark = matchMedia('(prefers-color-scheme: dark)');

/** The values the reader changed: token name → value. */
const changed = new Map();
let scheme = 'auto';

const style = document.createElement('style');
style.id = 'legwise-theme';
document.head.append(style);

function activeScheme() {
  if (scheme !== 'auto') return scheme;
  return prefersDark.matches ? 'dark' : 'light';
}

function colourValue(name) {
  return changed.get(`color-${name}`) ?? COLOR_DEFAULTS[activeScheme()][name];
}

/** The WCAG 2 contrast ratio of two #rrggbb colours, by the library's own maths. */
const contrast = (a, b) => contrastRatio(parseColour(a), parseColour(b));

function css() {
  const lines = [...changed].map(([name, value]) => `  --legwise-${name}: ${value};`);
  const rules = lines.length ? `${TAGS.join(',\n')} {\n${lines.join('\n')}\n}` : '/* Every token is at its default. */';
  const note =
    scheme === 'auto'
      ? "/* The widgets follow the reader's light or dark setting. */"
      : `/* Add theme="${scheme}" to each widget, e.g. <cause-list theme="${scheme}">. */`;
  return `${note}\n${rules}`;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'text') node.textContent = value;
    else if (value !== false && value !== undefined) node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children);
  return node;
}

function build() {
  container.replaceChildren();

  const schemeGroup = el(
    'fieldset',
    { class: 'theme-scheme' },
    el('legend', { text: 'Colour scheme (theme attribute)' }),
  );
  for (const [value, label] of [
    ['auto', 'Follow the reader (no attribute)'],
    ['light', 'Light (theme="light")'],
    ['dark', 'Dark (theme="dark")'],
  ]) {
    const input = el('input', { type: 'radio', name: 'theme-scheme', value, checked: value === scheme });
    schemeGroup.append(el('label', {}, input, ` ${label}`));
  }

  const colours = el('fieldset', { class: 'theme-colours' }, el('legend', { text: 'Colours' }));
  for (const [name, label] of COLOURS) {
    const id = `token-color-${name}`;
    colours.append(
      el(
        'div',
        { class: 'theme-field' },
        el('label', { for: id }, `${label} `, el('code', { text: `--legwise-color-${name}` })),
        el('input', { type: 'color', id, name: `color-${name}`, value: colourValue(name) }),
      ),
    );
  }

  const type = el('fieldset', { class: 'theme-type' }, el('legend', { text: 'Type and spacing' }));
  const fontSelect = el('select', { id: 'token-font-family', name: 'font-family' });
  for (const [value, label] of FONTS) {
    fontSelect.append(el('option', { value, text: label, selected: (changed.get('font-family') ?? '') === value }));
  }
  type.append(
    el(
      'div',
      { class: 'theme-field' },
      el('label', { for: 'token-font-family' }, 'Font ', el('code', { text: '--legwise-font-family' })),
      fontSelect,
    ),
  );
  for (const [name, label, unit, min, max, step, initial] of SIZES) {
    const id = `token-${name}`;
    const current = changed.has(name) ? parseFloat(changed.get(name)) : initial;
    type.append(
      el(
        'div',
        { class: 'theme-field' },
        el('label', { for: id }, `${label} `, el('code', { text: `--legwise-${name}` })),
        el('input', { type: 'range', id, name, min, max, step, value: current, 'data-unit': unit }),
        el('output', { for: id, id: `${id}-value`, text: `${current}${unit}` }),
      ),
    );
  }

  const checks = el('div', { class: 'theme-checks' }, el('h3', { text: 'Contrast' }));
  const list = el('ul', { id: 'theme-contrast' });
  checks.append(list);

  const output = el(
    'div',
    { class: 'theme-output' },
    el('h3', { text: 'CSS for your page' }),
    el('pre', {}, el('code', { id: 'theme-css' })),
    el(
      'div',
      { class: 'theme-actions' },
      el('button', { type: 'button', id: 'theme-copy', text: 'Copy CSS' }),
      el('button', { type: 'button', id: 'theme-reset', text: 'Reset to defaults' }),
    ),
    el('p', { id: 'theme-status', role: 'status' }),
  );

  const form = el('form', { id: 'theme-form', class: 'theme-form' }, schemeGroup, colours, type);
  container.append(form, checks, output);

  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  form.addEventListener('submit', (e) => e.preventDefault());
  container.querySelector('#theme-copy').addEventListener('click', copy);
  container.querySelector('#theme-reset').addEventListener('click', () => {
    changed.clear();
    scheme = 'auto';
    build();
    apply();
    status('Every token is back to its default.');
  });
}

function onInput(event) {
  const input = event.target;
  if (input.name === 'theme-scheme') {
    scheme = input.value;
    // Colours not yet changed show the defaults of the new scheme.
    for (const [name] of COLOURS) {
      const field = container.querySelector(`#token-color-${name}`);
      if (!changed.has(`color-${name}`)) field.value = colourValue(name);
    }
  } else if (input.type === 'color') {
    changed.set(input.name, input.value);
  } else if (input.type === 'range') {
    const value = `${input.value}${input.dataset.unit}`;
    container.querySelector(`#${input.id}-value`).textContent = value;
    changed.set(input.name, value);
  } else if (input.name === 'font-family') {
    if (input.value) changed.set('font-family', input.value);
    else changed.delete('font-family');
  }
  apply();
}

function apply() {
  const text = css();
  style.textContent = text;
  for (const widget of widgets()) {
    if (scheme === 'auto') widget.removeAttribute('theme');
    else widget.setAttribute('theme', scheme);
  }
  container.querySelector('#theme-css').textContent = text;
  const list = container.querySelector('#theme-contrast');
  list.replaceChildren(
    ...CHECKS.map(([fg, bg, needed, label]) => {
      const ratio = contrast(colourValue(fg), colourValue(bg));
      const ok = ratio >= needed;
      const note = ok
        ? `passes (needs ${needed}:1)`
        : fg === 'emergency-text'
          ? `fails (needs ${needed}:1): the widget ignores this pair, uses its defaults and warns in the console`
          : `fails (needs ${needed}:1)`;
      return el(
        'li',
        { class: ok ? 'pass' : 'fail' },
        el('strong', { text: `${label}: ${ratio.toFixed(2)}:1 ` }),
        note,
      );
    }),
  );
}

async function copy() {
  try {
    await navigator.clipboard.writeText(css());
    status('CSS copied.');
  } catch {
    status('Copying is blocked here: select the CSS and copy it by hand.');
  }
}

function status(message) {
  container.querySelector('#theme-status').textContent = message;
}

prefersDark.addEventListener('change', () => {
  if (scheme === 'auto') {
    build();
    apply();
  }
});

if (container) {
  build();
  apply();
}
