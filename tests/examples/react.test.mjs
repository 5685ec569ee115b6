// The React example (examples/react/): React's server renderer (react-dom/
// server) with the widget's HTML from legwise/server inside it, as the
// Next.js recipe in examples/README.md does in a server component, and a
// client bundle (Vite) that hydrates the page. Builds it from the npm build in
// dist/ (run `npm run build` first) and checks the HTML a reader gets before
// any script runs. The browser test (react-hydration.test.ts) loads the page.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
let page;

before(() => {
  execFileSync(process.execPath, [`${root}examples/react/build.mjs`], { cwd: root, stdio: 'pipe' });
  page = readFileSync(`${root}examples/react/_site/index.html`, 'utf8');
});

test('the React page carries the card in a declarative shadow root, inside the React root', () => {
  const rootAt = page.indexOf('<div id="root">');
  const cardAt = page.indexOf('<when-to-see-doctor');
  assert.ok(rootAt !== -1 && cardAt > rootAt, 'the card is inside the React root');
  assert.match(page.slice(cardAt, cardAt + 300), /<template shadowroot="open" shadowrootmode="open">/);
  assert.match(page, /Get emergency help now/);
  assert.match(page, /href="tel:999"/);
  assert.equal(page.match(/<when-to-see-doctor[\s>]/g)?.length, 1, 'one card');
});

test('the page loads one client bundle, and hands React the same card as JSON', () => {
  assert.equal(page.match(/<script type="module"/g)?.length, 1);
  const props = JSON.parse(/<script type="application\/json" id="props">([\s\S]*?)<\/script>/.exec(page)[1]);
  assert.match(props.card, /^<when-to-see-doctor/);
});
