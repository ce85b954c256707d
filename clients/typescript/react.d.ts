/**
 * The two elements in React 19's JSX: attributes, the `data` property and
 * the events, typed. React 19 sets a prop as a property when the element
 * has one (`data`, `incident`, …) and listens for `on<event-name>` props.
 * `import type {} from '@explainer-edge/client/react'` once in the app.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CasualtyClaims, CeasefireGauge, ExplainerEventMap } from './elements.js';

type Listeners = { [E in keyof ExplainerEventMap as `on${E}`]?: (event: ExplainerEventMap[E]) => void };

type ExplainerProps<E extends CasualtyClaims | CeasefireGauge> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Listeners & {
    api?: string;
    theme?: 'auto' | 'light' | 'dark';
    'as-of'?: string;
    'seen-at'?: string;
    /** `off`, or the seconds between live checks. */
    live?: string;
    /** The title's heading level, `1`–`6`; by default one below the last heading the page shows before the widget. */
    'heading-level'?: string;
    data?: E['data'];
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'casualty-claims': ExplainerProps<CasualtyClaims> & { incident?: string };
      'ceasefire-gauge': ExplainerProps<CeasefireGauge> & { ceasefire?: string };
    }
  }
}
