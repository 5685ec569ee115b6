/** Helpers for reading attribute values and quoting them in warnings. */

/** A value as shown in a warning: at most 80 characters, so a huge value cannot flood the console. */
export function quoteValue(value: unknown): string {
  const text = String(value);
  return text.length > 80 ? `${text.slice(0, 80)}… (${text.length} characters)` : text;
}

/** Split an attribute value into its words (spaces or commas between them). */
export function splitList(raw: string | null | undefined): string[] {
  return raw === null || raw === undefined
    ? []
    : String(raw)
        .split(/[\s,]+/)
        .filter(Boolean);
}
