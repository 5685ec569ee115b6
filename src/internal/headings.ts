import { html, type TemplateResult } from 'lit';

/**
 * A heading of each level, one template each. Performance and size: plain
 * templates instead of lit/static-html's tag-name bindings, which build a key
 * from the strings on every call and add 0.2 KB gzip (BENCHMARKS.md).
 */
type Heading = (part: string, id: string, className: string, content: unknown) => TemplateResult;
const HEADINGS: Record<number, Heading> = {
  2: (part, id, className, content) => html`<h2 part=${part} id=${id} class=${className}>${content}</h2>`,
  3: (part, id, className, content) => html`<h3 part=${part} id=${id} class=${className}>${content}</h3>`,
  4: (part, id, className, content) => html`<h4 part=${part} id=${id} class=${className}>${content}</h4>`,
  5: (part, id, className, content) => html`<h5 part=${part} id=${id} class=${className}>${content}</h5>`,
  6: (part, id, className, content) => html`<h6 part=${part} id=${id} class=${className}>${content}</h6>`,
};

/** A heading element of `level` (2–6) with its part, id and class. */
export function heading(level: number, part: string, id: string, className: string, content: unknown): TemplateResult {
  return HEADINGS[level]!(part, id, className, content);
}
