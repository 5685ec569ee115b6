/**
 * Vue 3 typings: the four elements as global components, so that `vue-tsc`
 * checks their attributes (`heading-level="9"` is an error) and types their
 * events (`@faq-toggle` gives a `CustomEvent<FaqToggleDetail>`). Use once in
 * your app:
 *
 *   import type {} from 'legwise/vue';
 *
 * and tell Vue they are custom elements:
 * `compilerOptions.isCustomElement: (tag) => ['cause-list', 'faq-accordion', 'when-to-see-doctor', 'exercise-tips'].includes(tag)`.
 *
 * Vue matches props in camelCase (`heading-level` → `headingLevel`,
 * `@faq-toggle` → `onFaqToggle`), so the keys here are the properties'
 * names. Generated from the elements' API (src/jsx/props.ts).
 */
import type { DefineComponent } from 'vue';
import type { EventsOf, LegwiseTag, PascalCase, PropertiesOf } from './props.js';

type VueEvents<K extends LegwiseTag> = {
  [E in keyof EventsOf<K> & string as `on${PascalCase<E>}`]?: (event: EventsOf<K>[E]) => void;
};

/** The props of each Legwise element, as Vue sees them. */
export type LegwiseGlobalComponents = {
  [K in LegwiseTag]: DefineComponent<PropertiesOf<K> & VueEvents<K>>;
};

declare module 'vue' {
  interface GlobalComponents extends LegwiseGlobalComponents {}
}
