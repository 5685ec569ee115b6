// The in-page probe of `npm run bench`, inlined as the first script of every
// benchmark page (the Legwise pages and their static-HTML twins alike, so both
// pay the same for it). A classic script: it runs before any module.
//
// window.__bench collects:
// - rendered: ms from navigation start until every widget on the page shows
//   its content (not the loading state: no [aria-busy="true"], a footer with
//   text, and content besides the footer), with style and layout done (a
//   forced synchronous layout right after the DOM is complete, so the figure
//   includes the browser's own work, on both pages alike); on pages of server
//   HTML (data-bench-server) the probe starts only after the first contentful
//   paint, so there it is not a paint time: read fcp;
// - painted: the end of the first frame after that;
// - longTasks and layout shifts (CLS) up to `settle` ms after `painted`;
// - fcp / lcp from the paint timeline;
// - hydrated (pages with data-bench-hydrate, the server HTML): ms until every
//   widget's tag is defined and its first update is done (updateComplete).
// It watches each widget's shadow root with its own MutationObserver, so the
// cost of watching grows with the mutations, not with widgets × mutations.
(() => {
  'use strict';
  const TAGS = document.documentElement.dataset.benchTags; // the widgets' tags (pages.mjs)
  const expected = Number(document.documentElement.dataset.benchWidgets || 4);
  const settle = Number(document.documentElement.dataset.benchSettle || 300);
  // A page not in English counts as rendered once every widget shows its language.
  const pageLang = document.documentElement.dataset.benchLang || undefined;
  const B = (window.__bench = { expected, longTasks: [], shifts: [], cls: 0, fcp: null, lcp: null, done: false });

  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      // Not supported by this browser: the figure stays empty.
    }
  };
  observe('longtask', (e) => B.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]));
  observe('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    B.cls += e.value;
    B.shifts.push([Math.round(e.startTime), e.value]);
  });
  let painted;
  const firstPaint = new Promise((resolve) => (painted = resolve));
  observe('paint', (e) => {
    if (e.name !== 'first-contentful-paint') return;
    B.fcp = e.startTime;
    painted();
  });
  observe('largest-contentful-paint', (e) => {
    B.lcp = e.startTime;
  });

  /** Whether one widget shows its content (in `lang`, when given). */
  const isRendered = (el, lang) => {
    const root = el.shadowRoot;
    const content = root && root.querySelector('.content');
    if (!content || content.getAttribute('aria-busy') === 'true' || content.childElementCount < 2) return false;
    if (lang && content.getAttribute('lang') !== lang) return false;
    const disclaimer = root.querySelector('[part~="disclaimer"]');
    return !!disclaimer && disclaimer.textContent.trim() !== '';
  };
  B.isRendered = isRendered;

  /**
   * Resolves with performance.now() when every element satisfies `test`.
   * One MutationObserver per shadow root; an element that is not yet
   * upgraded is watched once its tag is defined.
   */
  const whenAll = (elements, test) =>
    new Promise((resolve) => {
      let pending = elements.length;
      const settleOne = () => {
        pending -= 1;
        if (pending === 0) resolve(performance.now());
      };
      if (!pending) resolve(performance.now());
      for (const el of elements) {
        if (test(el)) {
          settleOne();
          continue;
        }
        const watch = () => {
          if (test(el)) return settleOne();
          const mo = new MutationObserver(() => {
            if (!test(el)) return;
            mo.disconnect();
            settleOne();
          });
          mo.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
        };
        if (el.shadowRoot) watch();
        else customElements.whenDefined(el.localName).then(watch);
      }
    });

  const nextFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        // A message posted from rAF is handled after the frame is produced.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );

  /** Every widget upgraded and done with its first update (Lit's updateComplete). */
  const whenHydrated = (elements) =>
    Promise.all(elements.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete))).then(() =>
      performance.now(),
    );

  // A page of server HTML (data-bench-server) shows its content with its first paint, and its
  // DOMContentLoaded comes after that paint, once the module script has run: the probe's own work
  // (the queries and the forced layout below) would then compete with the raster of the very paint
  // it times, which the static page, whose DOMContentLoaded comes before its first frame, is spared.
  // So on those pages the probe waits for the first contentful paint (at most 5 s) before it starts.
  const serverHtml = !!document.documentElement.dataset.benchServer;
  const start = async () => {
    if (serverHtml) await Promise.race([firstPaint, new Promise((resolve) => setTimeout(resolve, 5000))]);
    const elements = [...document.querySelectorAll(TAGS)];
    const hydrated = document.documentElement.dataset.benchHydrate ? whenHydrated(elements) : undefined;
    if (elements.length !== expected) {
      B.error = `expected ${expected} widgets, found ${elements.length}`;
    }
    B.dom = await whenAll(elements, (el) => isRendered(el, pageLang));
    void document.body.offsetHeight; // style and layout, now
    B.rendered = performance.now();
    B.painted = await nextFrame();
    if (hydrated) B.hydrated = await hydrated;
    setTimeout(() => {
      B.done = true;
    }, settle);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else void start();

  /**
   * Switch <html lang> and time it: ms until every widget shows `lang`
   * (DOM, then with style and layout), and how many frames the browser
   * produced in between (0: the next frame already shows the new language).
   */
  B.switchLocale = async (lang) => {
    const elements = [...document.querySelectorAll(TAGS)];
    const disclaimer = (el) => el.shadowRoot.querySelector('[part~="disclaimer"]').textContent;
    const before = new Map(elements.map((el) => [el, disclaimer(el)]));
    let frames = 0;
    let counting = true;
    const tick = () => {
      if (!counting) return;
      frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const t0 = performance.now();
    const shown = whenAll(elements, (el) => isRendered(el, lang) && disclaimer(el) !== before.get(el));
    document.documentElement.lang = lang;
    const t1 = await shown;
    void document.body.offsetHeight;
    const t2 = performance.now();
    counting = false;
    return { dom: t1 - t0, layout: t2 - t0, frames };
  };
})();
