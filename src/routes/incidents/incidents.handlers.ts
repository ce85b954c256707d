import { claimsChangeInstants } from '../../../shared/domain/claims';
import { asOfMoment, sortedInstants } from '../../../shared/domain/time';
import { database } from '../../db/client';
import { findIncident } from '../../db/queries/incidents';
import type { asOfQuery, Checked, slugParams } from '../../http/checks';
import { setLastModified } from '../../http/last-modified';
import { reportTimeline } from '../../http/pinned-reads';
import { Problem } from '../../http/problem';
import type { PublicHandler } from '../../http/public-route';
import { presentIncident } from '../../presenters/incident';

export const incidentHandler: PublicHandler<Checked<typeof asOfQuery>, Checked<typeof slugParams>> = async (c) => {
  const { slug } = c.req.valid('param');
  const { asOf } = c.req.valid('query');
  const record = await findIncident(database(c.env.DB), slug);
  if (!record) throw new Problem('not-found', `No incident "${slug}".`);
  // Where a pinned read of it can change: the edge cache keys pinned reads by it (src/http/pinned-reads.ts).
  // A pinned view's updatedAt moves with the records made by its moment, so those instants count too.
  const changes = sortedInstants([...claimsChangeInstants(record.claims), ...record.recorded.map(Date.parse)]);
  reportTimeline(c, { record, changes: { asOf: changes }, echoes: asOf ? ['asOf'] : [] });
  const shown = presentIncident(record, asOf ? asOfMoment(asOf) : null);
  setLastModified(c, shown.updatedAt);
  return c.json(shown, 200);
};
