import { VERSION } from './generated/build-names.js';

/** Legwise's version (package.json's, written into src/generated/build-names.ts by the build). */
export { VERSION };

/** The attribute on the host that names the Legwise version that rendered it on the server. */
export const VERSION_ATTRIBUTE = 'data-legwise-version';

/** Whether `element` was rendered on the server by this version (its VERSION_ATTRIBUTE says so). */
export const isFromThisVersion = (element: Element): boolean => element.getAttribute(VERSION_ATTRIBUTE) === VERSION;
