import type { TemplateResult } from 'lit';
import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { emulateMedia } from './media.js';
import '../src/index.js';
import { setLocale, supportedLocales } from '../src/index.js';
import type { LegwiseElement } from '../src/elements/legwise-element.js';
import type { FaqAccordion } from '../src/elements/faq-accordion.js';
import { templates as es } from '../src/generated/locales/es.js';
import { templates as ar } from '../src/generated/locales/ar.js';
import { templates as enXA } from '../src/generated/locales/en-XA.js';
import { all, captureConsole, container, shadow, text, until } from './helpers.js';

/** container() with the width the current test asks for (see setWidth). */
const contain = <T extends HTMLElement = HTMLDivElement>(template: TemplateResult) =>
  container<T>(template, holderWidth);

// ---------------------------------------------------------------------------
// Helpers. Colours are parsed and compared here, independently of the guard in
// LegwiseElement, so a bug in one does not hide in the other.

type Rgba = [number, number, number, number];
function parseColour(value: string): Rgba {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(value.trim());
  if (!m) throw new Error(`unexpected colour ${value}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}
function over([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba {
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];
}
function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: Rgba, b: Rgba): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
/** The opaque background behind an element: its own and its ancestors' backgrounds, inside the widget, over white. */
function backgroundOf(node: Element, host: Element): Rgba {
  const layers: Rgba[] = [];
  for (
    let n: Element | null = node;
    n && n !== host;
    n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null
  ) {
    if (n === host) break;
    const c = parseColour(getComputedStyle(n).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}
function isVisuallyHidden(node: Element): boolean {
  const r = node.getBoundingClientRect();
  return r.width <= 1 || r.height <= 1 || getComputedStyle(node).clipPath.startsWith('inset(50%');
}

/** Set when the viewport cannot be that narrow (WebKit's window has a minimum width): the widgets' holder is this wide. */
let holderWidth: number | undefined;

/** The viewport now, and the narrowest width the engine refused (resizing a window is slow: skip what is known). */
let viewport = { width: 800, height: 600 };
let refusedWidth = 0;

/** Give the widgets `width` px: the viewport's width, else their holder's. */
async function narrow(width: number, height = 800): Promise<void> {
  holderWidth = undefined;
  const resize = async (w: number) => {
    if (viewport.width === w && viewport.height === height) return;
    await setViewport({ width: w, height });
    viewport = { width: w, height };
  };
  if (width > refusedWidth) {
    try {
      await resize(width);
      return;
    } catch {
      refusedWidth = width;
    }
  }
  await resize(800).catch(() => undefined);
  holderWidth = width;
}

const TAGS = ['cause-list', 'faq-accordion', 'when-to-see-doctor', 'exercise-tips'] as const;
const langOf = (el: Element) => shadow(el).querySelector('[part="content"]')?.getAttribute('lang');
const content = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="content"]')!;

/** The four widgets on a page in `locale`, ready. */
async function page(locale: string, attrs = ''): Promise<LegwiseElement[]> {
  document.documentElement.lang = locale;
  const root = await contain(html`<div></div>`);
  root.innerHTML = TAGS.map((t) => `<${t} region="GB" ${attrs}></${t}>`).join('');
  const els = [...root.children] as LegwiseElement[];
  await until(
    () => els.every((el) => langOf(el) === locale && el.shadowRoot!.querySelector('[part="footer"]')),
    locale,
  );
  for (const el of els) await el.updateComplete;
  return els;
}

/** Elements that carry their own visible text. */
function textElements(el: Element): Element[] {
  return [...shadow(el).querySelectorAll('*')].filter(
    (n) =>
      [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== '') &&
      !n.closest('.visually-hidden') &&
      !isVisuallyHidden(n) &&
      getComputedStyle(n).visibility !== 'hidden',
  );
}

/** Every text pair of the widget that is below `min`. */
function lowContrast(el: Element, min = 4.5): string[] {
  return textElements(el).flatMap((n) => {
    const bg = backgroundOf(n, el);
    const fg = over(parseColour(getComputedStyle(n).color), bg);
    const ratio = contrast(fg, bg);
    return ratio < min
      ? [`${n.localName}[part=${n.getAttribute('part')}] "${text(n).slice(0, 30)}": ${ratio.toFixed(2)}:1`]
      : [];
  });
}

/** Any box in the widget that sticks out of the widget or the viewport sideways, or a page that scrolls sideways. */
function overflow(el: Element): string[] {
  const width = document.documentElement.clientWidth;
  const host = el.getBoundingClientRect();
  const [left, right] = [Math.max(0, host.left), Math.min(width, host.right)];
  const out: string[] = [];
  if (document.documentElement.scrollWidth > width)
    out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
  for (const n of shadow(el).querySelectorAll('*')) {
    if (isVisuallyHidden(n)) continue;
    const r = n.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < left - 0.5 || r.right > right + 0.5)
      out.push(`${n.localName}.${n.className} ${r.left}–${r.right} outside ${left}–${right}`);
    // Content wider than its box: scrolls or is clipped, or (right to left) spills where no one can scroll to.
    if (n.clientWidth > 0 && n.scrollWidth > n.clientWidth + 1)
      out.push(`${n.localName}.${n.className} content ${n.scrollWidth} wider than ${n.clientWidth}`);
  }
  return out;
}

const interactive = (el: Element) => all<HTMLElement>(el, 'a[href], button, summary');

/** The link's name in a locale: the message's own template, with the number and the country put in. */
const callLabel = (locale: string, n: string): string => {
  const country = new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of('GB')!;
  if (locale === 'en') return `Call ${n} (${country})`;
  const templates = { es, ar, 'en-XA': enXA }[locale] as Record<string, unknown>;
  const t = templates['care.emergency.call-country-label'] as { strings: string[]; values: unknown[] } | undefined;
  if (!t) throw new Error(`${locale} has no care.emergency.call-country-label`);
  // Generated templates give, in the translation's order, the index of each source placeholder (0: number, 1: country).
  return t.strings.reduce(
    (out, part, i) => out + part + (i < t.values.length ? (t.values[i] === 0 ? n : country) : ''),
    '',
  );
};

// ---------------------------------------------------------------------------

describe('accessibility', () => {
  before(async () => {
    await setLocale(null);
  });
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', media: 'screen' });
    await narrow(800, 600);
    holderWidth = undefined;
    document.documentElement.lang = 'en';
    document.documentElement.style.fontSize = '';
  });

  describe('axe-core: no violations', function () {
    // Axe over four whole widgets is slow in some engines, and more so with the three engines at once.
    this.timeout(30000);
    for (const width of [320, 1280]) {
      for (const locale of supportedLocales) {
        for (const scheme of ['light', 'dark'] as const) {
          it(`${locale}, ${width} px, ${scheme}: every element, the accordion closed and open`, async function () {
            await narrow(width);
            await emulateMedia({ colorScheme: scheme });
            const els = await page(locale);
            for (const el of els) await expect(el).to.be.accessible();
            const faq = els[1] as FaqAccordion;
            faq.open = 'all';
            await faq.updateComplete;
            expect(all(faq, '[part="question"]').every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(
              true,
            );
            await expect(faq).to.be.accessible();
          });
        }
      }
    }

    it('with theme="dark" in a light scheme and theme="light" in a dark scheme', async function () {
      await emulateMedia({ colorScheme: 'light' });
      for (const el of await page('en', 'theme="dark" open="all"')) await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      for (const el of await page('en', 'theme="light" open="all"')) await expect(el).to.be.accessible();
    });
  });

  describe('contrast (WCAG 1.4.3): every visible text at 4.5:1 or more', function () {
    this.timeout(30000);
    for (const [name, scheme, attrs] of [
      ['light scheme', 'light', ''],
      ['dark scheme', 'dark', ''],
      ['theme="dark"', 'light', 'theme="dark"'],
      ['theme="light" in a dark scheme', 'dark', 'theme="light"'],
      ['a host emergency colour that the guard rejects', 'light', 'style="--legwise-color-emergency: #ffd0d0"'],
    ] as const) {
      it(name, async function () {
        await emulateMedia({ colorScheme: scheme });
        const log = captureConsole(); // the rejected colour warns; theming.test.ts checks that
        try {
          // Every locale in the two schemes; the forced themes and the guard in English (same CSS).
          for (const locale of attrs ? ['en'] : supportedLocales) {
            const els = await page(locale, `open="all" ${attrs}`);
            for (const el of els) {
              expect(textElements(el).length, el.localName).to.be.greaterThan(5);
              expect(lowContrast(el), `${locale} ${el.localName}`).to.deep.equal([]);
            }
          }
        } finally {
          log.restore();
        }
      });
    }

    it('the check itself catches unreadable text', async () => {
      const [el] = await page('en', 'style="--legwise-color-muted: #dddddd"');
      expect(lowContrast(el!).length).to.be.greaterThan(0);
    });
  });

  describe('reflow (WCAG 1.4.10) and text resize (1.4.4)', function () {
    this.timeout(30000);
    for (const locale of supportedLocales) {
      it(`${locale}: nothing scrolls sideways at 320 px`, async () => {
        await narrow(320, 640);
        for (const el of await page(locale, 'open="all"')) {
          expect(overflow(el), el.localName).to.deep.equal([]);
          expect(el.getBoundingClientRect().width).to.be.at.most(320).and.at.least(280);
        }
      });
    }

    it('text at 200% grows, is not clipped and does not scroll sideways (1280 px and 320 px)', async () => {
      for (const width of [1280, 320]) {
        await narrow(width);
        document.documentElement.style.fontSize = '';
        const els = await page('en', 'open="all"');
        const before = els.map((el) => parseFloat(getComputedStyle(content(el)).fontSize));
        document.documentElement.style.fontSize = '200%';
        for (const [i, el] of els.entries()) {
          expect(parseFloat(getComputedStyle(content(el)).fontSize), el.localName).to.equal(before[i]! * 2);
          expect(overflow(el), `${el.localName} at ${width}`).to.deep.equal([]);
          for (const target of interactive(el)) {
            const r = target.getBoundingClientRect();
            const lineHeight = parseFloat(getComputedStyle(target).fontSize) * 1.2;
            expect(r.height, `${el.localName} ${target.localName} grows with its text`).to.be.at.least(lineHeight);
          }
        }
      }
    });
  });

  describe('target size (WCAG 2.5.8)', () => {
    for (const width of [320, 1280]) {
      it(`every link and button is at least 24×24 px (in practice 44) at ${width} px`, async () => {
        await narrow(width);
        const els = await page('en');
        const targets = els.flatMap(interactive);
        expect(targets.length).to.be.greaterThan(5);
        for (const t of targets) {
          const r = t.getBoundingClientRect();
          expect(r.width, `${t.localName} ${text(t)}`).to.be.at.least(44);
          expect(r.height, `${t.localName} ${text(t)}`).to.be.at.least(44);
        }
      });
    }
  });

  describe('focus (WCAG 2.4.7, 2.4.11, 2.4.13)', () => {
    for (const [name, scheme, attrs] of [
      ['light', 'light', ''],
      ['dark', 'dark', ''],
      ['theme="dark"', 'light', 'theme="dark"'],
    ] as const) {
      it(`${name}: every focusable element shows a solid outline of 3:1 or more around readable text`, async function () {
        await emulateMedia({ colorScheme: scheme });
        await narrow(480, 700);
        const els = await page('en', attrs);
        // In tab order: the first widget's sources, the accordion's buttons and its sources, then the number and the cards' sources.
        const focusables = [
          ...all(els[0]!, 'summary'),
          ...all(els[1]!, 'button, summary'),
          ...all(els[2]!, 'a[href], summary'),
        ];
        expect(focusables.length).to.be.greaterThan(5);
        const surfaces = new Map(els.map((el) => [el, parseColour(getComputedStyle(content(el)).backgroundColor)]));
        // Reach each one with the keyboard, so that :focus-visible applies.
        const start = document.createElement('button');
        start.textContent = 'start';
        els[0]!.parentElement!.prepend(start);
        start.focus();
        const reached: HTMLElement[] = [];
        for (let i = 0; i < 60 && reached.length < focusables.length; i++) {
          await sendKeys({ press: 'Tab' });
          const host = document.activeElement;
          const target = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
          if (!target) continue;
          reached.push(target);
          const s = getComputedStyle(target);
          const surface = surfaces.get(host as LegwiseElement)!;
          expect(target.matches(':focus-visible')).to.equal(true);
          expect(s.outlineStyle, text(target)).to.equal('solid');
          expect(parseFloat(s.outlineWidth), text(target)).to.be.at.least(2);
          expect(contrast(parseColour(s.outlineColor), surface), `outline of ${text(target)}`).to.be.at.least(3);
          const fill = over(parseColour(s.backgroundColor), surface);
          expect(contrast(parseColour(s.color), fill), `text of ${text(target)}`).to.be.at.least(4.5);
          // Not hidden (WCAG 2.4.11): at least partly in the viewport once the browser scrolled to it.
          const r = target.getBoundingClientRect();
          expect(r.bottom, `${text(target)} below the top`).to.be.greaterThan(0);
          expect(r.top, `${text(target)} above the bottom`).to.be.lessThan(window.innerHeight);
        }
        expect(reached).to.deep.equal(focusables);
        start.remove();
      });
    }

    it('shows no focus fill for a mouse click (focus-visible only)', async () => {
      const [, faq] = await page('en');
      const button = all(faq!, 'button')[0]!;
      const before = getComputedStyle(button).backgroundColor;
      button.focus({ focusVisible: false } as FocusOptions);
      button.click();
      expect(getComputedStyle(button).backgroundColor).to.equal(before);
    });
  });

  describe('motion', () => {
    it('honours prefers-reduced-motion: the chevron does not animate', async function () {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const [, faq] = await page('en');
      const icon = shadow(faq!).querySelector('.icon')!;
      expect(getComputedStyle(icon).transitionDuration).to.equal('0.15s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(icon).transitionDuration).to.equal('0s');
      expect(getComputedStyle(icon).animationName).to.equal('none');
    });
  });

  describe('not by colour alone (WCAG 1.4.1)', () => {
    it('each tier has its own words: a prefix and a heading', async () => {
      for (const locale of supportedLocales) {
        const [, , doctor] = await page(locale);
        const tiers = all(doctor!, '[part~="tier"]');
        const prefixes = tiers.map((t) => text(t.querySelector('[part="tier-heading"] .visually-hidden')));
        const headings = tiers.map((t) => text(t.querySelector('[part="tier-heading"]')));
        expect(new Set(prefixes).size, locale).to.equal(3);
        expect(new Set(headings).size, locale).to.equal(3);
        for (const [i, h] of headings.entries()) expect(h.startsWith(prefixes[i]!), locale).to.equal(true);
        expect(prefixes.every((p) => p.length > 3)).to.equal(true);
      }
    });
  });

  describe('forced colours', () => {
    /**
     * The test runner cannot switch Chromium into forced colours (its
     * forcedColors emulation is Playwright-only), so this applies the
     * widget's own `@media (forced-colors: active)` rules and checks what they
     * promise: borders stay, focus shows, tiers differ by more than colour.
     */
    function applyForcedColorRules(el: Element): () => void {
      const root = shadow(el);
      const rules: string[] = [];
      for (const sheet of root.adoptedStyleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors')) {
            rules.push(...[...rule.cssRules].map((r) => r.cssText));
          }
        }
      }
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(rules.join('\n'));
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return () => {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }

    it('keeps the tier distinction with borders and an inverted emergency heading with its arrow', async () => {
      const [, , doctor] = await page('en');
      const undo = applyForcedColorRules(doctor!);
      try {
        const [emergency, urgent, routine] = all(doctor!, '[part~="tier"]').map((t) => getComputedStyle(t));
        const canvasText = (() => {
          const probe = document.createElement('div');
          probe.style.color = 'CanvasText';
          document.body.append(probe);
          const c = getComputedStyle(probe).color;
          probe.remove();
          return c;
        })();
        expect(emergency!.borderTopWidth).to.equal('4px');
        expect(urgent!.borderTopWidth).to.equal('1px');
        expect(urgent!.borderInlineStartStyle).to.equal('solid');
        expect(routine!.borderInlineStartStyle).to.equal('double');
        for (const tier of [emergency!, urgent!, routine!]) expect(tier.borderTopColor).to.equal(canvasText);
        const heading = shadow(doctor!).querySelector('[part~="emergency"] [part="tier-heading"]')!;
        expect(getComputedStyle(heading).backgroundColor).to.equal(canvasText);
        if (CSS.supports('forced-color-adjust', 'none'))
          expect(getComputedStyle(heading).forcedColorAdjust).to.equal('none');
        const arrow = getComputedStyle(heading, '::after');
        expect(arrow.borderTopColor).to.equal(canvasText);
        expect(parseFloat(arrow.borderTopWidth)).to.be.greaterThan(5);
        const link = getComputedStyle(shadow(doctor!).querySelector('[part="emergency-number"]')!);
        expect(link.borderTopStyle).to.equal('solid');
        expect(parseFloat(link.borderTopWidth)).to.be.at.least(2);
      } finally {
        undo();
      }
    });

    it('draws keyboard focus as a Highlight outline, which forced colours keep', async () => {
      const [, faq] = await page('en');
      const undo = applyForcedColorRules(faq!);
      try {
        const button = all(faq!, 'button')[0]!;
        const start = document.createElement('button');
        faq!.before(start);
        start.focus();
        await sendKeys({ press: 'Tab' });
        expect(shadow(faq!).activeElement).to.equal(button);
        const s = getComputedStyle(button);
        expect(s.outlineStyle).to.equal('solid');
        expect(parseFloat(s.outlineWidth)).to.be.at.least(2);
        const probe = document.createElement('div');
        probe.style.color = 'Highlight';
        document.body.append(probe);
        expect(s.outlineColor).to.equal(getComputedStyle(probe).color);
        probe.remove();
        start.remove();
      } finally {
        undo();
      }
    });
  });

  describe('screen-reader semantics', () => {
    it('uses the heading levels asked', async () => {
      for (const level of [2, 3, 5]) {
        const els = await page('en', `heading-level="${level}"`);
        for (const el of els) {
          const headings = all(el, 'h2, h3, h4, h5, h6').map((h) => Number(h.localName[1]));
          expect(headings.length, el.localName).to.be.greaterThan(0);
          expect(Math.min(...headings), el.localName).to.equal(level);
          expect(Math.max(...headings), el.localName).to.be.at.most(level + 1);
        }
      }
    });

    it('exposes the content language and direction with lang and dir', async () => {
      for (const locale of supportedLocales) {
        for (const el of await page(locale)) {
          expect(content(el).getAttribute('lang'), el.localName).to.equal(locale);
          expect(content(el).getAttribute('dir'), el.localName).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        }
      }
    });

    it('names the emergency link "Call 999 (United Kingdom)" in the page language, with the visible number in the name', async () => {
      for (const locale of supportedLocales) {
        const [, , doctor] = await page(locale);
        const link = shadow(doctor!).querySelector('[part="emergency-number"]')!;
        expect(link.getAttribute('href')).to.equal('tel:999');
        expect(link.getAttribute('aria-label'), locale).to.equal(callLabel(locale, '999'));
        expect(link.getAttribute('aria-label')).to.contain(text(link));
        expect(text(link)).to.equal('999');
      }
    });

    it('follows the APG accordion pattern: buttons in headings that control labelled regions', async () => {
      const [, faq] = await page('en', 'open="stress"');
      for (const button of all(faq!, '[part="question"]')) {
        expect(button.localName).to.equal('button');
        expect(button.parentElement!.matches('h2')).to.equal(true);
        const panel = shadow(faq!).getElementById(button.getAttribute('aria-controls')!)!;
        expect(panel.getAttribute('role')).to.equal('region');
        expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
        const open = button.getAttribute('aria-expanded') === 'true';
        // What a sighted reader sees matches what is announced.
        expect(getComputedStyle(panel).display === 'none', button.id).to.equal(!open);
      }
    });
  });
});
