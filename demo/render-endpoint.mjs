// The demo's server-rendering endpoint, for the embed builder's "Works without
// JavaScript" view: GET /__render?tag=faq-accordion&lang=es&open=all answers
// with the HTML that legwise/server (dist/server.js) renders for that widget,
// language and attributes. Used by `npm start` (dev-server.config.mjs) and the
// test server (tests/tools/test-server.mjs).
export async function renderEndpoint(context, next) {
  if (context.path !== '/__render') return next();
  const { render } = await import('../dist/server.js');
  const { tag, lang, ...attributes } = context.query;
  try {
    context.body = await render(String(tag), { lang: lang ? String(lang) : undefined, attributes });
    context.type = 'text/plain; charset=utf-8';
  } catch (error) {
    context.status = 400;
    context.body = error.message;
  }
  return undefined;
}
