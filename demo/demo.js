// The demo's own script: it drives the widgets the way a site would, through
// attributes, <html lang> and the exported locale API of the CDN build.
import { supportedLocales, EMERGENCY_NUMBERS, VERSION } from '/dist/cdn/legwise.js';

const $ = (selector) => document.querySelector(selector);
const form = $('#settings');
const language = $('#language');
const region = $('#region');
const causeList = $('cause-list');
const faq = $('faq-accordion');
const doctor = $('when-to-see-doctor');
const widgets = [...document.querySelectorAll('cause-list, faq-accordion, when-to-see-doctor, exercise-tips')];

const name = (type, code, lang = 'en') => {
  try {
    return new Intl.DisplayNames([lang], { type }).of(code) ?? code;
  } catch {
    return code;
  }
};

for (const locale of supportedLocales) {
  const own = name('language', locale, locale);
  const english = name('language', locale);
  language.add(new Option(own === english ? `${own} (${locale})` : `${own}: ${english} (${locale})`, locale));
}
for (const code of Object.keys(EMERGENCY_NUMBERS).sort((a, b) => name('region', a).localeCompare(name('region', b)))) {
  region.add(new Option(`${name('region', code)} (${code}): ${EMERGENCY_NUMBERS[code]}`, code));
}
region.add(new Option('Unknown region (ZZ): no number', 'ZZ'));

const params = new URLSearchParams(location.search);
language.value = params.get('lang') ?? document.documentElement.lang;

function update() {
  const data = new FormData(form);
  document.documentElement.lang = language.value; // the page's direction follows: see followDirection()
  const level = String(data.get('heading-level'));
  for (const widget of widgets) widget.setAttribute('heading-level', level);
  const categories = data.getAll('category');
  if (categories.length === 3 || categories.length === 0) causeList.removeAttribute('category');
  else causeList.setAttribute('category', categories.join(' '));
  faq.toggleAttribute('single', data.has('single'));
  if (data.has('open-all')) faq.setAttribute('open', 'all');
  else faq.removeAttribute('open');
  if (data.get('region')) doctor.setAttribute('region', String(data.get('region')));
  else doctor.removeAttribute('region');
  renderSnippet(level);
  void renderServerHtml();
}

/** The server HTML (legwise/server, through the dev server's /__render) of the chosen widget, as set up. */
async function renderServerHtml() {
  if ($('#no-js').hidden) return;
  const tag = $('#server-tag').value;
  const widget = widgets.find((w) => w.localName === tag);
  const query = new URLSearchParams({ tag, lang: language.value });
  for (const name of widget.getAttributeNames()) query.set(name, widget.getAttribute(name));
  const response = await fetch(`/__render?${query}`).catch(() => undefined);
  $('#server-html').textContent = response?.ok
    ? await response.text()
    : 'Server rendering needs the dev server (npm start).';
}
// The embed tabs (WAI-ARIA APG tabs, automatic activation): arrow keys, Home and End move between them.
const tabs = [...document.querySelectorAll('[role="tab"]')];
const selectTab = (tab) => {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute('aria-selected', String(selected));
    t.tabIndex = selected ? 0 : -1;
    document.getElementById(t.getAttribute('aria-controls')).hidden = !selected;
  }
  void renderServerHtml();
};
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (event) => {
    const i = tabs.indexOf(tab);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = tabs[(next + tabs.length) % tabs.length];
    target.focus();
    selectTab(target);
  });
}
$('#server-tag').addEventListener('change', () => void renderServerHtml());

/** Every hash (dist/cdn/integrity.json) and the text chunk of each language (dist/cdn/preload.json). */
let hashes = {};
let preloads = {};
// Each file on its own: a build without preload.json still gets its hashes.
const json = (url) =>
  fetch(url)
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({}));
void Promise.all([json('/dist/cdn/integrity.json'), json('/dist/cdn/preload.json')]).then(([all, preload]) => {
  hashes = all;
  preloads = preload;
  update();
});

function renderSnippet(level) {
  const base = `https://cdn.jsdelivr.net/npm/legwise@${VERSION}/dist/cdn`;
  const sri = (file) => (hashes[file] ? `\n        integrity="${hashes[file]}" crossorigin="anonymous"` : '');
  const script = (file) => `<script type="module" src="${base}/${file}"${sri(file)}></script>`;
  // The script for the chosen language, its text in the file (README). A
  // language with none (the pseudo-locale) gets legwise.js and the preload
  // line for its text, fetched together with the script.
  const own = `legwise.${language.value}.js`;
  const file = preloads[language.value];
  const embed = hashes[own]
    ? [script(own)]
    : [
        ...(file && hashes[file]
          ? [
              `<link rel="modulepreload" href="${base}/${file}"\n      integrity="${hashes[file]}" crossorigin="anonymous">`,
            ]
          : []),
        script('legwise.js'),
      ];
  const attrs = (el) =>
    el
      .getAttributeNames()
      .filter((a) => a !== 'heading-level' || level !== '2')
      .map((a) => (el.getAttribute(a) === '' ? ` ${a}` : ` ${a}="${el.getAttribute(a)}"`))
      .join('');
  const lines = [
    `<!-- In <head>; <html lang="${language.value}"> picks the language -->`,
    ...embed,
    '',
    ...widgets.map((w) => `<${w.localName}${attrs(w)}></${w.localName}>`),
  ];
  $('#snippet').textContent = lines.join('\n');
}

form.addEventListener('change', update);
/** A copy button: the text of `source` to the clipboard, and what happened in `status`. */
const copyButton = (button, source, status, what) =>
  $(button).addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText($(source).textContent);
      $(status).textContent = `${what[0].toUpperCase()}${what.slice(1)} copied.`;
    } catch {
      $(status).textContent = `Copying is blocked here: select the ${what} and copy it by hand.`;
    }
  });
copyButton('#copy', '#snippet', '#copy-status', 'snippet');
copyButton('#copy-server', '#server-html', '#copy-server-status', 'HTML');
/**
 * The page's direction is the one the widgets render in: Legwise knows which
 * languages are written right to left (src/i18n/negotiate.ts), so the demo
 * keeps no list of its own. Read once they have re-rendered in the new language.
 */
async function followDirection() {
  await Promise.resolve(); // the widgets are asked to re-render after this event's listeners
  await doctor.updateComplete;
  const dir = doctor.shadowRoot?.querySelector('[part="content"]')?.getAttribute('dir');
  if (dir) document.documentElement.dir = dir;
}
window.addEventListener('legwise-locale-change', () => void followDirection());
const log = (text) => ($('#event-log').textContent = text);
document.addEventListener('faq-toggle', (e) => log(`faq-toggle: ${JSON.stringify(e.detail)}`));
document.addEventListener('emergency-call', (e) => log(`emergency-call: ${JSON.stringify(e.detail)}`));
window.addEventListener('legwise-locale-change', (e) => log(`legwise-locale-change: ${JSON.stringify(e.detail)}`));
update();
