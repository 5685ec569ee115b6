import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController, formatDate } from '../localization.js';
import {
  LAST_REVIEWED,
  NEXT_REVIEW,
  disclaimer,
  lastReviewedLabel,
  loadError,
  nextReviewLabel,
  reviewKind,
  siteReviewLabel,
  siteReviewerLabel,
  sourcesLabel,
} from '../../content/meta.js';
import type { Source } from '../../content/types.js';
import { EMERGENCY_MIN_CONTRAST, tokens } from '../styles/tokens.js';
import { VERSION } from '../version.js';

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

export const DEFAULT_HEADING_LEVEL = 2;

/**
 * How long a widget's first render may wait for its text to arrive before it
 * shows its loading state (the footer, with the content marked busy).
 */
const FIRST_RENDER_WAIT_MS = 1000;

/** The values of the `theme` attribute; `auto` (or no attribute) follows `prefers-color-scheme`. */
export type LegwiseTheme = 'auto' | 'light' | 'dark';
const THEMES: readonly LegwiseTheme[] = ['auto', 'light', 'dark'];

/** The class on `.content` that makes the emergency pair fall back to its defaults. */
const EMERGENCY_GUARD_CLASS = 'guard-emergency';
const EMERGENCY_TOKEN = '--legwise-color-emergency';
const EMERGENCY_TEXT_TOKEN = '--legwise-color-emergency-text';

