import { expect, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { getLocale, setLocale, supportedLocales, LOCALE_CHANGE_EVENT } from '../src/index.js';
import { templates as es } from '../src/generated/locales/es.js';
import { templates as ar } from '../src/generated/locales/ar.js';
import { captureConsole, container, langOf, shadow, text, until } from './helpers.js';
import { firstHeading, page, resetPageLanguage, widgets } from './locale-page.js';

type Templates = Record<string, unknown>;
const ES = es as Templates;
const AR = ar as Templates;

describe('locales', () => {
  afterEach(resetPageLanguage);

  it('ships ten languages, and no pseudo-locale to apps', () => {
    expect([...supportedLocales].sort()).to.deep.equal(
      ['ar', 'de', 'en', 'es', 'fr', 'he', 'hi', 'ja', 'pt', 'zh-Hans'].sort(),
    );
  });

  it('renders Hebrew right to left, mirrored, for <html lang="iw"> (the old code of Hebrew)', async () => {
    document.documentElement.lang = 'iw';
    const root = await page();
    for (const el of widgets(root)) await until(() => langOf(el) === 'he', `${el.localName} in Hebrew`);
    for (const el of widgets(root)) {
      expect(shadow(el).querySelector('[part="content"]')!.getAttribute('dir'), el.localName).to.equal('rtl');
    }
    const card = shadow(widgets(root)[2]!).querySelector<HTMLElement>('[part~="emergency"]')!;
    const style = getComputedStyle(card);
    expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(parseFloat(style.borderLeftWidth));
    expect(text(card)).to.not.match(/[A-Za-z]{4,}/);
  });

  it('shows Simplified Chinese for zh-CN and zh-SG, and English with a warning (never Simplified) for zh-TW', async () => {
    for (const tag of ['zh-CN', 'zh-Hans-SG']) {
      document.documentElement.lang = tag;
      const el = await container(html`<exercise-tips></exercise-tips>`);
      await until(() => langOf(el) === 'zh-Hans', `${tag}: Simplified Chinese`);
    }
    const log = captureConsole();
    try {
      document.documentElement.lang = 'zh-TW';
      const el = await container(html`<exercise-tips></exercise-tips>`);
      await nextFrame();
      expect(langOf(el)).to.equal('en');
      expect(log.warnings.some((w) => w.includes('"zh-TW" is not available; showing English'))).to.equal(true);
    } finally {
      log.restore();
    }
  });

  it('breaks Chinese and Japanese lines strictly, never in italics, and gives Hindi taller lines', async () => {
    // The content, an answer's paragraph (which inherits the content's lines) and a question's heading.
    const stylesOf = async (lang: string) => {
      document.documentElement.lang = lang;
      const el = await container(html`<faq-accordion open="all"></faq-accordion>`);
      await until(() => langOf(el) === lang, lang);
      const root = shadow(el);
      return ['[part="content"]', '.answer p', '[part="question-heading"]'].map((selector) =>
        getComputedStyle(root.querySelector(selector)!),
      );
    };
    const lines = (style: CSSStyleDeclaration) => parseFloat(style.lineHeight) / parseFloat(style.fontSize);
    for (const lang of ['zh-Hans', 'ja']) {
      const [content, paragraph, heading] = await stylesOf(lang);
      for (const style of [content, paragraph]) {
        // Firefox and WebKit expose line-break; every engine gives the taller lines.
        if ('lineBreak' in style) expect(style.lineBreak, lang).to.equal('strict');
        expect(style.overflowWrap, lang).to.equal('anywhere');
        expect(lines(style), lang).to.be.closeTo(1.7, 0.01);
        expect(style.fontStyle).to.equal('normal');
      }
      expect(lines(heading), `${lang} heading`).to.be.closeTo(1.5, 0.01);
    }
    const [hindi, hindiParagraph, hindiHeading] = await stylesOf('hi');
    expect(lines(hindi)).to.be.closeTo(1.75, 0.01);
    expect(lines(hindiParagraph)).to.be.closeTo(1.75, 0.01);
    expect(lines(hindiHeading)).to.be.closeTo(1.5, 0.01);
    const [english, englishParagraph, englishHeading] = await stylesOf('en');
    expect(lines(english)).to.be.closeTo(1.5, 0.01);
    expect(lines(englishParagraph)).to.be.closeTo(1.5, 0.01);
    expect(englishParagraph.overflowWrap).to.equal('break-word');
    expect(lines(englishHeading)).to.be.closeTo(1.3, 0.01);
  });

  it('hyphenates German’s long words, where the engine has a German dictionary, and no other language’s', async () => {
    // At large text on a phone, German compound words broke at any letter with no hyphen (a patient trial).
    const hyphensOf = async (lang: string) => {
      document.documentElement.lang = lang;
      const el = await container(html`<faq-accordion open="all"></faq-accordion>`);
      await until(() => langOf(el) === lang, lang);
      const style = getComputedStyle(shadow(el).querySelector('.answer p')!);
      // WebKit before Safari 17 reads only the prefixed property.
      return style.hyphens || (style as CSSStyleDeclaration & { webkitHyphens?: string }).webkitHyphens;
    };
    expect(await hyphensOf('de')).to.equal('auto');
    for (const lang of ['en', 'fr', 'es', 'pt']) expect(await hyphensOf(lang), lang).to.equal('manual');
  });

  it('shows the emergency number in plain digits, on screen and in tel:, in every language', async () => {
    for (const locale of supportedLocales) {
      document.documentElement.lang = locale;
      const el = await container(html`<when-to-see-doctor region="IN"></when-to-see-doctor>`);
      await until(() => langOf(el) === locale, locale);
      const link = shadow(el).querySelector('[part="emergency-number"]')!;
      expect(link.getAttribute('href'), locale).to.equal('tel:108');
      expect(text(link), locale).to.equal('108');
    }
  });

  it('renders Spanish in all four widgets for <html lang="es-MX">, with no number the site did not name', async () => {
    document.documentElement.lang = 'es-MX';
    const root = await page();
    for (const el of widgets(root)) await until(() => langOf(el) === 'es', `${el.localName} in Spanish`);
    const [causes, faq, doctor, tips] = widgets(root);
    expect(firstHeading(causes!)).to.equal(ES['cause-category.neurological']);
    expect(text(shadow(faq!).querySelector('button'))).to.equal(ES['faq.when-to-see-doctor.question']);
    expect(text(shadow(doctor!).querySelector('[part~="emergency"] [part="tier-heading"]'))).to.equal(
      `${ES['care.emergency.prefix']} ${ES['care.emergency.heading']}`,
    );
    expect(shadow(doctor!).querySelector('[part="emergency-number"]')).to.equal(null);
    expect(text(shadow(doctor!).querySelector('[part="action"].call'))).to.equal(ES['care.emergency.no-number']);
    expect(text(shadow(tips!).querySelector('[part="safety-note"] p'))).to.equal(ES['tips.safety-note']);
    expect(text(shadow(causes!).querySelector('[part="review-date"]')))
      .to.contain('2026')
      .and.contain('diciembre');
    expect(getLocale()).to.equal('es');
  });

  it('leaves no English in the Spanish emergency card', async () => {
    document.documentElement.lang = 'es';
    const el = await container(html`<when-to-see-doctor region="ES"></when-to-see-doctor>`);
    await until(() => langOf(el) === 'es', 'Spanish');
    const card = text(shadow(el).querySelector('[part~="emergency"]'));
    for (const english of ['Immediate action', 'emergency', 'Call', 'sudden', 'weakness', 'both legs']) {
      expect(card).to.not.contain(english);
    }
  });

  it('renders Arabic right to left for <html lang="ar">', async () => {
    document.documentElement.lang = 'ar';
    const root = await page();
    for (const el of widgets(root)) await until(() => langOf(el) === 'ar', `${el.localName} in Arabic`);
    for (const el of widgets(root)) {
      expect(shadow(el).querySelector('[part="content"]')!.getAttribute('dir'), el.localName).to.equal('rtl');
    }
    const [causes, , doctor] = widgets(root);
    expect(firstHeading(causes!)).to.equal(AR['cause-category.neurological']);
    expect(text(shadow(doctor!).querySelector('[part~="emergency"]'))).to.not.match(/[A-Za-z]{4,}/);
    // Mirrored: the care card's coloured edge is on the right.
    const card = shadow(doctor!).querySelector<HTMLElement>('[part~="emergency"]')!;
    const style = getComputedStyle(card);
    expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(parseFloat(style.borderLeftWidth));
  });

  it('renders English with one warning for an unsupported language', async () => {
    const log = captureConsole();
    try {
      document.documentElement.lang = 'xx';
      const root = await page();
      await nextFrame();
      for (const el of widgets(root)) expect(langOf(el)).to.equal('en');
      expect(firstHeading(widgets(root)[0]!)).to.equal('Nerve and brain causes');
      const warnings = log.warnings.filter((w) => w.includes('"xx"'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('en, ').and.contain('es').and.contain('ar');
    } finally {
      log.restore();
    }
  });

  it('follows a change of <html lang> at run time, and says so on window', async () => {
    document.documentElement.lang = 'en';
    const root = await page();
    setTimeout(() => (document.documentElement.lang = 'es'));
    const event = await oneEvent(window, LOCALE_CHANGE_EVENT);
    expect(event.detail).to.deep.equal({ locale: 'es' });
    await nextFrame();
    for (const el of widgets(root)) expect(langOf(el), el.localName).to.equal('es');
    document.documentElement.lang = 'ar';
    await until(() => widgets(root).every((el) => langOf(el) === 'ar'), 'Arabic');
    document.documentElement.lang = 'en-GB';
    await until(() => widgets(root).every((el) => langOf(el) === 'en'), 'English');
    expect(text(shadow(widgets(root)[0]!).querySelector('[part="review-date"]'))).to.equal(
      'Last reviewed: 7 December 2026',
    );
  });

  it('formats the review date for the page language', async () => {
    document.documentElement.lang = 'en-US';
    const el = await container(html`<exercise-tips></exercise-tips>`);
    expect(text(shadow(el).querySelector('[part="review-date"]'))).to.equal('Last reviewed: December 7, 2026');
  });

  it('setLocale() switches every widget that follows the page; null follows the page again', async () => {
    const root = await page();
    await setLocale('es-AR');
    expect(getLocale()).to.equal('es');
    await nextFrame();
    for (const el of widgets(root)) expect(langOf(el), el.localName).to.equal('es');
    // The page language no longer decides while a locale is set…
    document.documentElement.lang = 'ar';
    await new Promise((r) => setTimeout(r, 50));
    expect(getLocale()).to.equal('es');
    // …until setLocale(null).
    await setLocale(null);
    expect(getLocale()).to.equal('ar');
  });

  it("lets a widget's own lang (or an ancestor's) win over the page", async () => {
    document.documentElement.lang = 'en';
    const root = await container(html`<div>
      <cause-list lang="es"></cause-list>
      <section lang="ar"><exercise-tips></exercise-tips></section>
      <faq-accordion></faq-accordion>
    </div>`);
    const [causes, section, faq] = [...root.children] as HTMLElement[];
    const tips = section!.firstElementChild!;
    await until(() => langOf(causes!) === 'es' && langOf(tips) === 'ar', 'own languages');
    expect(langOf(faq!)).to.equal('en');
    causes!.setAttribute('lang', 'ar');
    await until(() => langOf(causes!) === 'ar', 'changed own language');
    causes!.removeAttribute('lang');
    await until(() => langOf(causes!) === 'en', 'back to the page language');
  });
});
