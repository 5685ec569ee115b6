// Loaded first by the test pages: records what the page must never see, for
// the test that opens the page in an iframe to read.
window.__probe = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.__probe.violations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
});
window.addEventListener('error', (event) => {
  window.__probe.errors.push(`uncaught: ${event.message}`);
});
window.addEventListener('unhandledrejection', (event) => {
  window.__probe.errors.push(`unhandled rejection: ${String(event.reason)}`);
});
const consoleError = console.error;
console.error = (...args) => {
  window.__probe.errors.push(args.map(String).join(' '));
  consoleError.apply(console, args);
};
// When each Legwise tag is defined (ms from the page's start), and whether the
// page's first contentful paint was on screen by then.
window.__probe.defined = {};
for (const tag of ['cause-list', 'faq-accordion', 'when-to-see-doctor', 'exercise-tips']) {
  customElements.whenDefined(tag).then(() => {
    const painted = performance.getEntriesByName('first-contentful-paint').length > 0;
    window.__probe.defined[tag] = { at: performance.now(), painted };
  });
}
