import { msg, str } from '../src/localization.js';
import type { CareCard, CareTier } from './types.js';

/**
 * When to see a doctor, as three NHS-style care cards, most urgent first.
 * The emergency signs follow the red flags that the NHS, NINDS and the
 * American Stroke Association publish for stroke, cauda equina syndrome,
 * Guillain-Barré syndrome and spinal injury.
 */
export function careCards(): readonly CareCard[] {
  return [
    {
      tier: 'emergency',
      prefix: msg('Immediate action required:', {
        id: 'care.emergency.prefix',
        desc: 'Visually hidden prefix read by screen readers before the emergency card heading (NHS care-card style). Keep the colon.',
      }),
      heading: msg('Get emergency help now if you or someone else has:', {
        id: 'care.emergency.heading',
        desc: 'Heading of the emergency card; a list of signs follows.',
      }),
      signs: [
        {
          id: 'stroke-signs',
          text: msg('sudden weakness or numbness on one side of the body, a face that droops on one side, or slurred or confused speech (signs of a stroke)', {
            id: 'care.emergency.stroke-signs',
            desc: 'Emergency sign: stroke. Keep every symptom; medical meaning must not change.',
          }),
        },
        {
          id: 'cauda-equina',
          text: msg('sudden weakness in both legs together with wetting or soiling yourself, not being able to pee, or numbness around the genitals or bottom (signs of pressure on the nerves at the base of the spine, called cauda equina syndrome)', {
            id: 'care.emergency.cauda-equina',
            desc: 'Emergency sign: cauda equina syndrome. Keep every symptom.',
          }),
        },
        {
          id: 'spreading-weakness',
          text: msg('weakness that spreads up from the legs to the body or arms, or trouble breathing or swallowing (this can happen with Guillain-Barré syndrome)', {
            id: 'care.emergency.spreading-weakness',
            desc: 'Emergency sign: Guillain-Barré syndrome. Keep every symptom.',
          }),
        },
        {
          id: 'after-injury',
          text: msg('weakness or numbness in the legs after a fall, an accident or an injury to the back or neck', {
            id: 'care.emergency.after-injury',
            desc: 'Emergency sign: possible spinal injury.',
          }),
        },
      ],
    },
    {
      tier: 'urgent',
      prefix: msg('Urgent advice:', {
        id: 'care.urgent.prefix',
        desc: 'Visually hidden prefix read before the urgent card heading. Keep the colon.',
      }),
      heading: msg('Get medical help today if:', {
        id: 'care.urgent.heading',
        desc: 'Heading of the urgent (same-day care) card; a list of signs follows.',
      }),
      signs: [
        {
          id: 'fast-onset',
          text: msg('the weakness came on over a few hours or days, or is getting worse quickly', {
            id: 'care.urgent.fast-onset',
            desc: 'Urgent sign.',
          }),
        },
        {
          id: 'muscle-breakdown',
          text: msg('you have very bad muscle pain, swelling or dark brown pee after hard exercise, an injury or starting a new medicine', {
            id: 'care.urgent.muscle-breakdown',
            desc: 'Urgent sign (possible rhabdomyolysis). "Pee" means urine; use the everyday word.',
          }),
        },
        {
          id: 'fever',
          text: msg('you also have a high temperature (fever)', {
            id: 'care.urgent.fever',
            desc: 'Urgent sign.',
          }),
        },
        {
          id: 'fatigable-weakness',
          text: msg('the weakness gets worse the more you use your muscles, and your eyelids droop or you see double', {
            id: 'care.urgent.fatigable-weakness',
            desc: 'Urgent sign (possible myasthenia gravis).',
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
      heading: msg('Make an appointment with a doctor if:', {
        id: 'care.routine.heading',
        desc: 'Heading of the routine card; a list of signs follows.',
      }),
      signs: [
        {
          id: 'slowly-worse',
          text: msg('your legs have been getting slowly weaker over weeks or months', {
            id: 'care.routine.slowly-worse',
            desc: 'Routine sign.',
          }),
        },
        {
          id: 'feet-numbness',
          text: msg('you also have numbness, tingling, or a burning feeling in your feet', {
            id: 'care.routine.feet-numbness',
            desc: 'Routine sign (possible peripheral neuropathy).',
          }),
        },
        {
          id: 'medicine-aches',
          text: msg('your muscles ache or feel weak since you started a statin or another new medicine (do not stop taking it until you have talked to a doctor)', {
            id: 'care.routine.medicine-aches',
            desc: 'Routine sign. The advice in brackets is a safety instruction: keep it.',
          }),
        },
        {
          id: 'tired-cold',
          text: msg('you also feel very tired, feel the cold more, have put on weight, or look pale', {
            id: 'care.routine.tired-cold',
            desc: 'Routine sign (possible anaemia or underactive thyroid).',
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
      return msg('Call your doctor today, or get same-day care from an urgent care service or a medical helpline.', {
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

/** Visible text before the emergency number link, e.g. "Call 999 now". */
export function emergencyCallIntro(): string {
  return msg('Call now:', {
    id: 'care.emergency.call-intro',
    desc: 'Shown right before the emergency phone number link, e.g. "Call now: 999".',
  });
}

/** The accessible name of the number link, e.g. "Call 999". */
export function emergencyCallLabel(number: string): string {
  return msg(str`Call ${number}`, {
    id: 'care.emergency.call-label',
    desc: 'Accessible name of the emergency phone link, read by screen readers. ${number} is the phone number, e.g. 999.',
  });
}

/** Shown instead of a number when the reader's region is not known. */
export function emergencyNoNumber(): string {
  return msg('Call your local emergency number now.', {
    id: 'care.emergency.no-number',
    desc: 'Shown when the reader\'s country is unknown, instead of a phone number.',
  });
}

/** Extra advice after the emergency action. */
export function emergencyAdvice(): string {
  return msg('Do not drive yourself to hospital. Do not wait to see if it gets better.', {
    id: 'care.emergency.advice',
    desc: 'Advice under the emergency number.',
  });
}
