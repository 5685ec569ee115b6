import type { LegwiseTag } from './tags.js';

let held: Promise<void> | undefined;

/**
 * Define no element until `until` settles (the CDN modules' lazy hydrate
 * support, src/internal/lazy-hydrate-support.ts); then define them, whether it
 * loaded or not.
 */
export function holdDefinitions(until: Promise<void>): void {
  const release = () => {
    held = undefined;
  };
  held = until.then(release, (error: unknown) => {
    release();
    console.warn(`Legwise: the hydrate support did not load (${String(error)}); the widgets render afresh.`);
  });
}

/**
 * Register a custom element once. Loading Legwise twice (two copies of the
 * script, or the npm build and the CDN script) must never throw; two
 * different versions get one warning. `tag` must be one of TAGS (tags.ts): a
 * misspelt tag does not compile.
 */
export function defineElement(tag: LegwiseTag, constructor: CustomElementConstructor): void {
  if (held) {
    void held.then(() => defineElement(tag, constructor));
    return;
  }
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
