/**
 * The two custom elements, typed: `document.querySelector('casualty-claims')`
 * is a `CasualtyClaims`, `data` takes the API's own shape, and listeners for
 * the widgets' events get a typed `detail`. Types only: the elements
 * themselves come from the deployment's `/widgets/v1/explainers.js` (or a
 * widget's own module). custom-elements.json, next to the module, lists the
 * same surface for editors and docs tools.
 */
import type { components } from './openapi.js';

export type Incident = components['schemas']['Incident'];
export type Ceasefire = components['schemas']['Ceasefire'];
export type ResourceKind = 'incident' | 'ceasefire';

/** What both elements have: each attribute is also a property of the same name in camel case (`as-of`: `asOf`). */
export interface ExplainerElement<T> extends HTMLElement {
  /** The API's origin; defaults to the origin the module was loaded from. */
  api: string | null;
  /** `lang`: `en`, `es` or `ar`, with any region or extension (`es-MX`, `ar-u-nu-latn`); the page's `lang` by default. */
  uiLang: string | null;
  /** `auto` (default: the page's own scheme, else the colour behind the widget), `light` or `dark`. */
  theme: string | null;
  /** `as-of`: the data as it stood then (`YYYY-MM-DD`, the end of that day UTC, or an instant with offset). */
  asOf: string | null;
  /** `seen-at`: exactly what was published at this instant. */
  seenAt: string | null;
  /** `off`, or the seconds between live checks (at least 15); on by default. */
  live: string | null;
  /** `heading-level`: the title's heading level (1–6), its sections' one below; by default one below the last heading the page shows before the widget. */
  headingLevel: string | null;
  /** The resource in the API's shape: shown without a request. */
  data: T | undefined;
}

export interface CasualtyClaims extends ExplainerElement<Incident> {
  /** The incident's slug. */
  incident: string | null;
}

export interface CeasefireGauge extends ExplainerElement<Ceasefire> {
  /** The ceasefire's slug. */
  ceasefire: string | null;
}

export type ExplainerLoadDetail = { resource: ResourceKind; slug: string; url: string; data: unknown };
export type ExplainerErrorDetail = {
  resource: ResourceKind;
  slug: string;
  url: string;
  reason: 'not-found' | 'network' | 'timeout' | 'http' | 'malformed' | 'render';
  /** The HTTP status, when there was an answer. */
  status?: number;
};
export type ExplainerUpdateDetail = {
  resource: ResourceKind;
  slug: string;
  url: string;
  data: unknown;
  /** Ids of the claims, tallies or milestones that are new or changed (and `status` when the status changed). */
  changed: string[];
};

/** Every event a widget dispatches (they bubble and are composed, so they reach `document`). */
export interface ExplainerEventMap {
  'explainer-load': CustomEvent<ExplainerLoadDetail>;
  'explainer-error': CustomEvent<ExplainerErrorDetail>;
  'explainer-update': CustomEvent<ExplainerUpdateDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'casualty-claims': CasualtyClaims;
    'ceasefire-gauge': CeasefireGauge;
  }
  interface HTMLElementEventMap extends ExplainerEventMap {}
  interface DocumentEventMap extends ExplainerEventMap {}
}
