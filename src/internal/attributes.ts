/** Helpers for reading attribute values and quoting them in warnings. */

/** Whether an attribute was given a value (not absent, not blank). */
export const hasValue = (raw: unknown): boolean => raw !== null && raw !== undefined && String(raw).trim() !== '';

/** A value as shown in a warning: at most 80 characters, so a huge value cannot flood the console. */
export function quoteValue(value: unknown): string {
  const text = String(value);
  return text.length > 80 ? `${text.slice(0, 80)}… (${text.length} characters)` : text;
}

/** Split an attribute value into its words (spaces or commas between them). */
export function splitList(raw: string | null | undefined): string[] {
  return String(raw ?? '')
    .split(/[\s,]+/)
    .filter(Boolean);
}

/**
 * Pick items by a list of ids (space- or comma-separated, in any case), in
 * the order asked. When some id is unknown, `warn` gets what is done instead: unknown
 * ids are skipped, or, if none is known, every item is returned (as it is
 * for an empty list).
 */
export function pickByIds<T extends { readonly id: string }>(
  raw: string | null | undefined,
  all: readonly T[],
  warn: (fallback: string) => void,
): readonly T[] {
  const asked = splitList(raw);
  if (!asked.length) return all;
  const picked = [
    ...new Set(asked.map((id) => all.find((item) => item.id === id.toLowerCase())).filter((item): item is T => !!item)),
  ];
  if (picked.length !== asked.length) warn(picked.length ? 'Unknown ids are skipped.' : 'Showing them all.');
  return picked.length ? picked : all;
}

/** Up to three values, each quoted and cut short, for a message: `"a", "b", "c" …`. */
export const quoteList = (values: readonly string[]): string =>
  values
    .slice(0, 3)
    .map((v) => `"${quoteValue(v)}"`)
    .join(', ') + (values.length > 3 ? ' …' : '');

/** `value` if it is a real date written YYYY-MM-DD (after trimming), else `undefined`. */
export function isoDate(value: unknown): string | undefined {
  const text = String(value).trim();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : undefined;
  return date && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : undefined;
}

/** A heading level from a property or attribute value: 2–6, `fallback` for none, else `undefined`. */
export function parseHeadingLevel(raw: unknown, fallback = DEFAULT_HEADING_LEVEL): number | undefined {
  if (raw === null || raw === undefined || raw === '') return fallback;
  const level = typeof raw === 'number' ? raw : Number(String(raw).trim());
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : undefined;
}

export const DEFAULT_HEADING_LEVEL = 2;

/** For each attribute the base element validates: what works, and what it does with a value that does not. */
export const INVALID = {
  'heading-level': ['use a whole number from 2 to 6', `Using ${DEFAULT_HEADING_LEVEL}.`],
  theme: [
    'use "light" or "dark", or "auto" (or no attribute) to follow the reader\'s colour scheme',
    "Following the reader's colour scheme.",
  ],
  'reviewed-on': ['use a date written as YYYY-MM-DD, such as 2026-12-01', 'The date is not shown.'],
} as const;

/** A `reviewed-on` date with no `reviewed-by`: whose sign-off would it be? */
export const NEEDS_REVIEWER = [
  'it needs reviewed-by, the name of who approved the content',
  'Nothing is shown.',
] as const;

const THEMES = ['auto', 'light', 'dark'] as const;

/** A theme from a property or attribute value (any case; none is `auto`), else `undefined`. */
export function parseTheme(raw: unknown): (typeof THEMES)[number] | undefined {
  if (!hasValue(raw)) return 'auto';
  const theme = String(raw).trim().toLowerCase();
  return THEMES.find((t) => t === theme);
}

/**
 * The console warnings of one widget, each said once: a value it cannot use
 * warns on the first render that meets it, not on every render.
 */
export class Warnings {
  private readonly said = new Set<string>();

  /** Log `message` once per `key`. */
  once(key: string, message: string): void {
    if (!this.said.has(key)) console.warn(message);
    this.said.add(key);
  }

  /**
   * Warn once per attribute and value that the widget `tag` (as written in
   * messages, e.g. `<cause-list>`) cannot use it: what would work, and what it does instead.
   */
  invalid(tag: string, attribute: string, value: unknown, allowed: string, fallback: string): void {
    const message = `Legwise ${tag}: ${attribute}="${quoteValue(value)}" cannot be used; ${allowed}. ${fallback}`;
    this.once(`${attribute}=${String(value)}`, message);
  }
}
