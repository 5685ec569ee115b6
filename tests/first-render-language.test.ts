// A widget on a page in another language (here from the npm build, whose
// English is built in) waits for its translation before its first render,
// instead of showing English for a moment; the care cards show at once.
import { expect, html } from '@open-wc/testing';
import { container, recordContent, shadow, text, until } from './helpers.js';

describe('First render on a Spanish page', () => {
  it('shows the text widgets in Spanish from their first render', async () => {
    document.documentElement.lang = 'es';
    try {
      const root = await container(html`<div>
        <when-to-see-doctor region="ES"></when-to-see-doctor>
        <cause-list></cause-list>
        <exercise-tips></exercise-tips>
      </div>`);
      const [doctor, ...lazy] = [...root.children];
      await import('../src/index.js');
      // The care cards do not wait for the translation.
      expect(text(shadow(doctor!).querySelector('[part="emergency-number"]'))).to.equal('112');
      const seen = lazy.map((el) => recordContent(el, (content) => content.getAttribute('lang') ?? ''));
      await until(() => seen.every((s) => s.length > 0), 'the first render');
      expect(seen).to.deep.equal([['es'], ['es']]);
      expect(text(shadow(lazy[0]!))).to.contain('Ictus');
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});
