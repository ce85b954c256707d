import { pinnedMoment } from '../../../shared/domain/time';
import { readIncident } from '../../db/queries/recorded-reads';
import type { asOfQuery, Checked, slugParams } from '../../http/checks';
import { setLastModified } from '../../http/last-modified';
import type { PublicHandler } from '../../http/public-route';
import { notSeenYet, recordedFields, seenMoment } from '../../http/recorded-reads';
import { taggedJson } from '../../http/tagged';
import { presentIncident } from '../../presenters/incident';
import { reportIncidentTimeline } from './incident-timeline';

export const incidentHandler: PublicHandler<Checked<typeof asOfQuery>, Checked<typeof slugParams>> = async (c) => {
  const { slug } = c.req.valid('param');
  const { asOf, seenAt } = c.req.valid('query');
  const seen = seenMoment(seenAt);
  const { found: record, changes: log, firstRecorded } = await readIncident(c.env.DB, slug, seen);
  if (!record) throw notSeenYet('incident', slug, seen, firstRecorded);
  // Where a pinned read of it can change (a read in recorded time is keyed by its own URL: src/http/recorded-reads.ts).
  if (seen === undefined) reportIncidentTimeline(c, record, log.length, asOf ? ['asOf'] : []);
  const shown = { ...presentIncident(record, asOf ? pinnedMoment(asOf) : null), ...recordedFields(log.length, seenAt) };
  setLastModified(c, shown.updatedAt);
  return taggedJson(c, shown);
};
