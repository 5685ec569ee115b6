import { msg } from '../src/i18n/msg.js';
import { emergencySigns } from './care-emergency.js';
import { sources } from './sources.js';
import type { CareCard, CareTier, Source } from './types.js';

/**
 * When to see a doctor, as three NHS-style care cards, most urgent first.
 * Each sign is enough on its own and sits in the tier the public bodies give
 * it; where two sources differ, the more cautious tier wins. Never shorten a
 * sign by dropping part of it: a test checks every id in every language.
 */

/** The public pages the care cards rely on. */
export const CARE_SOURCES: readonly Source[] = sources(
  'nhs-stroke',
  'cdc-stroke',
  'nhs-cauda-equina',
  'nhs-sciatica',
  'nhs-compartment',
  'nhs-pad',
  'nhs-gbs',
  'nhs-myasthenia',
  'nice-spinal-injury',
  'nice-mscc',
  'nhs-meningitis',
  'nhs-sepsis',
  'nhs-atorvastatin',
  'nhs-simvastatin',
  'nhs-pravastatin',
  'nhs-rosuvastatin',
  'medlineplus-rhabdo',
  'medlineplus-hypokalemia',
  'medlineplus-weakness',
);

/** The name a screen reader gives the list of the care cards' sources ("Sources" on screen). */
export function careSourcesName(): string {
  return msg('Sources for when to get help', {
    id: 'care.sources-name',
    desc: 'The name a screen reader gives this widget\'s collapsed list of sources, so that the four lists on a page can be told apart (the visible label is meta.sources-label, "Sources"). Start with exactly your translation of meta.sources-label, so that the spoken name contains the visible word.',
  });
}

/**
 * The visually hidden name of a tier that starts its card's heading
 * ("Immediate action required:"); the causes name their help line's tier
 * with it, without the cards' signs.
 */
export function tierPrefix(tier: CareTier): string {
  switch (tier) {
    case 'emergency':
      return msg('Immediate action required:', {
        id: 'care.emergency.prefix',
        desc: 'Visually hidden prefix read by screen readers before the emergency card heading (NHS care-card style). Keep the colon.',
      });
    case 'urgent':
      return msg('Urgent advice:', {
        id: 'care.urgent.prefix',
        desc: 'Visually hidden prefix read before the urgent card heading. Keep the colon.',
      });
    case 'routine':
      return msg('Non-urgent advice:', {
        id: 'care.routine.prefix',
        desc: 'Visually hidden prefix read before the routine card heading. Keep the colon.',
      });
  }
}

