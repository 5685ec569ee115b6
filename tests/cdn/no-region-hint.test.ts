// The "no region is set" hint waits for the page to load: a site that calls
// setRegion() from its next deferred script, after the classic script, gets
// the number and no hint.
import { expect } from '@open-wc/testing';
import { openFrame, until } from '../helpers.js';

const page = (setRegion: boolean) => `<!doctype html>
<html lang="en"><head>
  <base href="${location.origin}/">
  <script>
    window.__infos = [];
    const info = console.info.bind(console);
    console.info = (...args) => { window.__infos.push(args.join(' ')); info(...args); };
  </script>
  <script defer src="/dist/cdn/legwise.classic.en.js"></script>
  ${setRegion ? '<script defer src="/tests/cdn/set-region-au.js"></script>' : ''}
</head><body><when-to-see-doctor></when-to-see-doctor><when-to-see-doctor></when-to-see-doctor></body></html>`;

describe('the no-region hint with a classic script', function () {
  this.timeout(15000);

  for (const setRegion of [true, false]) {
    it(
      setRegion
        ? 'is not given when the next deferred script sets a region'
        : 'is given once for two cards when none is set, naming the attribute and setRegion()',
      async () => {
        const frame = await openFrame({ srcdoc: page(setRegion) });
        try {
          const win = frame.contentWindow as Window & { __infos: string[] };
          const card = frame.contentDocument!.querySelector('when-to-see-doctor')!;
          const shown = () => card.shadowRoot?.textContent ?? '';
          await until(() => shown().includes(setRegion ? 'Australia' : 'local emergency number'), 'the card');
          await new Promise((r) => setTimeout(r, 100));
          const hints = win.__infos.filter((m) => m.includes('no region is set'));
          expect(hints).to.have.length(setRegion ? 0 : 1);
          if (!setRegion) expect(hints[0]).to.contain('region="GB"').and.contain("setRegion('GB')");
        } finally {
          frame.remove();
        }
      },
    );
  }
});
