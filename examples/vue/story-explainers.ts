import type { Schema } from '@explainer-edge/client';
import { defineComponent, type PropType, ref } from 'vue';

/**
 * A story's explainers: the claims card loads its incident by itself; the
 * gauge is handed the ceasefire the page already has, through `data`
 * (`.data` binds a DOM property). Each widget's events say, under it,
 * whether it could be shown.
 */
export const StoryExplainers = defineComponent({
  props: {
    incident: { type: String, required: true },
    ceasefire: { type: Object as PropType<Schema<'Ceasefire'>>, required: true },
  },
  setup() {
    const claims = ref('Loading the claims…');
    const gauge = ref('Loading the gauge…');
    return {
      claims,
      gauge,
      claimsShown: (e: HTMLElementEventMap['explainer-load']) => (claims.value = `Claims shown for ${e.detail.slug}.`),
      claimsFailed: (e: HTMLElementEventMap['explainer-error']) =>
        (claims.value = `Claims not shown: ${e.detail.reason}.`),
      gaugeShown: (e: HTMLElementEventMap['explainer-load']) => (gauge.value = `Gauge shown (${e.detail.resource}).`),
      gaugeFailed: (e: HTMLElementEventMap['explainer-error']) =>
        (gauge.value = `Gauge not shown: ${e.detail.reason}.`),
    };
  },
  template: `
    <casualty-claims :incident="incident" @explainer-load="claimsShown" @explainer-error="claimsFailed"></casualty-claims>
    <p class="claims-status">{{ claims }}</p>
    <ceasefire-gauge .data="ceasefire" @explainer-load="gaugeShown" @explainer-error="gaugeFailed"></ceasefire-gauge>
    <p class="gauge-status">{{ gauge }}</p>`,
});
