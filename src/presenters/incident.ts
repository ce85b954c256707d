/**
 * An incident as the API shows it. Every place that shows an incident (its
 * public read, an article, an embed page, oEmbed, the demo page, the
 * editors' API) turns the record into its public shape here, so they cannot
 * drift. Plain data in, plain data out: no zod, no HTTP.
 */
import type { IncidentShape } from '../../shared/contract/incident';
import { claimsAsOf, claimsChangedSince, type DatedClaim, summariseClaims } from '../../shared/domain/claims';
import { type PinnedMoment, recordedBy } from '../../shared/domain/time';
import type { IncidentRecord } from '../db/rows/incidents';

/** A claim as the API shows it: when its status last changed is for pinned views, not for readers. */
const publicClaim = ({ statusChangedAt: _, ...claim }: DatedClaim) => claim;

/** The incident now (`moment` null), or as it stood at `moment`, with its claims and their summary. */
export function presentIncident(record: IncidentRecord, moment: PinnedMoment | null): IncidentShape {
  const { id: _, recorded, claims: allClaims, ...rest } = record;
  const claims = moment ? claimsAsOf(allClaims, moment.at) : allClaims;
  const shown = claims.map(publicClaim);
  return {
    ...rest,
    claims: shown,
    summary: summariseClaims(shown),
    ...(moment
      ? {
          updatedAt: recordedBy(moment.at, recorded),
          asOf: moment.echo,
          updatedSince: claimsChangedSince(allClaims, moment.at),
        }
      : {}),
  };
}
