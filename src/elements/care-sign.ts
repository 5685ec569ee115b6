import { html, type TemplateResult } from 'lit';
import type { CareSign } from '../../content/types.js';

/**
 * One care-card sign as a list item, with what to do about it when the
 * content says. Shared by `<when-to-see-doctor>` and the FAQ answer that
 * repeats the cards, so that the two always show the same words.
 */
export function renderSign(sign: CareSign): TemplateResult {
  return html`<li data-id=${sign.id}>${sign.text}${sign.advice ? html`<p class="advice" part="sign-advice">${sign.advice}</p>` : ''}</li>`;
}
