/**
 * The per-widget controller: gives a widget its language (its own `lang`, or
 * the nearest ancestor's, else the page locale), loads it, re-renders the
 * widget when it changes, and runs its render with `msg()` resolving in it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { withTemplates } from './msg.js';
import {
  directionOf,
  formattingTagFor,
  negotiate,
  negotiateQuietly,
  pageLanguageTag,
  sourceLocale,
  type LegwiseLocale,
} from './negotiate.js';
import { explicitPageLocale, unwatchPageLocale, watchPageLocale } from './page-locale.js';
import { hasFailed, isReady, load, pending, templatesOf } from './store.js';

/**
 * How long a widget's first render may wait for its text to arrive before it
 * shows its loading state (the footer, with the content marked busy).
 */
const FIRST_RENDER_WAIT_MS = 1000;

/** The nearest `lang` on the element or its ancestors, crossing shadow roots, below <html>. */
function ownLanguageTag(element: Element): string | undefined {
  let node: Element | null = element;
  while (node && node !== element.ownerDocument.documentElement) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return undefined;
}

/**
 * Gives a widget its language. Add one in the constructor; wrap the body of
 * `render()` in `controller.render(() => …)` so that `msg()` resolves in the
 * widget's locale, and use `controller.locale` / `controller.dir` on the
 * content's wrapper.
 */
export class LocaleController implements ReactiveController {
  /** The locale this widget renders in. */
  locale: LegwiseLocale = sourceLocale;
  /** The BCP 47 tag that chose it (its own `lang`, or the page's). */
  requestedTag = '';

  /**
   * `showsLoading`: whether the host renders the loading state of the lazily
   * loaded English content (see `status`). One that does not (the care cards)
   * is not re-rendered when that content arrives, since nothing it shows
   * changes (performance: see BENCHMARKS.md).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { showsLoading?: boolean } = {},
  ) {
    host.addController(this);
  }

  /**
   * The tag to format dates and numbers with: the requested tag when it
   * resolved to this locale (`en-GB` keeps British dates), else the locale.
   */
  get formattingTag(): string {
    return formattingTagFor(this.requestedTag, this.locale);
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  hostConnected(): void {
    watchPageLocale(this);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatchPageLocale(this);
  }

  /**
   * On the server (no document, no connectedCallback): take the locale from
   * the host's own `lang` (negotiated: `es-MX` → `es`), else setLocale()'s,
   * else English. The server loads it before rendering (src/server/).
   */
  resolveOnServer(): void {
    const own = this.host.getAttribute('lang') ?? undefined;
    this.requestedTag = own ?? '';
    const wanted = this.wantedLocale(own || undefined, negotiate);
    if (isReady(wanted)) this.locale = wanted;
  }

  /** Re-resolve the widget's locale; loads it if needed, then re-renders. */
  refresh(): void {
    const own = ownLanguageTag(this.host);
    // The locale asked for, not the one shown now: a Spanish page must not
    // load English while Spanish is on its way.
    const wanted = this.wantedLocale(own, negotiate);
    const tag = own ?? pageLanguageTag();
    if (tag !== this.requestedTag) {
      // Same locale, other region (en-AU → en-GB): dates and numbers change.
      this.requestedTag = tag;
      this.host.requestUpdate();
    }
    if (isReady(wanted)) {
      this.show(wanted);
      return;
    }
    // Load what is wanted; if that failed, make sure what is shown can render.
    const next = hasFailed(wanted) ? (isReady(this.locale) ? undefined : this.locale) : wanted;
    if (next === undefined || hasFailed(next)) {
      this.host.requestUpdate();
      return;
    }
    void load(next).then(() => {
      this.refresh();
      // From "loading" to ready (or failed), even in the same locale. A host
      // that does not show the loading state needs a render only when its
      // locale changed, and refresh() has asked for that one already.
      if (this.options.showsLoading !== false) this.host.requestUpdate();
    });
  }

  /** The locale asked for: the widget's own `lang` (`own`), else setLocale()'s, else the page's. */
  private wantedLocale(own: string | undefined, pick: (tag: string) => LegwiseLocale): LegwiseLocale {
    return own !== undefined ? pick(own) : (explicitPageLocale() ?? pick(pageLanguageTag()));
  }

  /**
   * Resolves when the text this widget wants can render (its locale loaded,
   * or failed to load), or after `ms` at the latest (`null`: no limit);
   * `undefined` when there is nothing to wait for. Used to hold back a
   * widget's first render while its text is on the way (see
   * LegwiseElement.scheduleUpdate).
   */
  whenReady(ms: number | null = FIRST_RENDER_WAIT_MS): Promise<void> | undefined {
    const request = pending(this.wantedLocale(ownLanguageTag(this.host), negotiateQuietly));
    if (!request) return undefined;
    return new Promise((resolve) => {
      const timer = ms === null ? undefined : setTimeout(resolve, ms);
      void request.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /**
   * `ready`: the widget's text can render; `loading`: its content is on the
   * way; `failed`: it could not be loaded (only the CDN builds load English
   * content lazily, so only they can fail this way).
   */
  get status(): 'ready' | 'loading' | 'failed' {
    if (isReady(this.locale)) return 'ready';
    return hasFailed(this.locale) ? 'failed' : 'loading';
  }

  private show(locale: LegwiseLocale): void {
    if (locale !== this.locale) {
      this.locale = locale;
      this.host.requestUpdate();
    }
  }

  /** Runs `fn` with `msg()` resolving in this widget's locale. */
  render<T>(fn: () => T): T {
    return withTemplates(templatesOf(this.locale), fn);
  }
}
