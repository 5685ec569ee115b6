import { msg } from '../src/i18n/msg.js';
import { faqAboutCare } from './faq-care.js';
import { sources } from './sources.js';
import type { FaqItem, Source } from './types.js';

/** The public pages the answers rely on. */
export const FAQ_SOURCES: readonly Source[] = sources(
  'medlineplus-weakness',
  'nhs-dehydration',
  'nhs-stroke',
  'nhs-cauda-equina',
  'nice-mecfs',
);

/** The name a screen reader gives the list of the answers' sources ("Sources" on screen). */
export function faqSourcesName(): string {
  return msg('Sources for the questions and answers', {
    id: 'faq.sources-name',
    desc: 'The name a screen reader gives this widget\'s collapsed list of sources, so that the four lists on a page can be told apart (the visible label is meta.sources-label, "Sources"). Start with exactly your translation of meta.sources-label, so that the spoken name contains the visible word.',
  });
}

/** The ids of the questions, in reading order. Stable: never translated, never changed. */
export const FAQ_IDS = [
  'when-to-see-doctor',
  'stress',
  'dehydration',
  'always-serious',
  'exercise',
  'tests',
  'weakness-vs-tiredness',
  'one-leg',
  'treatment',
  'preparing',
] as const;

/**
 * Common questions about weak legs, each with one or more short paragraphs:
 * when to get help and what it may be here; exercise, tests, treatment and the
 * appointment in faq-care.ts.
 */
export function faqItems(): readonly FaqItem[] {
  return [
    {
      id: 'when-to-see-doctor',
      question: msg('When should I see a doctor about weak legs?', {
        id: 'faq.when-to-see-doctor.question',
        desc: 'A question in the FAQ.',
      }),
      answer: [
        msg(
          'It depends on your signs. Some need emergency help, some need a doctor today, and some need an appointment. These are the signs to look for:',
          {
            id: 'faq.when-to-see-doctor.answer.intro',
            desc: "Answer, first paragraph. The care cards' signs follow it, built from the same text as the <when-to-see-doctor> widget.",
          },
        ),
      ],
      withCareSigns: true,
    },
    {
      id: 'stress',
      question: msg('Can stress make my legs weak?', {
        id: 'faq.stress.question',
        desc: 'A question in the FAQ.',
      }),
      answer: [
        msg(
          'Stress can make you feel tired, shaky and drained. It can also make the symptoms of some health conditions feel worse.',
          {
            id: 'faq.stress.answer.1',
            desc: 'Answer, paragraph 1.',
          },
        ),
        msg(
          'But stress alone is unlikely to cause true muscle weakness, where your muscles cannot push or lift as hard as normal. If your legs really are weak, see a doctor to find out why.',
          {
            id: 'faq.stress.answer.2',
            desc: 'Answer, paragraph 2.',
          },
        ),
      ],
    },
    {
      id: 'dehydration',
      question: msg('Can drinking too little make my legs weak?', {
        id: 'faq.dehydration.question',
        desc: 'A question in the FAQ, about dehydration (not drinking enough fluids).',
      }),
      answer: [
        msg(
          'Yes, it can. When your body loses too much water (dehydration), the balance of salts and minerals in your blood can change. Your muscles need that balance to work well.',
          {
            id: 'faq.dehydration.answer.1',
            desc: 'Answer, paragraph 1.',
          },
        ),
        msg(
          'Signs of dehydration include feeling thirsty, dark yellow pee, and feeling dizzy or tired. Drinking more fluids often helps. If you feel very unwell, cannot keep fluids down or have not peed for 8 hours, get medical help today. If you or someone else becomes confused or very sleepy, faints or has a fit, call your local emergency number.',
          {
            id: 'faq.dehydration.answer.2',
            desc: 'Answer, paragraph 2. Pee is the everyday word for urine. The last two sentences are safety advice: keep them exact.',
          },
        ),
      ],
    },
    {
      id: 'always-serious',
      question: msg('Are weak legs always a sign of something serious?', {
        id: 'faq.always-serious.question',
        desc: 'A question in the FAQ.',
      }),
      answer: [
        msg(
          'No. Often the cause is simple, such as tired muscles after exercise, or losing fitness after a long time resting.',
          {
            id: 'faq.always-serious.answer.1',
            desc: 'Answer, paragraph 1.',
          },
        ),
        msg(
          'But weak legs can also be a sign of a health problem that needs treatment. That is why it is best to see a doctor and find out the cause.',
          {
            id: 'faq.always-serious.answer.2',
            desc: 'Answer, paragraph 2.',
          },
        ),
      ],
    },
    ...faqAboutCare(),
  ];
}
