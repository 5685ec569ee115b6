import { html, type TemplateResult } from 'lit';
import { careAction, careCards, emergencyAdvice } from '../../content/care.js';
import { emergencyNoNumber } from '../../content/emergency-call.js';
import type { CareSign } from '../../content/types.js';

/**
 * One care-card sign as a list item, with what to do about it when the
 * content says. Shared by `<when-to-see-doctor>` and the FAQ answer that
 * repeats the cards, so that the two always show the same words.
 */
export function renderSign(sign: CareSign): TemplateResult {
  return html`<li data-id=${sign.id}>${sign.text}${sign.advice ? html`<p class="advice" part="sign-advice">${sign.advice}</p>` : ''}</li>`;
}

/**
 * The care cards' signs inside the "When should I see a doctor?" answer, from
 * the same data as <when-to-see-doctor>: the FAQ cannot say anything else.
 * `calls`: the widget's call lines ("United Kingdom: call 999"), if a region
 * is known; else the card's "Call your local emergency number now."
 */
export function renderCareSigns(calls: readonly TemplateResult[]): TemplateResult[] {
  return careCards().map(
    (card) => html`<div class="care-tier" data-tier=${card.tier}>
      <p><span class="visually-hidden">${card.prefix} </span><strong>${card.heading}</strong></p>
      <ul>
        ${card.signs.map((sign) => renderSign(sign))}
      </ul>
      ${card.note ? html`<p><strong>${card.note}</strong></p>` : ''}
      ${
        card.tier !== 'emergency'
          ? html`<p>${careAction(card.tier)}</p>`
          : calls.length
            ? html`${calls}
                <p>${emergencyAdvice()}</p>`
            : html`<p><strong>${emergencyNoNumber()}</strong> ${emergencyAdvice()}</p>`
      }
    </div>`,
  );
}
