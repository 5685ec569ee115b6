import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { LocaleController, formatDate } from '../localization.js';
import { LAST_REVIEWED, disclaimer, lastReviewedLabel } from '../../content/meta.js';
import { tokens } from '../styles/tokens.js';
import { VERSION } from '../version.js';

const HEADING_TAGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

export const DEFAULT_HEADING_LEVEL = 2;

/**
 * What every Legwise element shares: its language, `heading-level`, one
 * warning per unusable attribute value, and the footer.
 *
 * @cssprop --legwise-font-family - Font of the widget text. Default: the system UI font.
 * @cssprop --legwise-font-size - Base font size. Default: 1rem.
 * @cssprop --legwise-color-text - Body text colour.
 * @cssprop --legwise-color-muted - Secondary text (footer, cause pattern).
 * @cssprop --legwise-color-surface - Background of the widget.
 * @cssprop --legwise-color-border - Borders and dividers.
 * @cssprop --legwise-color-accent - Links, buttons and highlights.
 * @cssprop --legwise-color-focus - Background of the keyboard focus indicator.
 * @cssprop --legwise-color-focus-text - Text and underline of the focus indicator.
 * @cssprop --legwise-radius - Corner radius of cards and buttons.
 * @cssprop --legwise-space - Base spacing unit.
 * @csspart content - The wrapper of everything the widget shows; carries `lang` and `dir`.
 * @csspart footer - The footer: disclaimer and last-reviewed date.
 */
export abstract class LegwiseElement extends LitElement {
  static override styles = [tokens];

  /** The Legwise version that defined this element. */
  static readonly legwiseVersion: string = VERSION;

  /** The level of the widget's top headings (2–6); inner headings use the next level. */
  @property({ attribute: 'heading-level' })
  headingLevel: number | string | null = DEFAULT_HEADING_LEVEL;

  protected readonly localeController = new LocaleController(this);

  private readonly warned = new Set<string>();

  /** The tag name as written in messages, e.g. `<cause-list>`. */
  protected get tag(): string {
    return `<${this.localName}>`;
  }

  /**
   * Warn once per attribute and value that the element cannot use it.
   * `allowed` says what would work; `fallback` what the element does instead.
   */
  protected warnInvalid(attribute: string, value: unknown, allowed: string, fallback: string): void {
    const key = `${attribute}=${String(value)}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(
      `Legwise ${this.tag}: ${attribute}="${String(value)}" cannot be used; ${allowed}. ${fallback}`,
    );
  }

  /**
   * Pick items by an attribute listing ids (space- or comma-separated), in the
   * order asked. Unknown ids warn once and are skipped; if none is known, or
   * the attribute is empty, every item is returned.
   */
  protected pickByIds<T extends { readonly id: string }>(attribute: string, raw: string | null, all: readonly T[]): readonly T[] {
    const asked = splitList(raw);
    if (!asked.length) return all;
    const picked = [...new Set(asked.map((id) => all.find((item) => item.id === id)).filter((item): item is T => !!item))];
    if (picked.length !== asked.length) {
      this.warnInvalid(
        attribute,
        raw,
        `known ids: ${all.map((item) => item.id).join(', ')}`,
        picked.length ? 'Unknown ids are skipped.' : 'Showing them all.',
      );
    }
    return picked.length ? picked : all;
  }

  /** The heading level to use, validated (2–6). */
  protected get level(): number {
    const raw = this.headingLevel;
    if (raw === null || raw === undefined || raw === '') return DEFAULT_HEADING_LEVEL;
    const level = typeof raw === 'number' ? raw : Number(String(raw).trim());
    if (Number.isInteger(level) && level >= 2 && level <= 6) return level;
    this.warnInvalid(
      'heading-level',
      raw,
      'use a whole number from 2 to 6',
      `Using ${DEFAULT_HEADING_LEVEL}.`,
    );
    return DEFAULT_HEADING_LEVEL;
  }

  /** A heading at the widget's level plus `offset` (capped at 6). */
  protected heading(offset: 0 | 1, content: unknown, part: string, id?: string): TemplateResult {
    const tag = HEADING_TAGS[Math.min(this.level + offset, 6)]!;
    return staticHtml`<${tag} part=${part} id=${id ?? ''} class=${offset ? 'sub-heading' : ''}>${content}</${tag}>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Validate early so a bad value warns even before the first render.
    if (changed.has('headingLevel')) void this.level;
  }

  protected override render(): TemplateResult {
    return this.localeController.render(
      () => html`<div part="content" class="content" lang=${this.localeController.locale} dir=${this.localeController.dir}>
        ${this.renderContent()} ${this.renderFooter()}
      </div>`,
    );
  }

  /** The widget's own content, rendered in its locale. */
  protected abstract renderContent(): unknown;

  private renderFooter(): TemplateResult {
    const date = formatDate(LAST_REVIEWED, this.localeController.formattingTag);
    return html`<div part="footer" class="footer">
      <p part="disclaimer">${disclaimer()}</p>
      <p part="review-date">${lastReviewedLabel(date)}</p>
    </div>`;
  }
}

/** Split an attribute value into its words (spaces or commas between them). */
export function splitList(raw: string | null | undefined): string[] {
  return raw === null || raw === undefined ? [] : String(raw).split(/[\s,]+/).filter(Boolean);
}

/**
 * Register a custom element once. Loading Legwise twice (two copies of the
 * script, or the npm build and the CDN script) must never throw.
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
