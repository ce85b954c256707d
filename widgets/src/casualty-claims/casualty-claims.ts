/**
 * `/widgets/v1/casualty-claims.js`: defines <casualty-claims> (guarded), for
 * pages that want the card alone. `explainers.js` imports this same module
 * when a card appears on the page.
 */
import { defineOnce } from '../shared/define';
import { CasualtyClaims } from './casualty-claims.component';

export type { ExplainerErrorDetail, ExplainerLoadDetail } from '../shared/element';
export { CasualtyClaims };

defineOnce('casualty-claims', CasualtyClaims);

declare global {
  interface HTMLElementTagNameMap {
    'casualty-claims': CasualtyClaims;
  }
}