/**
 * What every Legwise element shares: its language, `heading-level`, `theme`,
 * one warning per unusable attribute value, the emergency contrast guard, and
 * the footer.
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
  static override styles = [tokens];

  // Reactive properties are declared here rather than with decorators: the
  // decorator helpers cost bytes and start-up time (see BENCHMARKS.md).
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    theme: {},
    reviewedBy: { attribute: 'reviewed-by' },
    reviewedOn: { attribute: 'reviewed-on' },
  };

  /** The Legwise version that defined this element. */
  static readonly legwiseVersion: string = VERSION;

  /** The level of the widget's top headings (2–6); inner headings use the next level. */
  headingLevel: number | string | null = DEFAULT_HEADING_LEVEL;

  /**
   * The colour scheme: `light` or `dark` forces one; `auto`, or no attribute,
   * follows the reader's `prefers-color-scheme`.
   */
  theme: string | null = null;

  /** The name of the person at the publishing organisation who approved the content for the site. */
  reviewedBy: string | null = null;

  /** The date of that approval, as YYYY-MM-DD. */
  reviewedOn: string | null = null;

  /** The public pages this widget's content relies on, listed in the footer. */
  protected get contentSources(): readonly Source[] {
    return [];
  }

  protected readonly localeController = new LocaleController(this, {
    showsLoading: (this.constructor as typeof LegwiseElement).usesLazyContent,
  });

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
    this.warnOnce(
      `${attribute}=${String(value)}`,
      `Legwise ${this.tag}: ${attribute}="${quoteValue(value)}" cannot be used; ${allowed}. ${fallback}`,
    );
  }

  /** Log `message` once per `key` for this element. */
  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(message);
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
    return HEADINGS[Math.min(this.level + offset, 6)]!(part, id ?? '', offset ? 'sub-heading' : '', content);
  }

  /** The colour scheme in use, validated: `auto` follows `prefers-color-scheme`. */
  get resolvedTheme(): LegwiseTheme {
    const raw = this.theme;
    if (raw === null || raw === undefined || String(raw).trim() === '') return 'auto';
    const theme = String(raw).trim().toLowerCase();
    if ((THEMES as readonly string[]).includes(theme)) return theme as LegwiseTheme;
    this.warnInvalid(
      'theme',
      raw,
      'use "light" or "dark", or "auto" (or no attribute) to follow the reader\'s colour scheme',
      'Following the reader\'s colour scheme.',
    );
    return 'auto';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Validate early so a bad value warns even before the first render.
    if (changed.has('headingLevel')) void this.level;
    if (changed.has('theme')) void this.resolvedTheme;
  }

  /**
   * Holds back the first render of a widget whose text is still loading (the
   * English content of the CDN builds, or a translation), for at most
   * FIRST_RENDER_WAIT_MS, so that it renders once, with its text, instead of
   * an empty loading state first and its content a moment later (the page
   * lays out twice and shifts). Performance: see BENCHMARKS.md. The care
   * cards never wait: they render at once, always.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wait =
      this.hasUpdated || !(this.constructor as typeof LegwiseElement).usesLazyContent
        ? undefined
        : this.localeController.whenReady(FIRST_RENDER_WAIT_MS);
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    LegwiseElement.checkContrastSoon(this);
  }

  /**
   * Widgets rendered in the current batch of microtasks whose emergency
   * contrast check is due. Performance: the check reads computed style, which
   * makes the browser recalculate styles at once; run inside each widget's
   * `updated()`, widgets rendering together forced one recalculation each,
   * each walking the page (with 100 of each widget, 200 recalculations and
   * 200–300 ms of about 1.8 s; see BENCHMARKS.md). Queued as one microtask,
   * the checks run after every widget of the batch has rendered, before
   * `updateComplete` resolves and before the browser paints: no frame shows
   * an unchecked pair, and the first check pays for the one recalculation.
   */
  private static readonly contrastChecksDue = new Set<LegwiseElement>();

  private static checkContrastSoon(element: LegwiseElement): void {
    const due = LegwiseElement.contrastChecksDue;
    if (due.size === 0) {
      queueMicrotask(() => {
        for (const el of due) {
          due.delete(el);
          // A widget removed meanwhile is checked again when it is re-attached.
          if (el.isConnected) el.checkEmergencyContrast();
        }
      });
    }
    due.add(element);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved to another place in the page: the inherited tokens may differ.
    if (this.hasUpdated) void this.updateComplete.then(() => this.checkEmergencyContrast());
  }

  /**
   * Whether the widget's content comes from the lazily loaded English content
   * of the CDN builds. The care cards do not: they render at once, always.
   */
  protected static readonly usesLazyContent: boolean = true;

  protected override render(): TemplateResult {
    const controller = this.localeController;
    const theme = this.resolvedTheme;
    // A plain class binding: when the theme changes it replaces the contrast
    // guard's class, which updated() then puts back if it is still needed.
    return controller.render(() => {
      const status = (this.constructor as typeof LegwiseElement).usesLazyContent ? controller.status : 'ready';
      return html`<div
        part="content"
        class="content theme-${theme}"
        lang=${controller.locale}
        dir=${controller.dir}
        aria-busy=${status === 'loading' ? 'true' : nothing}
        @transitionend=${this.onContentTransition}
      >
        ${status === 'ready'
          ? this.renderContent()
          : status === 'failed'
            ? html`<p part="load-error" role="alert">${loadError()}</p>`
            : nothing}
        ${this.renderFooter()}
      </div>`;
    });
  }

  /** The widget's own content, rendered in its locale. */
  protected abstract renderContent(): unknown;

  /** The content wrapper's resolved colours changed (a token, the theme or the colour scheme). */
  private onContentTransition(event: TransitionEvent): void {
    if (event.target === event.currentTarget) this.checkEmergencyContrast();
  }

  /**
   * The emergency contrast guard. When the widget shows an emergency tier and
   * the host sets `--legwise-color-emergency` or
   * `--legwise-color-emergency-text`, the resolved pair must have a contrast
   * ratio of at least 4.5:1 (WCAG 1.4.3). If not, or if a token is not a
   * colour, both fall back to their defaults and one warning names the token.
   * Runs after every render and whenever the resolved colours change.
   */
  protected checkEmergencyContrast(): void {
    const content = this.renderRoot.querySelector<HTMLElement>('.content');
    if (!content) return;
    if (!this.renderRoot.querySelector('[part~="emergency"]')) {
      content.classList.remove(EMERGENCY_GUARD_CLASS);
      return;
    }
    const style = getComputedStyle(content);
    const background = style.getPropertyValue(EMERGENCY_TOKEN).trim();
    const text = style.getPropertyValue(EMERGENCY_TEXT_TOKEN).trim();
    const set = [
      ...(background ? [`${EMERGENCY_TOKEN}="${quoteValue(background)}"`] : []),
      ...(text ? [`${EMERGENCY_TEXT_TOKEN}="${quoteValue(text)}"`] : []),
    ];
    let problem: string | undefined;
    if (set.length) {
      const notColours = [
        ...(background && !CSS.supports('color', background) ? [EMERGENCY_TOKEN] : []),
        ...(text && !CSS.supports('color', text) ? [EMERGENCY_TEXT_TOKEN] : []),
      ];
      if (notColours.length) {
        problem = `${notColours.join(' and ')} must be a CSS colour`;
      } else {
        // The pair as the host asks for it, resolved to sRGB by CSS on the
        // wrapper (see tokens.ts), laid over the surface as the reader sees it.
        const backdrop = [parseColour(style.getPropertyValue('--_d-surface')), parseColour(style.backgroundColor)];
        const bg = layer([...backdrop, parseColour(style.columnRuleColor)]);
        const fg = layer([bg, parseColour(style.textDecorationColor)]);
        const ratio = bg && fg ? contrastRatio(bg, fg) : undefined;
        if (ratio !== undefined && ratio < EMERGENCY_MIN_CONTRAST) {
          problem =
            `the emergency tier needs a contrast ratio of at least ${EMERGENCY_MIN_CONTRAST}:1 between ` +
            `${EMERGENCY_TEXT_TOKEN} and ${EMERGENCY_TOKEN}, and these colours give ${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
        }
      }
    }
    content.classList.toggle(EMERGENCY_GUARD_CLASS, problem !== undefined);
    if (problem !== undefined) {
      this.warnOnce(
        `contrast:${background}|${text}`,
        `Legwise ${this.tag}: ${set.join(' and ')} cannot be used; ${problem}. Using the default emergency colours.`,
      );
    }
  }

  /** The site's sign-off date, validated (YYYY-MM-DD, a real date); `undefined` if none or unusable. */
  private get siteReviewDate(): string | undefined {
    const raw = this.reviewedOn;
    if (raw === null || raw === undefined || String(raw).trim() === '') return undefined;
    const value = String(raw).trim();
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
    if (date && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) return value;
    this.warnInvalid('reviewed-on', raw, 'use a date written as YYYY-MM-DD, such as 2026-12-01', 'The date is not shown.');
    return undefined;
  }

  private renderFooter(): TemplateResult {
    const tag = this.localeController.formattingTag;
    const reviewer = this.reviewedBy === null || this.reviewedBy === undefined ? '' : String(this.reviewedBy).trim();
    const siteDate = this.siteReviewDate;
    const sources = this.contentSources;
    return html`<div part="footer" class="footer">
      <p part="disclaimer">${disclaimer()}</p>
      ${reviewer
        ? html`<p part="site-review">${siteDate ? siteReviewLabel(reviewer, formatDate(siteDate, tag)) : siteReviewerLabel(reviewer)}</p>`
        : nothing}
      <p part="review-date">${lastReviewedLabel(formatDate(LAST_REVIEWED, tag))}</p>
      <p part="next-review">${nextReviewLabel(formatDate(NEXT_REVIEW, tag))}</p>
      <p part="review-kind">${reviewKind()}</p>
      ${sources.length
        ? html`<details part="sources" class="sources">
            <summary>${sourcesLabel()}</summary>
            <ul>
              ${sources.map((s) => html`<li data-id=${s.id}><span lang="en">${s.organisation}: ${s.title}</span></li>`)}
            </ul>
          </details>`
        : nothing}
    </div>`;
  }
}

/** An sRGB colour with alpha, each channel from 0 to 1. */
type Rgba = readonly [number, number, number, number];

const NUMBER = String.raw`([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)`;
const ALPHA = String.raw`(?:\s*[,/]\s*${NUMBER}(%?))?`;
const SRGB_FUNCTION = new RegExp(String.raw`^color\(\s*srgb\s+${NUMBER}\s+${NUMBER}\s+${NUMBER}${ALPHA}\s*\)$`, 'i');
const RGB_FUNCTION = new RegExp(String.raw`^rgba?\(\s*${NUMBER}[\s,]+${NUMBER}[\s,]+${NUMBER}${ALPHA}\s*\)$`, 'i');
const HEX = /^#([0-9a-f]{6})$/i;

const clamp = (n: number) => Math.min(1, Math.max(0, Number.isFinite(n) ? n : 0));

/**
 * Read a computed colour: `color(srgb r g b / a)` (what color-mix() in srgb
 * computes to), `rgb()`/`rgba()`, or `#rrggbb`. Out-of-gamut channels are
 * clipped. `undefined` for anything else.
 */
function parseColour(value: string): Rgba | undefined {
  const v = value.trim();
  const alpha = (a: string | undefined, percent: string | undefined) =>
    a === undefined ? 1 : clamp(Number(a) / (percent ? 100 : 1));
  let m = SRGB_FUNCTION.exec(v);
  if (m) return [clamp(Number(m[1])), clamp(Number(m[2])), clamp(Number(m[3])), alpha(m[4], m[5])];
  m = RGB_FUNCTION.exec(v);
  if (m) return [clamp(Number(m[1]) / 255), clamp(Number(m[2]) / 255), clamp(Number(m[3]) / 255), alpha(m[4], m[5])];
  const hex = HEX.exec(v);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16) / 255).concat(1) as unknown as Rgba;
  return undefined;
}

/**
 * Lay colours over each other, on white, as the reader sees the last one
 * (source-over). Layers that could not be read are skipped; `undefined` if
 * the top one could not.
 */
function layer(colours: readonly (Rgba | undefined)[]): Rgba | undefined {
  const top = colours[colours.length - 1];
  if (!top) return undefined;
  return colours.reduce<Rgba>((below, c) => {
    if (!c) return below;
    const [r, g, b, a] = c;
    return [r * a + below[0] * (1 - a), g * a + below[1] * (1 - a), b * a + below[2] * (1 - a), 1];
  }, [1, 1, 1, 1]);
}

/** WCAG 2 relative luminance of an sRGB colour. */
function relativeLuminance([r, g, b]: Rgba): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two opaque sRGB colours, from 1 to 21. */
function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A value as shown in a warning: at most 80 characters, so a huge value cannot flood the console. */
export function quoteValue(value: unknown): string {
  const text = String(value);
  return text.length > 80 ? `${text.slice(0, 80)}… (${text.length} characters)` : text;
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
