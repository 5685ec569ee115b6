import { msg, str } from '../src/i18n/msg.js';
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
  'nhs-gbs',
  'nhs-myasthenia',
  'nice-spinal-injury',
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

/** The three cards, most urgent first. */
export function careCards(): readonly CareCard[] {
  return [
    {
      tier: 'emergency',
      prefix: msg('Immediate action required:', {
        id: 'care.emergency.prefix',
        desc: 'Visually hidden prefix read by screen readers before the emergency card heading (NHS care-card style). Keep the colon.',
      }),
      heading: msg('Get emergency help now if you or someone else has any of these:', {
        id: 'care.emergency.heading',
        desc: 'Heading of the emergency card; a list of signs follows, each enough on its own.',
      }),
      signs: [
        {
          id: 'stroke-face',
          text: msg('a face that droops on one side', {
            id: 'care.emergency.stroke-face',
            desc: 'Emergency sign (stroke). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'stroke-one-side',
          text: msg('sudden weakness or numbness in an arm or a leg on one side of the body', {
            id: 'care.emergency.stroke-one-side',
            desc: 'Emergency sign (stroke). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'stroke-speech',
          text: msg('slurred or muddled speech, or trouble understanding what people say', {
            id: 'care.emergency.stroke-speech',
            desc: 'Emergency sign (stroke). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'stroke-sight',
          text: msg('sudden loss of sight or sudden blurred vision, in one or both eyes', {
            id: 'care.emergency.stroke-sight',
            desc: 'Emergency sign (stroke). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'stroke-confusion',
          text: msg('sudden confusion', {
            id: 'care.emergency.stroke-confusion',
            desc: 'Emergency sign (stroke). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'stroke-balance',
          text: msg('dizziness, loss of balance or a fall that comes on suddenly', {
            id: 'care.emergency.stroke-balance',
            desc: 'Emergency sign (stroke). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'stroke-headache',
          text: msg('a sudden, very bad headache', {
            id: 'care.emergency.stroke-headache',
            desc: 'Emergency sign (stroke). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'saddle-numbness',
          text: msg('numbness or tingling between the legs, or around the genitals or bottom', {
            id: 'care.emergency.saddle-numbness',
            desc: 'Emergency sign (cauda equina syndrome). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'bladder-trouble',
          text: msg('new trouble peeing, not being able to pee, or not feeling when the bladder is full', {
            id: 'care.emergency.bladder-trouble',
            desc: 'Emergency sign (cauda equina syndrome). "Pee" is the everyday word for passing urine. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'wetting-soiling',
          text: msg('wetting or soiling yourself without meaning to', {
            id: 'care.emergency.wetting-soiling',
            desc: 'Emergency sign (cauda equina syndrome): losing control of the bladder or bowels. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'back-pain-legs',
          text: msg('back pain that is getting worse, with pain, numbness or weakness in one or both legs', {
            id: 'care.emergency.back-pain-legs',
            desc: 'Emergency sign (cauda equina syndrome, spinal cord compression). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'sudden-leg-weakness',
          text: msg('sudden weakness in one or both legs, or not being able to move them, with no clear cause', {
            id: 'care.emergency.sudden-leg-weakness',
            desc: 'Emergency sign (sudden weakness or paralysis). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'spreading-weakness',
          text: msg('weakness that spreads up from the legs to other parts of the body, such as the arms or face', {
            id: 'care.emergency.spreading-weakness',
            desc: 'Emergency sign (Guillain-Barré syndrome). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'breathing-swallowing',
          text: msg('weakness with trouble breathing, swallowing or talking', {
            id: 'care.emergency.breathing-swallowing',
            desc: 'Emergency sign (Guillain-Barré syndrome, myasthenic crisis). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'after-injury',
          text: msg('weakness, numbness or tingling after a fall, an accident or a blow to the back or neck', {
            id: 'care.emergency.after-injury',
            desc: 'Emergency sign (possible spinal injury). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
          advice: msg(
            'Do not move the person unless they are in danger. Keep their head and neck still until help comes.',
            {
              id: 'care.emergency.after-injury.advice',
              desc: 'What to do while waiting for help after a possible spinal injury. Safety instruction: keep it exact.',
            },
          ),
        },
        {
          id: 'fever-stiff-neck',
          text: msg('weakness with a high temperature, plus a stiff neck, a very bad headache or confusion', {
            id: 'care.emergency.fever-stiff-neck',
            desc: 'Emergency sign (meningitis, sepsis). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'rash-glass',
          text: msg('a rash that does not fade when you press a glass on it', {
            id: 'care.emergency.rash-glass',
            desc: 'Emergency sign (meningitis, sepsis): the glass test. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'fever-back-pain',
          text: msg('weakness with a high temperature and new, very bad back pain', {
            id: 'care.emergency.fever-back-pain',
            desc: 'Emergency sign (infection in the spine). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'heart-signs',
          text: msg('weakness with chest pain, fainting, or a heartbeat that is very fast, very slow or uneven', {
            id: 'care.emergency.heart-signs',
            desc: 'Emergency sign (heart rhythm, very low potassium). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
      ],
      note: msg('Call even if the signs go away.', {
        id: 'care.emergency.note',
        desc: 'After the list of emergency signs. Signs of a stroke that pass quickly still need an ambulance. Safety instruction: keep it.',
      }),
    },
    {
      tier: 'urgent',
      prefix: msg('Urgent advice:', {
        id: 'care.urgent.prefix',
        desc: 'Visually hidden prefix read before the urgent card heading. Keep the colon.',
      }),
      heading: msg('Get medical help today if you have any of these:', {
        id: 'care.urgent.heading',
        desc: 'Heading of the urgent (same-day care) card; a list of signs follows, each enough on its own.',
      }),
      signs: [
        {
          id: 'fast-onset',
          text: msg('weakness that came on over a few hours or days, or is getting worse quickly', {
            id: 'care.urgent.fast-onset',
            desc: 'Urgent sign. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
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
          text: msg('muscle pain, swelling or dark brown pee after hard exercise, heat, an injury or a new medicine', {
            id: 'care.urgent.muscle-breakdown',
            desc: 'Urgent sign (possible rhabdomyolysis). "Pee" means urine; use the everyday word. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
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
          text: msg('weakness with cramps after vomiting, diarrhoea or taking water tablets', {
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
      prefix: msg('Non-urgent advice:', {
        id: 'care.routine.prefix',
        desc: 'Visually hidden prefix read before the routine card heading. Keep the colon.',
      }),
      heading: msg('Make an appointment with a doctor if you have any of these:', {
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
          text: msg('numbness, tingling or a burning feeling in your feet', {
            id: 'care.routine.feet-numbness',
            desc: 'Routine sign (possible peripheral neuropathy). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
          }),
        },
        {
          id: 'tired-cold',
          text: msg('weak legs with tiredness, feeling the cold, weight gain or pale skin', {
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
      return msg('Call a doctor today. Or get same-day care from an urgent care service or a health helpline.', {
        id: 'care.urgent.action',
        desc: 'What to do for the urgent card.',
      });
    case 'routine':
      return msg('These are not an emergency, but a doctor should check them. Book an appointment with your doctor.', {
        id: 'care.routine.action',
        desc: 'What to do for the routine card.',
      });
  }
}

/** The country a number is for, before its link: "United Kingdom: call 999". */
export function emergencyCallIntro(country: string): string {
  return msg(str`${country}: call`, {
    id: 'care.emergency.call-country',
    desc: 'Shown right before the emergency phone number link, e.g. "United Kingdom: call 999". ${country} is the country name in the reader\'s language.',
  });
}

/** The accessible name of the number link, e.g. "Call 999 (United Kingdom)". */
export function emergencyCallLabel(number: string, country: string): string {
  return msg(str`Call ${number} (${country})`, {
    id: 'care.emergency.call-country-label',
    desc: 'Accessible name of the emergency phone link, read by screen readers. ${number} is the phone number, e.g. 999; ${country} the country name.',
  });
}

/** Shown instead of a number when the site has not named the reader's region. */
export function emergencyNoNumber(): string {
  return msg('Call your local emergency number now.', {
    id: 'care.emergency.no-number',
    desc: 'Shown when the site has not said which country the reader is in, instead of a phone number.',
  });
}

/** Extra advice after the emergency action. */
export function emergencyAdvice(): string {
  return msg('Do not drive yourself to hospital. Do not wait to see if it gets better.', {
    id: 'care.emergency.advice',
    desc: 'Advice under the emergency number.',
  });
}
