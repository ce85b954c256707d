/**
 * The widget bundle's entry: defines <casualty-claims> and <ceasefire-gauge>.
 * A page may include this script more than once (two CMS blocks, two
 * versions); each name is defined only if it is still free, so the second
 * copy is harmless.
 */
import { CasualtyClaims } from './casualty-claims/casualty-claims.component';
import { CeasefireGauge } from './ceasefire-gauge/ceasefire-gauge.component';

import type { ExplainerEventMap } from './shared/element';

export type { ExplainerErrorDetail, ExplainerEventMap, ExplainerLoadDetail } from './shared/element';
export { CasualtyClaims, CeasefireGauge };

const elements: [string, CustomElementConstructor][] = [
  ['casualty-claims', CasualtyClaims],
  ['ceasefire-gauge', CeasefireGauge],
];

for (const [name, element] of elements) {
  try {
    if (!customElements.get(name)) customElements.define(name, element);
  } catch {
    // Another script took the name between the check and the define: keep theirs.
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'casualty-claims': CasualtyClaims;
    'ceasefire-gauge': CeasefireGauge;
  }
  // Typed `detail` for the widgets' events on any element, and on the document they bubble up to.
  interface HTMLElementEventMap extends ExplainerEventMap {}
  interface DocumentEventMap extends ExplainerEventMap {}
}
