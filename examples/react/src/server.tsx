// The server entry: the page's HTML, with React's server renderer and the
// widget's HTML from legwise/server (a Next.js server component does the same).
import { renderToString } from 'react-dom/server';
import { render } from 'legwise/server';
import { Advice } from './Advice';

export async function page(clientScript: string): Promise<string> {
  const card = await render('when-to-see-doctor', { attributes: { region: 'GB' }, lang: 'en-GB' });
  const app = renderToString(<Advice card={card} />);
  const props = JSON.stringify({ card }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Legwise with React</title>
<script type="module" src="${clientScript}"></script></head>
<body><div id="root">${app}</div>
<script type="application/json" id="props">${props}</script></body>
</html>
`;
}
