/**
 * `/widgets/v1/ceasefire-gauge.js`: defines <ceasefire-gauge> (guarded), for
 * pages that want the gauge alone. `explainers.js` imports this same module
 * when a gauge appears on the page.
 */
import { defineOnce } from '../shared/define';
import { CeasefireGauge } from './ceasefire-gauge.component';

export type { ExplainerErrorDetail, ExplainerLoadDetail } from '../shared/element';
export { CeasefireGauge };

defineOnce('ceasefire-gauge', CeasefireGauge);

declare global {
  interface HTMLElementTagNameMap {
    'ceasefire-gauge': CeasefireGauge;
  }
}
