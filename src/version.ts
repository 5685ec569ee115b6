/** Legwise's version; a test checks that it matches package.json. */
export const VERSION = '0.1.0';

/** The attribute on the host that names the Legwise version that rendered it on the server. */
export const VERSION_ATTRIBUTE = 'data-legwise-version';
