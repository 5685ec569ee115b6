// Type test (compiled by `npm run typecheck`, never run): Vue sees the four
// elements as global components with typed props.
import type {} from '../../src/jsx/vue.js';
import type { GlobalComponents } from 'vue';

type Props<K extends keyof GlobalComponents> = GlobalComponents[K] extends abstract new (...args: never[]) => {
  $props: infer P;
}
  ? P
  : never;

export const region: Props<'when-to-see-doctor'>['region'] = 'GB';
export const single: Props<'faq-accordion'>['single'] = true;
// @ts-expect-error category is a string
export const category: Props<'cause-list'>['category'] = 3;
