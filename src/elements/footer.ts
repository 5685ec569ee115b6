import { html, nothing, type TemplateResult } from 'lit';
import {
  LAST_REVIEWED,
  NEXT_REVIEW,
  disclaimer,
  lastReviewedLabel,
  nextReviewLabel,
  reviewKind,
  siteReviewLabel,
  siteReviewerLabel,
  sourcesLabel,
} from '../../content/meta.js';
import type { SourceList } from '../../content/types.js';
import { formatDate } from '../i18n/format-date.js';
import { INVALID, NEEDS_REVIEWER, hasValue, isoDate } from '../internal/attributes.js';

/**
 * The site's own sign-off from `reviewed-by` and `reviewed-on`: the reviewer
 * (`''` for none) and the date, if it is a real YYYY-MM-DD and names whose
 * sign-off it is; else `warn` says what would work and what is shown instead.
 */
export function siteSignOff(
  reviewedBy: unknown,
  reviewedOn: unknown,
  warn: (allowed: string, instead: string) => void,
): Pick<FooterOptions, 'reviewer' | 'reviewDate'> {
  const reviewer = String(reviewedBy ?? '').trim();
  if (!hasValue(reviewedOn)) return { reviewer, reviewDate: undefined };
  const date = isoDate(reviewedOn);
  const problem = !reviewer ? NEEDS_REVIEWER : date ? undefined : INVALID['reviewed-on'];
  if (problem) warn(problem[0], problem[1]);
  return { reviewer, reviewDate: problem ? undefined : date };
}

export interface FooterOptions {
  /** The tag to format dates with. */
  tag: string;
  /** The site's reviewer (`reviewed-by`), or `''`. */
  reviewer: string;
  /** The date of the site's sign-off (`reviewed-on`), validated, if any. */
  reviewDate: string | undefined;
  /** The public pages the widget's content relies on, and the name of their list; none for none. */
  sources: SourceList | undefined;
}

/**
 * Every widget's footer: the disclaimer, the site's own sign-off, when the
 * content was last reviewed and is next due, how it was reviewed, and its
 * sources (collapsed). Call it while the widget renders, so `msg()` resolves
 * in the widget's locale. Source titles stay in English, as published.
 */
export function renderFooter({ tag, reviewer, reviewDate, sources }: FooterOptions): TemplateResult {
  return html`<div part="footer" class="footer">
    <p part="disclaimer">${disclaimer()}</p>
    ${
      reviewer
        ? html`<p part="site-review">
          ${reviewDate ? siteReviewLabel(reviewer, formatDate(reviewDate, tag)) : siteReviewerLabel(reviewer)}
        </p>`
        : nothing
    }
    <p part="review-date">${lastReviewedLabel(formatDate(LAST_REVIEWED, tag))}</p>
    <p part="next-review">${nextReviewLabel(formatDate(NEXT_REVIEW, tag))}</p>
    <p part="review-kind">${reviewKind()}</p>
    ${
      sources?.sources.length
        ? html`<details part="sources" class="sources">
          <summary aria-label=${sources.name || nothing}>${sourcesLabel()}</summary>
          <ul>
            ${sources.sources.map((s) => html`<li data-id=${s.id}><span lang="en">${s.organisation}: ${s.title}</span></li>`)}
          </ul>
        </details>`
        : nothing
    }
  </div>`;
}
