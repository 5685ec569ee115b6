import {
  LitElement,
  isServer,
  type CSSResultArray,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { LocaleController } from '../i18n/locale-controller.js';
import type { SourceList } from '../../content/types.js';
import {
  DEFAULT_HEADING_LEVEL,
  INVALID,
  parseHeadingLevel,
  parseTheme,
  pickByIds,
  Warnings,
} from '../internal/attributes.js';
import { EmergencyContrastController } from '../internal/emergency-contrast.js';
import { PrintSourcesController } from '../internal/print-sources.js';
import { heading } from '../internal/headings.js';
import { baseStyles } from '../styles/base.styles.js';
import { renderFooter, siteSignOff } from './footer.js';
import { EmergencyContacts } from './emergency-call.js';
import { emergencyCallStyles } from './emergency-call.styles.js';
import { renderFrame } from './frame.js';
import { VERSION, VERSION_ATTRIBUTE } from '../version.js';
import { isHydrating, takeOverRenderRoot, updateOrRenderAfresh } from '../internal/hydration.js';
import { afterFirstPaint } from '../internal/first-paint.js';

export { DEFAULT_HEADING_LEVEL };

/** The values of the `theme` attribute; `auto` (or no attribute) follows `prefers-color-scheme`. */
export type LegwiseTheme = NonNullable<LegwiseElement['theme']>;

/** The values of `heading-level`, as a number or as the attribute's text. */
export type HeadingLevel = LegwiseElement['headingLevel'];

/**
 * What every Legwise element shares: its language, `heading-level`, `theme`,
 * `region` (whom to call in an emergency: emergency-call.ts), one warning per
 * unusable attribute value, the emergency contrast guard
 * (src/internal/emergency-contrast.ts), and the footer.
 *
 * Colour defaults are given as light / dark; the dark ones apply with
 * `theme="dark"`, or with no `theme` when the reader's system prefers dark.
 *
 * @attr {string} reviewed-by - The name of the person at your organisation who approved this content for your site (for example a doctor), shown in the footer. Default: none.
 * @attr {string} reviewed-on - The date they approved it, as YYYY-MM-DD, shown with `reviewed-by`. Default: none.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour scheme: `light` or `dark` forces one; `auto` or no attribute follows `prefers-color-scheme`. Default: auto.
 * @cssprop {<family-name>#} [--legwise-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif] - Font of the widget text.
 * @cssprop {<length>} [--legwise-font-size=1rem] - Base font size; every other size is relative to it. Use rem or em so readers can zoom text.
 * @cssprop {<color>} [--legwise-color-text=#212b32] - Body text colour (dark: #e8edee). Also the colour of the focus outline. Keep 4.5:1 with the surface.
 * @cssprop {<color>} [--legwise-color-muted=#4c6272] - Secondary text: footer, cause pattern tags (dark: #aeb7bd). Keep 4.5:1 with the surface.
 * @cssprop {<color>} [--legwise-color-surface=#ffffff] - Background of the widget and its cards (dark: #1b2329).
 * @cssprop {<color>} [--legwise-color-border=#aeb7bd] - Borders and dividers (dark: #768692).
 * @cssprop {<color>} [--legwise-color-accent=#005eb8] - Links and accordion questions (dark: #7ab8f0). Keep 4.5:1 with the surface.
 * @cssprop {<color>} [--legwise-color-focus=#ffeb3b] - Fill of the keyboard focus indicator (same in dark).
 * @cssprop {<color>} [--legwise-color-focus-text=#0b0c0c] - Text on the focus fill (same in dark). Keep 4.5:1 with the focus fill.
 * @cssprop {<length>} [--legwise-radius=4px] - Corner radius of cards and the emergency number.
 * @cssprop {<length>} [--legwise-space=1rem] - Base spacing unit.
 * @cssprop {<color>} [--legwise-color-emergency=#d5281b] - Emergency tier: heading and number background, card border (same in dark). Ignored, with one warning, when it gives less than 4.5:1 with the emergency text.
 * @cssprop {<color>} [--legwise-color-emergency-text=#ffffff] - Emergency tier: text on the emergency colour (same in dark). Ignored, with one warning, when it gives less than 4.5:1 with the emergency colour.
 * @cssprop {<color>} [--legwise-color-urgent=#d5281b] - Urgent tier edge, and the edge of the exercise safety note (dark: #ff7b6f).
 * @cssprop {<color>} [--legwise-color-routine=#005eb8] - Routine tier edge (dark: #5b9bd5).
 * @fires {CustomEvent<EmergencyCallDetail>} emergency-call - The reader activated an emergency number link; `detail` has the `region` and the `number`. Bubbles and is composed.
 * @csspart emergency-number - An emergency phone number link (shown only when a region is known).
 * @csspart content - The wrapper of everything the widget shows; carries `lang` and `dir`.
 * @csspart footer - The footer: disclaimer and last-reviewed date.
 * @csspart disclaimer - The disclaimer in the footer.
 * @csspart review-date - The last-reviewed date in the footer.
 * @csspart next-review - The date the content is due for its next review, in the footer.
 * @csspart review-kind - How the content was checked, in the footer.
 * @csspart site-review - Your organisation's own sign-off (`reviewed-by`, `reviewed-on`), in the footer.
 * @csspart sources - The collapsed list of public pages the content relies on, in the footer.
 * @csspart load-error - The message shown instead of the content when it could not be loaded.
 */
export abstract class LegwiseElement extends LitElement {
  static override styles: CSSResultArray = [...baseStyles, emergencyCallStyles];

  // Reactive properties are declared here rather than with decorators: the
  // decorator helpers cost bytes and start-up time (see BENCHMARKS.md).
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    theme: {},
    reviewedBy: { attribute: 'reviewed-by' },
    reviewedOn: { attribute: 'reviewed-on' },
    region: { reflect: true },
  };

  /** The Legwise version that defined this element. */
  static readonly legwiseVersion: string = VERSION;

  /** The level of the widget's top headings (2–6); inner headings use the next level. */
  headingLevel: 2 | 3 | 4 | 5 | 6 | '2' | '3' | '4' | '5' | '6' = DEFAULT_HEADING_LEVEL;

  /**
   * The colour scheme: `light` or `dark` forces one; `auto`, or no attribute,
   * follows the reader's `prefers-color-scheme`.
   */
  theme: 'auto' | 'light' | 'dark' | null = null;

  /** The name of the person at the publishing organisation who approved the content for the site. */
  reviewedBy: string | null = null;

  /** The date of that approval, as YYYY-MM-DD. */
  reviewedOn: string | null = null;

  /** ISO 3166-1 alpha-2 code(s) whose emergency number the widget shows (`GB`, `GB IE`); else setRegion()'s. */
  region: string | null = null;

  /** The public pages this widget's content relies on, listed in the footer, and the name of that list. */
  protected get contentSources(): SourceList | undefined {
    return undefined;
  }

  protected readonly localeController = new LocaleController(this, {
    showsLoading: (this.constructor as typeof LegwiseElement).usesLazyContent,
  });

  private readonly warnings = new Warnings();

  private readonly contrastGuard = new EmergencyContrastController(this, (key, message) =>
    this.warnings.once(key, message),
  );

  /** Whom to call in an emergency: the `region` attribute, else `setRegion()`'s. */
  protected readonly emergency = new EmergencyContacts(
    this,
    () => this.region,
    (...w) => this.warnInvalid(...w),
  );

  /** Opens the sources while the page prints. */
  protected readonly printSources = new PrintSourcesController(this);

  /** The tag name as written in messages, e.g. `<cause-list>`. */
  protected get tag(): string {
    return `<${this.localName}>`;
  }

  /**
   * Warn once per attribute and value that the element cannot use it.
   * `allowed` says what would work; `fallback` what the element does instead.
   */
  protected warnInvalid(attribute: string, value: unknown, allowed: string, fallback: string): void {
    this.warnings.invalid(this.tag, attribute, value, allowed, fallback);
  }

  /** Items by an attribute's ids, in the order asked; unknown ids warn once (see pickByIds in attributes.ts). */
  protected pickByIds<T extends { readonly id: string }>(
    attribute: string,
    raw: string | null,
    all: readonly T[],
  ): readonly T[] {
    return pickByIds(raw, all, (fallback) =>
      this.warnInvalid(attribute, raw, `known ids: ${all.map((item) => item.id).join(', ')}`, fallback),
    );
  }

  /** The heading level to use, validated (2–6). */
  protected get level(): number {
    return (
      parseHeadingLevel(this.headingLevel) ?? this.invalid('heading-level', this.headingLevel, DEFAULT_HEADING_LEVEL)
    );
  }

  /** A heading at the widget's level plus `offset` (capped at 6). */
  protected heading(offset: 0 | 1, content: unknown, part: string, id?: string): TemplateResult {
    return heading(Math.min(this.level + offset, 6), part, id ?? '', offset ? 'sub-heading' : '', content);
  }

  /** The colour scheme in use, validated: `auto` follows `prefers-color-scheme`. */
  get resolvedTheme(): LegwiseTheme {
    return parseTheme(this.theme) ?? this.invalid('theme', this.theme, 'auto');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (isServer) {
      this.localeController.resolveOnServer();
      // Whatever renders it on the server (legwise/server, a static-site builder's Lit SSR) marks its version.
      this.setAttribute(VERSION_ATTRIBUTE, VERSION);
    }
    // Validate early so a bad value warns even before the first render.
    if (changed.has('headingLevel')) void this.level;
    if (changed.has('theme')) void this.resolvedTheme;
  }

  /** Reuses server HTML of this version through Lit's hydration; clears any other (src/internal/hydration.ts). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return takeOverRenderRoot(this, () => super.createRenderRoot());
  }

  protected override update(changed: PropertyValues): void {
    updateOrRenderAfresh(this, () => super.update(changed), this.localeController.locale);
  }

  /**
   * Holds back the first render of a widget whose text is still loading, for at most a second
   * (LocaleController.whenReady()), so that it renders once, with its text, and the page does not
   * lay out twice (BENCHMARKS.md). The care cards never wait, unless they hydrate server HTML: such
   * a widget waits for the first paint and for its text, however long (the server's copy shows).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    const hydrating = isHydrating(this);
    const waits = [
      hydrating && afterFirstPaint(),
      hydrating
        ? this.localeController.whenReady(null)
        : (this.constructor as typeof LegwiseElement).usesLazyContent && this.localeController.whenReady(),
    ].filter((wait): wait is Promise<void> => !!wait);
    return waits.length ? Promise.all(waits).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Whether the content comes from the CDN builds' lazily loaded English (the care cards' does not). */
  protected static readonly usesLazyContent: boolean = true;

  protected override render(): TemplateResult {
    const controller = this.localeController;
    return controller.render(() =>
      renderFrame({
        theme: this.resolvedTheme,
        lang: controller.locale,
        dir: controller.dir,
        status: (this.constructor as typeof LegwiseElement).usesLazyContent ? controller.status : 'ready',
        onTransition: this.contrastGuard.onTransition,
        content: () => this.renderContent(),
        footer: renderFooter({
          tag: controller.formattingTag,
          ...siteSignOff(this.reviewedBy, this.reviewedOn, (allowed, instead) =>
            this.warnInvalid('reviewed-on', this.reviewedOn, allowed, instead),
          ),
          sources: this.contentSources,
        }),
      }),
    );
  }

  /** The widget's own content, rendered in its locale. */
  protected abstract renderContent(): unknown;

  /** Warn (once) that `attribute`'s `value` cannot be used, saying what works (INVALID), and return `fallback`. */
  private invalid<T>(attribute: keyof typeof INVALID, value: unknown, fallback: T): T {
    const [allowed, instead] = INVALID[attribute];
    this.warnInvalid(attribute, value, allowed, instead);
    return fallback;
  }
}
