// When the English content chunk cannot be downloaded, the emergency advice
// still shows in full, and the other widgets say what happened: nothing blank.
import { expect, html } from '@open-wc/testing';
import { captureConsole, container, shadow, text, until } from '../helpers.js';

describe('CDN module with a chunk that fails to load', () => {
  it('keeps the emergency card and explains the rest', async () => {
    const log = captureConsole();
    try {
      const cdn = '/__fail/content-en/dist/cdn/legwise.js';
      await import(/* @vite-ignore */ cdn);
      const root = await container(html`<div>
        <when-to-see-doctor region="GB"></when-to-see-doctor>
        <cause-list></cause-list>
      </div>`);
      const [doctor, causes] = [...root.children] as HTMLElement[];
      expect(text(shadow(doctor!).querySelector('[part~="emergency"]'))).to.contain('one side of the body');
      expect(text(shadow(doctor!).querySelector('[part="emergency-number"]'))).to.equal('999');
      await until(() => !!shadow(causes!).querySelector('[part="load-error"]'), 'the load error');
      expect(text(shadow(causes!).querySelector('[part="load-error"]'))).to.contain('could not be loaded');
      expect(text(shadow(causes!).querySelector('[part="footer"]'))).to.contain('does not replace advice');
      expect(log.errors.filter((e) => e.includes('English content'))).to.have.length(1);
    } finally {
      log.restore();
    }
  });
});
