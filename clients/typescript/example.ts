/**
 * The client in a few lines: who claims what for one incident.
 * Run from the repository: `EXPLAINER_API=http://127.0.0.1:8787 npx tsx clients/typescript/example.ts`.
 */
import { createExplainerClient } from '@explainer-edge/client';

const api = createExplainerClient(process.env.EXPLAINER_API ?? 'http://127.0.0.1:8787');

const { data, error } = await api.GET('/api/v1/incidents/{slug}', {
  params: { path: { slug: 'deir-ez-zor-airstrike-2016' }, query: { asOf: '2016-09-20' } },
});
if (error) throw new Error(`${error.title}: ${error.detail ?? ''}`); // RFC 9457 problem+json, typed

console.log(data.title);
for (const claim of data.claims) console.log(`${claim.claimant.name}: ${claim.asWritten} ${claim.metric}`);
