// On an English page the CDN module starts downloading the English content
// as soon as the script runs, not when the first widget connects: one
// request fewer on the way to the first render.
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

const requested = () => performance.getEntriesByType('resource').map((e) => e.name);

describe('CDN module on an English page', () => {
  it('requests the English content before any widget is on the page', async () => {
    document.documentElement.lang = 'en-GB';
    expect(document.querySelector('cause-list, faq-accordion, exercise-tips, when-to-see-doctor')).to.equal(null);
    const script = '/dist/cdn/legwise.js';
    await import(/* @vite-ignore */ script);
    await until(
      () => requested().some((r) => /\/chunks\/content-en-[^/]+\.js$/.test(r)),
      'the English content request',
    );
    // Only its own files: nothing else is fetched ahead.
    expect(requested().filter((r) => /\/dist\/cdn\//.test(r) && !/legwise\.js$|content-en-/.test(r))).to.deep.equal([]);
  });
});
