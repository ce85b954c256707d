import { claimsChangeInstants } from '../../../shared/domain/claims';
import { asOfMoment, sortedInstants } from '../../../shared/domain/time';
import { readIncident } from '../../db/queries/recorded-reads';
import type { asOfQuery, Checked, slugParams } from '../../http/checks';
import { setLastModified } from '../../http/last-modified';
import { reportTimeline } from '../../http/pinned-reads';
import type { PublicHandler } from '../../http/public-route';
import { notSeenYet, recordedFields, seenMoment } from '../../http/recorded-reads';
import { taggedJson } from '../../http/tagged';
import { presentIncident } from '../../presenters/incident';

export const incidentHandler: PublicHandler<Checked<typeof asOfQuery>, Checked<typeof slugParams>> = async (c) => {
  const { slug } = c.req.valid('param');
  const { asOf, seenAt } = c.req.valid('query');
  const seen = seenMoment(seenAt);
  const { found: record, changes: log, firstRecorded } = await readIncident(c.env.DB, slug, seen);
  if (!record) throw notSeenYet('incident', slug, seen, firstRecorded);
  if (seen === undefined) {
    // Where a pinned read of it can change: the edge cache keys pinned reads by it (src/http/pinned-reads.ts).
    // A pinned view's updatedAt moves with the records made by its moment, so those instants count too.
    // (A read in recorded time is keyed by its own URL: src/http/recorded-reads.ts.)
    const changes = sortedInstants([...claimsChangeInstants(record.claims), ...record.recorded.map(Date.parse)]);
    const whole = { record, changeCount: log.length };
    reportTimeline(c, { record: whole, changes: { asOf: changes }, echoes: asOf ? ['asOf'] : [] });
  }
  const shown = { ...presentIncident(record, asOf ? asOfMoment(asOf) : null), ...recordedFields(log.length, seen) };
  setLastModified(c, shown.updatedAt);
  return taggedJson(c, shown);
};
