// A site's own deferred script after the classic Legwise script: the earliest
// point at which window.Legwise exists (tests/cdn/no-region-hint.test.ts).
window.Legwise.setRegion('AU');
