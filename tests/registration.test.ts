import { expect, html } from '@open-wc/testing';
import * as legwise from '../src/index.js';
import { CauseList } from '../src/classes.js';
import { defineElement } from '../src/internal/define.js';
import { captureConsole, container, shadow, TAGS, text } from './helpers.js';

describe('registration', () => {
  it('defines the four tags', () => {
    for (const tag of TAGS) {
      expect(customElements.get(tag), tag).to.exist;
    }
  });

  it('does not throw when a tag is registered again', async () => {
    const log = captureConsole();
    try {
      expect(() => defineElement('cause-list', CauseList)).to.not.throw();
      expect(() => defineElement('cause-list', class extends CauseList {})).to.not.throw();
      // Same version: nothing to warn about.
      expect(log.warnings).to.have.length(0);
      class Other extends CauseList {
        static override readonly legwiseVersion = '9.9.9';
      }
      defineElement('cause-list', Other);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('9.9.9').and.contain(legwise.VERSION);
    } finally {
      log.restore();
    }
  });

  it('lets an app register a class under its own tag name', async () => {
    customElements.define('my-causes', class extends CauseList {});
    const el = await container(html`<my-causes category="muscular"></my-causes>`);
    expect(text(shadow(el))).to.contain('Muscle causes');
  });

  it('VERSION matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(legwise.VERSION).to.equal(pkg.version);
  });
});
