import type { Schema } from '@explainer-edge/client';
import { useState } from 'react';

/**
 * A story's explainers: the claims card loads its incident by itself; the
 * gauge is handed the ceasefire the page already has, through `data`. Each
 * widget's events say, under it, whether it could be shown.
 */
export function StoryExplainers({ incident, ceasefire }: { incident: string; ceasefire: Schema<'Ceasefire'> }) {
  const [claims, setClaims] = useState('Loading the claims…');
  const [gauge, setGauge] = useState('Loading the gauge…');
  return (
    <>
      <casualty-claims
        incident={incident}
        onexplainer-load={(e) => setClaims(`Claims shown for ${e.detail.slug}.`)}
        onexplainer-error={(e) => setClaims(`Claims not shown: ${e.detail.reason}.`)}
      />
      <p className="claims-status">{claims}</p>
      <ceasefire-gauge
        data={ceasefire}
        onexplainer-load={(e) => setGauge(`Gauge shown (${e.detail.resource}).`)}
        onexplainer-error={(e) => setGauge(`Gauge not shown: ${e.detail.reason}.`)}
      />
      <p className="gauge-status">{gauge}</p>
    </>
  );
}
