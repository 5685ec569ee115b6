/**
 * render()'s check of its options, before anything renders: a wrong type is
 * an error that says what was given (not a TypeError from deep inside), and
 * an option render() does not know (a typo such as `atributes`) warns.
 */
const OPTIONS = ['attributes', 'lang', 'structuredData'];

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `${typeof value} ${JSON.stringify(value)}`;

/** Throws a TypeError for options of the wrong shape; warns (console.warn) of unknown option names. */
export function checkOptions(options: unknown): void {
  const fail = (what: string, value: unknown): never => {
    throw new TypeError(`Legwise render(): ${what}; got ${describe(value)}.`);
  };
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    fail('the options are an object such as { lang: "es", attributes: { region: "ES" } }', options);
  const { attributes, lang } = options as Record<string, unknown>;
  if (attributes !== undefined && (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)))
    fail('attributes is an object of name and value, such as { region: "GB", "heading-level": 3 }', attributes);
  if (lang !== undefined && typeof lang !== 'string') fail('lang is a language tag such as "es-MX"', lang);
  for (const name of Object.keys(options as object)) {
    if (!OPTIONS.includes(name))
      console.warn(`Legwise render(): there is no option "${name}"; the options are ${OPTIONS.join(', ')}.`);
  }
}
