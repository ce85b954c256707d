import type { RouteHandler } from '@hono/zod-openapi';
import type { IncidentShape } from '../../contract/incident';
import { database } from '../../db/client';
import type { IncidentRecord } from '../../db/queries/incidents';
import { readIncident } from '../../db/queries/recorded-reads';
import {
  claimsAsOf,
  claimsChangedSince,
  claimsChangeInstants,
  type DatedClaim,
  summariseClaims,
} from '../../domain/claims';
import { asOfMoment, recordedBy, sortedInstants } from '../../domain/time';
import type { AppEnv } from '../../env';
import { setLastModified } from '../../http/last-modified';
import { reportTimeline } from '../../http/pinned-reads';
import { notSeenYet, recordedFields, seenMoment } from '../../http/recorded-reads';
import type { getIncident } from './incidents.routes';

const publicClaim = ({ statusChangedAt: _, ...claim }: DatedClaim) => claim;

/** The incident as the API shows it, now or as it stood at `moment`. */
export function incidentResponse(record: IncidentRecord, moment: Date | null): IncidentShape {
  const { id: _, recorded, claims: allClaims, ...rest } = record;
  const claims = moment ? claimsAsOf(allClaims, moment) : allClaims;
  const shown = claims.map(publicClaim);
  return {
    ...rest,
    claims: shown,
    summary: summariseClaims(shown),
    ...(moment
      ? {
          updatedAt: recordedBy(moment, recorded),
          asOf: moment.toISOString(),
          updatedSince: claimsChangedSince(allClaims, moment),
        }
      : {}),
  };
}

export const incidentHandler: RouteHandler<typeof getIncident, AppEnv> = async (c) => {
  const { slug } = c.req.valid('param');
  const { asOf, seenAt } = c.req.valid('query');
  const seen = seenMoment(seenAt);
  const { found: record, changes: log, firstRecorded } = await readIncident(database(c.env.DB), slug, seen);
  if (!record) throw notSeenYet('incident', slug, seen, firstRecorded);
  if (seen === undefined) {
    // Where a pinned read of it can change: the edge cache keys pinned reads by it (src/http/pinned-reads.ts).
    // A pinned view's updatedAt moves with the records made by its moment, so those instants count too.
    // (A read in recorded time is keyed by its own URL: src/http/recorded-reads.ts.)
    const changes = sortedInstants([...claimsChangeInstants(record.claims), ...record.recorded.map(Date.parse)]);
    const whole = { record, changeCount: log.length };
    reportTimeline(c, { record: whole, changes: { asOf: changes }, echoes: asOf ? ['asOf'] : [] });
  }
  const shown = { ...incidentResponse(record, asOf ? asOfMoment(asOf) : null), ...recordedFields(log.length, seen) };
  setLastModified(c, shown.updatedAt);
  return c.json(shown, 200);
};
