// A page's own module that sets the page-wide region as it loads Legwise
// (legwise.js), before the widgets take their server HTML over
// (tests/ssr/hydration.test.ts, SSR_SCRIPTS['module-set-region']).
import { setRegion } from '/dist/cdn/legwise.js';

setRegion('GB');
