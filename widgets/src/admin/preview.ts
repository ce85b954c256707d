/**
 * What the widgets would show if the editor saved now. The preview runs the
 * same pure functions as the API (`src/domain`), so an unsaved change is
 * summarised and gauged exactly as the public read will be once it lands.
 */
import type { CeasefireShape } from '../../../src/contract/ceasefire';
import type { CeasefireStatus } from '../../../src/contract/enums';
import type { ClaimShape, IncidentShape } from '../../../src/contract/incident';
import { gaugeReading } from '../../../src/domain/ceasefire';
import { summariseClaims } from '../../../src/domain/claims';

export const DRAFT_CLAIM_ID = 'draft';

/** An incident with a claim added (or a claim revised, when `draft.supersedes` is set). */
export function withDraftClaim(incident: IncidentShape, draft: ClaimShape): IncidentShape {
  const claims = incident.claims.map((c) => (c.id === draft.supersedes ? { ...c, status: 'superseded' as const } : c));
  claims.push(draft);
  return { ...incident, claims, summary: summariseClaims(claims) };
}

/** An incident with one claim retracted. */
export function withRetraction(incident: IncidentShape, claimId: string): IncidentShape {
  const claims = incident.claims.map((c) => (c.id === claimId ? { ...c, status: 'retracted' as const } : c));
  return { ...incident, claims, summary: summariseClaims(claims) };
}

/** A ceasefire with its status (and the moment the data describes) changed. */
export function withStatus(
  ceasefire: CeasefireShape,
  change: { status: CeasefireStatus; statusNote: string | null; asOf: string },
): CeasefireShape {
  const history =
    change.status === ceasefire.status
      ? ceasefire.history
      : [...ceasefire.history, { status: change.status, at: change.asOf, note: change.statusNote }];
  return {
    ...ceasefire,
    ...change,
    history,
    gauge: gaugeReading({ ...ceasefire, ...change }),
  };
}
