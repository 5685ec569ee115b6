import { html, nothing, type TemplateResult } from 'lit';
import { loadError } from '../../content/meta.js';

export interface FrameOptions {
  /** The theme in use (`theme-auto`, `theme-light`, `theme-dark` class). */
  theme: string;
  /** The content's language and direction. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Whether the content's text is there, still loading, or failed to load. */
  status: 'ready' | 'loading' | 'failed';
  /** The emergency contrast guard's transition listener. */
  onTransition: (event: TransitionEvent) => void;
  /** The widget's own content, rendered only when its text is ready. */
  content: () => unknown;
  /** The footer, always rendered. */
  footer: TemplateResult;
}

/**
 * What every widget renders around its content: the `content` part, which
 * carries the language, the direction and the theme class, marked busy while
 * the text loads; in it the content, or the load error, and the footer.
 */
export function renderFrame(o: FrameOptions): TemplateResult {
  // A plain class binding: when the theme changes it replaces the contrast
  // guard's class, which the guard then puts back if it is still needed.
  return html`<div
    part="content"
    class="content theme-${o.theme}"
    lang=${o.lang}
    dir=${o.dir}
    aria-busy=${o.status === 'loading' ? 'true' : nothing}
    @transitionend=${o.onTransition}
  >
    ${
      o.status === 'ready'
        ? o.content()
        : o.status === 'failed'
          ? html`<p part="load-error" role="alert">${loadError()}</p>`
          : nothing
    }
    ${o.footer}
  </div>`;
}
