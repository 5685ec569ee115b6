/** Legwise's version; a test checks that it matches package.json. */
export const VERSION = '0.1.0';

/** The attribute on the host that names the Legwise version that rendered it on the server. */
export const VERSION_ATTRIBUTE = 'data-legwise-version';

/** Whether `element` was rendered on the server by this version (its VERSION_ATTRIBUTE says so). */
export const isFromThisVersion = (element: Element): boolean => element.getAttribute(VERSION_ATTRIBUTE) === VERSION;
