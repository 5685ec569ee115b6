/**
 * Register a custom element once. Loading Legwise twice (two copies of the
 * script, or the npm build and the CDN script) must never throw; two
 * different versions get one warning.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    const other = (existing as unknown as { legwiseVersion?: string }).legwiseVersion ?? 'unknown';
    const mine = (constructor as unknown as { legwiseVersion?: string }).legwiseVersion ?? 'unknown';
    if (other !== mine) {
      console.warn(
        `Legwise: <${tag}> is already defined by Legwise ${other}; this copy (Legwise ${mine}) is not used. Load one version only.`,
      );
    }
  }
}
