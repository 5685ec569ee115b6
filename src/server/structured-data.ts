/** The schema.org description that `render(…, { structuredData: true })` adds in the light DOM. */
import { LAST_REVIEWED, topicName } from '../../content/meta.js';
import { withTemplates } from '../i18n/msg.js';
import type { LegwiseLocale } from '../i18n/negotiate.js';
import { templatesOf } from '../i18n/store.js';

/**
 * A schema.org `MedicalWebPage` for a fragment about leg muscle weakness, in
 * `locale`: the condition's name is in that language once its text is loaded
 * (render() loads it), and in English before.
 */
export function structuredData(locale: LegwiseLocale): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    about: { '@type': 'MedicalCondition', name: withTemplates(templatesOf(locale), topicName) },
    audience: { '@type': 'PatientAudience' },
    lastReviewed: LAST_REVIEWED,
    inLanguage: locale,
  };
}

/** The `<script type="application/ld+json">`, with `<` escaped so the JSON cannot close the script. */
export function structuredDataScript(locale: LegwiseLocale): string {
  const json = JSON.stringify(structuredData(locale)).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">${json}</script>`;
}
