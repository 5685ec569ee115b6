import { msg } from '../src/i18n/msg.js';
import type { CareSign } from './types.js';

/**
 * The signs of the emergency card (see care.ts), each enough on its own, in
 * the tier the public bodies give them. Keep every symptom and warning.
 */
export function emergencySigns(): readonly CareSign[] {
  return [
    {
      id: 'stroke-face',
      text: msg('a face that droops on one side', {
        id: 'care.emergency.stroke-face',
        desc: 'Emergency sign (stroke). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
      }),
    },
    {
      id: 'stroke-one-side',
      text: msg('sudden weakness or numbness in the face, an arm or a leg, most often on one side of the body', {
        id: 'care.emergency.stroke-one-side',
        desc: 'Emergency sign (stroke). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
      }),
    },
    {
      id: 'stroke-speech',
      text: msg('slurred or muddled speech, not being able to talk at all, or trouble understanding what people say', {
        id: 'care.emergency.stroke-speech',
        desc: 'Emergency sign (stroke). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
      }),
    },
    {
      id: 'stroke-sight',
      text: msg('sudden trouble seeing in one or both eyes, such as loss of sight, blurred vision or double vision', {
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
      text: msg('sudden dizziness, loss of balance, clumsiness, trouble walking or falling', {
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
      id: 'toilet-sex-numbness',
      text: msg(
        'new loss of feeling when you pee, poo or wipe yourself, or new problems with sex, such as numb genitals or trouble getting an erection',
        {
          id: 'care.emergency.toilet-sex-numbness',
          desc: 'Emergency sign (cauda equina syndrome): new loss of feeling in the bottom and genitals, noticed on the toilet or during sex. Use plain, polite everyday words. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
        },
      ),
    },
    {
      id: 'back-pain-legs',
      text: msg('back pain that is getting worse, with pain, numbness or weakness in one or both legs', {
        id: 'care.emergency.back-pain-legs',
        desc: 'Emergency sign (cauda equina syndrome, spinal cord compression). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
      }),
    },
    {
      id: 'both-legs-worse',
      text: msg(
        'weakness or numbness in both legs that is bad or getting worse, or pain that shoots down both legs from the back',
        {
          id: 'care.emergency.both-legs-worse',
          desc: 'Emergency sign (cauda equina syndrome: the NHS sends sciatica on both sides, and bad or worsening weakness or numbness in both legs, to A&E or 999). "Pain that shoots down the legs" is sciatica in plain words. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
        },
      ),
    },
    {
      id: 'cancer-legs',
      text: msg(
        'weakness, numbness or tingling in the legs that is new or getting worse, or new trouble walking, if you have or have had cancer',
        {
          id: 'care.emergency.cancer-legs',
          desc: 'Emergency sign (spinal cord compression by cancer that has spread to the spine). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
        },
      ),
      advice: msg('If your cancer team gave you a phone number to call at any time, day or night, call it too.', {
        id: 'care.emergency.cancer-legs.advice',
        desc: "Extra advice under the cancer sign, after calling for emergency help (NICE NG234: the acute oncology or cancer team's 24-hour line). It adds a call; it never replaces the emergency number. Keep it exact.",
      }),
    },
    {
      id: 'sudden-leg-weakness',
      text: msg('sudden weakness in one or both legs, or not being able to move them, even if you think you know why', {
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
      text: msg(
        'weakness with a high temperature, plus a stiff neck, a very bad headache, confusion, being very sleepy or hard to wake, or a fit (seizure)',
        {
          id: 'care.emergency.fever-stiff-neck',
          desc: 'Emergency sign (meningitis, sepsis). Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
        },
      ),
    },
    {
      id: 'rash-glass',
      text: msg('a rash that does not fade when you press a glass on it', {
        id: 'care.emergency.rash-glass',
        desc: 'Emergency sign (meningitis, sepsis): the glass test. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
      }),
    },
    {
      id: 'skin-colour',
      text: msg(
        'skin, lips or tongue that look blue, grey, pale or blotchy (on brown or black skin, look at the palms and soles)',
        {
          id: 'care.emergency.skin-colour',
          desc: 'Emergency sign (sepsis, not enough oxygen). The part in brackets says where the colour is easier to see on dark skin. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
        },
      ),
    },
    {
      id: 'severe-limb-pain',
      text: msg('sudden, very bad pain in a leg or an arm, or a muscle that is tight, swollen and very painful', {
        id: 'care.emergency.severe-limb-pain',
        desc: 'Emergency sign (acute compartment syndrome, after an injury, a tight cast or bandage, or very hard exercise; also a blocked artery). The NHS says call 999 or go to A&E for sudden, severe pain. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
      }),
    },
    {
      id: 'cold-pale-leg',
      text: msg('one or both legs or feet that suddenly turn cold, pale, blue or blotchy', {
        id: 'care.emergency.cold-pale-leg',
        desc: 'Emergency sign (acute limb ischaemia: an artery to the leg suddenly blocked; one blockage can take both legs). Each colour change, or the sudden cold, is enough on its own, in one leg or foot or in both. Keep every symptom and word of warning: the medical meaning must not change, and it must stay a phrase that follows the card heading.',
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
  ];
}