/** The three cards, most urgent first. */
export function careCards(): readonly CareCard[] {
  return [
    {
      tier: 'emergency',
      prefix: tierPrefix('emergency'),
      heading: msg('Get emergency help now if you or someone else has any of these:', {
        id: 'care.emergency.heading',
        desc: 'Heading of the emergency card; a list of signs follows, each enough on its own.',
      }),
      signs: emergencySigns(),
      note: msg('Call even if the signs go away.', {
        id: 'care.emergency.note',
        desc: 'After the list of emergency signs. Signs of a stroke that pass quickly still need an ambulance. Safety instruction: keep it.',
      }),
    },
    {
      tier: 'urgent',
      prefix: tierPrefix('urgent'),
      heading: msg('Get medical help today if you or someone else has any of these:', {
        id: 'care.urgent.heading',
        desc: 'Heading of the urgent (same-day care) card; a list of signs follows, each enough on its own.',
      }),
      signs: [
        {
          id: 'fast-onset',
          text: msg('weakness that came on over a few hours or days', {
            id: 'care.urgent.fast-onset',
            desc: "Urgent sign. Weakness that gets worse quickly is an emergency: the card's action line says so. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.",
          }),
        },
        {
          id: 'spreading-tingling',
          text: msg('numbness or tingling that starts in your feet or hands and spreads over hours, days or weeks', {
            id: 'care.urgent.spreading-tingling',
            desc: 'Urgent sign (possible early Guillain-Barré syndrome). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'cannot-stand',
          text: msg('weakness so bad that you cannot stand up or walk on your own, or you keep falling', {
            id: 'care.urgent.cannot-stand',
            desc: 'Urgent sign (severe weakness). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'cancer-back-pain',
          text: msg('new back or neck pain, or back pain that wakes you at night, if you have or have had cancer', {
            id: 'care.urgent.cancer-back-pain',
            desc: 'Urgent sign (possible spread of cancer to the spine: NICE asks for contact within 24 hours). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'statin-muscle-pain',
          text: msg(
            'muscle pain, tenderness, weakness or cramps with no clear reason while you take a statin (a medicine for cholesterol)',
            {
              id: 'care.urgent.statin-muscle-pain',
              desc: 'Urgent sign (muscle damage from a statin). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
            },
          ),
          advice: msg('Stop taking the statin and call a doctor straight away.', {
            id: 'care.urgent.statin-muscle-pain.advice',
            desc: 'What the NHS medicine pages for statins say to do. Safety instruction: keep it exact.',
          }),
        },
        {
          id: 'muscle-breakdown',
          text: msg(
            'sore or aching muscles, or dark brown pee, after hard exercise, heat, an injury or a new medicine',
            {
              id: 'care.urgent.muscle-breakdown',
              desc: 'Urgent sign (possible rhabdomyolysis; a muscle that is tight, swollen and very painful is an emergency sign). "Pee" means urine; use the everyday word. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
            },
          ),
        },
        {
          id: 'fatigable-weakness',
          text: msg('weakness that gets worse the more you use your muscles, with drooping eyelids or double vision', {
            id: 'care.urgent.fatigable-weakness',
            desc: 'Urgent sign (possible myasthenia gravis). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'cramps-fluid-loss',
          text: msg('weakness or cramps after a lot of vomiting or diarrhoea, or while you take water tablets', {
            id: 'care.urgent.cramps-fluid-loss',
            desc: 'Urgent sign (low potassium). Water tablets are medicines that make you pee more (diuretics). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'fever',
          text: msg('weakness with a high temperature (fever)', {
            id: 'care.urgent.fever',
            desc: 'Urgent sign. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
      ],
    },
    {
      tier: 'routine',
      prefix: tierPrefix('routine'),
      heading: msg('Make an appointment with a doctor if you or someone else has any of these:', {
        id: 'care.routine.heading',
        desc: 'Heading of the routine card; a list of signs follows.',
      }),
      signs: [
        {
          id: 'slowly-worse',
          text: msg('legs that have been getting slowly weaker over weeks or months', {
            id: 'care.routine.slowly-worse',
            desc: 'Routine sign. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'feet-numbness',
          text: msg('numbness, tingling or a burning feeling in your feet that came on slowly', {
            id: 'care.routine.feet-numbness',
            desc: 'Routine sign (possible peripheral neuropathy). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'tired-cold',
          text: msg('weak legs that came on slowly, with tiredness, feeling the cold, weight gain or pale skin', {
            id: 'care.routine.tired-cold',
            desc: 'Routine sign (possible anaemia or underactive thyroid). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'after-bed-rest',
          text: msg('weak legs after a long time in bed or not moving much', {
            id: 'care.routine.after-bed-rest',
            desc: 'Routine sign (deconditioning). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
      ],
    },
  ];
}

/** The sentence that tells the reader what to do, after each card's list. */
export function careAction(tier: Exclude<CareTier, 'emergency'>): string {
  switch (tier) {
    case 'urgent':
      return msg(
        'Call a doctor today. Or get same-day care from an urgent care service or a health helpline. If the signs get worse quickly, call your local emergency number.',
        {
          id: 'care.urgent.action',
          desc: 'What to do for the urgent card. Medical safety text: keep every instruction, and the last sentence exact.',
        },
      );
    case 'routine':
      return msg(
        'On their own, these are not an emergency, but a doctor should check them. Book an appointment with your doctor. If you also have a sign from the cards above, do what that card says.',
        {
          id: 'care.routine.action',
          desc: 'What to do for the routine card. The last sentence sends a reader who also has an emergency or urgent sign to that advice: keep it.',
        },
      );
  }
}

/** Extra advice after the emergency action. */
export function emergencyAdvice(): string {
  return msg('Do not drive yourself to hospital. Do not wait to see if it gets better.', {
    id: 'care.emergency.advice',
    desc: 'Advice at the end of the emergency card, after its signs (the number is under its heading).',
  });
}
