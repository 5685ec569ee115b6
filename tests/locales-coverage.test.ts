// Every shipped language, all four widgets: accessible, and fully translated.
import { expect } from '@open-wc/testing';
import { supportedLocales } from '../src/index.js';
import { loaders, type TargetLocale } from '../src/locale-loaders.js';
import { all, langOf, shadow, text, until } from './helpers.js';
import { page, resetPageLanguage, widgets } from './locale-page.js';

type Templates = Record<string, unknown>;

describe('locales: coverage', () => {
  afterEach(resetPageLanguage);

  it('is accessible in every shipped locale', async function () {
    // Ten axe runs over four whole widgets: over the 10 s default when the
    // three engines share two cores (seen once in CI), as in tests/a11y/.
    this.timeout(40000);
    for (const locale of supportedLocales) {
      document.documentElement.lang = locale;
      const root = await page();
      await until(() => widgets(root).every((el) => langOf(el) === locale), locale);
      // One axe run over the four widgets (and their shadow trees): the same
      // nodes and rules as one run per widget, in half the time, which matters
      // with three engines sharing two cores.
      await expect(root).to.be.accessible();
    }
  });

  it('translates every string of every widget in every language (no English left)', async () => {
    const translated = supportedLocales.filter((l): l is TargetLocale => l !== 'en');
    // Every shipped translation, and nothing else (the npm build carries no pseudo-locale).
    expect([...translated].sort()).to.deep.equal(Object.keys(loaders).sort());
    for (const locale of translated) {
      const templates = (await loaders[locale]!()).templates as Templates;
      document.documentElement.lang = locale;
      const root = await page();
      await until(() => widgets(root).every((el) => langOf(el) === locale), locale);
      const shown = widgets(root)
        .map((el) => text(shadow(el)))
        .join(' ');
      expect(shown)
        .to.not.contain('Nerve and brain', locale)
        .and.not.contain('Get checked first')
        .and.not.contain('does not replace');
      expect(Object.keys(templates).length).to.be.greaterThan(100);
      for (const item of all(widgets(root)[1]!, '[part="question"]'))
        expect(text(item)).to.not.match(/^(When|Can|Are|What|How)\b/);
    }
  });
});
