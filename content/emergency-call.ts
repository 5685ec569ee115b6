import { msg, str } from '../src/i18n/msg.js';

/**
 * What the widgets say about calling for help: the call line of a region's
 * number ("United Kingdom: call 999"), its link's accessible name, and the
 * line shown instead when the site has not named a region. Shown by the care
 * card and by every other widget's emergency advice.
 */

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
