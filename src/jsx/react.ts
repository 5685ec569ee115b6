/**
 * JSX typings for React 19, which renders custom elements natively: a prop
 * that matches a property is set as the property (`headingLevel={3}`), any
 * other as an attribute (`heading-level="3"`), and `on<event-name>` adds an
 * event listener (`onfaq-toggle`). Use once in your app:
 *
 *   import type {} from 'legwise/react';
 *
 * Generated from the elements' API (src/jsx/props.ts): a wrong value, such as
 * `heading-level={9}` or `theme="blue"`, is a type error.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AttributesOf, EventsOf, LegwiseElementApi, LegwiseTag, PropertiesOf } from './props.js';

type ReactEvents<K extends LegwiseTag> = {
  [E in keyof EventsOf<K> & string as `on${E}`]?: (event: EventsOf<K>[E]) => void;
};

/** The JSX props of each Legwise element. */
export type LegwiseIntrinsicElements = {
  [K in LegwiseTag]: DetailedHTMLProps<
    HTMLAttributes<LegwiseElementApi[K]['element']>,
    LegwiseElementApi[K]['element']
  > &
    AttributesOf<K> &
    PropertiesOf<K> &
    ReactEvents<K>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace to augment
  namespace JSX {
    interface IntrinsicElements extends LegwiseIntrinsicElements {}
  }
}
