/**
 * The element classes and the locale API, without registering any tag: import
 * from here to define the elements under tag names of your own, e.g.
 * `customElements.define('my-causes', class extends CauseList {})`.
 */
export { CauseList } from './elements/cause-list.js';
export { FaqAccordion, type FaqToggleDetail } from './elements/faq-accordion.js';
export { WhenToSeeDoctor, type EmergencyCallDetail } from './elements/when-to-see-doctor.js';
export { ExerciseTips } from './elements/exercise-tips.js';
export { LegwiseElement } from './elements/legwise-element.js';
export {
  LOCALE_CHANGE_EVENT,
  getLocale,
  setLocale,
  supportedLocales,
  type LegwiseLocale,
  type LocaleChangeDetail,
} from './i18n/index.js';
export { getRegion, setRegion, type RegionList } from './region.js';
export { CONTENT_VERSION as contentVersion } from '../content/meta.js';
export { EMERGENCY_NUMBERS, emergencyNumberFor, type RegionCode } from '../content/emergency-numbers.js';
export { VERSION } from './version.js';
