import { ceasefireChangeInstants, ceasefireEchoesMoment } from '../../../shared/domain/ceasefire';
import { pinnedMoment, sortedInstants } from '../../../shared/domain/time';
import { readCeasefire } from '../../db/queries/recorded-reads';
import type { asOfQuery, Checked, slugParams } from '../../http/checks';
import { setLastModified } from '../../http/last-modified';
import { reportTimeline } from '../../http/pinned-reads';
import { Problem } from '../../http/problem';
import type { PublicHandler } from '../../http/public-route';
import { notSeenYet, recordedFields, seenMoment } from '../../http/recorded-reads';
import { taggedJson } from '../../http/tagged';
import { presentCeasefire } from '../../presenters/ceasefire';

export const ceasefireHandler: PublicHandler<Checked<typeof asOfQuery>, Checked<typeof slugParams>> = async (c) => {
  const { slug } = c.req.valid('param');
  const { asOf, seenAt } = c.req.valid('query');
  const seen = seenMoment(seenAt);
  const { found: row, changes: log, firstRecorded } = await readCeasefire(c.env.DB, slug, seen);
  if (!row) throw notSeenYet('ceasefire', slug, seen, firstRecorded);
  const moment = asOf ? pinnedMoment(asOf) : null;
  if (seen === undefined) {
    // Where a pinned read of it can change: the edge cache keys pinned reads by it (src/http/pinned-reads.ts).
    // A pinned view's updatedAt moves with the records made by its moment, so those instants count too.
    // (A read in recorded time is keyed by its own URL: src/http/recorded-reads.ts.)
    const echoes = moment && ceasefireEchoesMoment(row, moment.at) ? (['asOf'] as const) : [];
    const changes = sortedInstants([...ceasefireChangeInstants(row), ...row.recorded.map(Date.parse)]);
    const whole = { row, changeCount: log.length };
    reportTimeline(c, { record: whole, changes: { asOf: changes }, echoes: [...echoes] });
  }
  const shown = presentCeasefire(row, moment);
  // The same words for every instant before the start, so one cached answer serves them all.
  if (!shown)
    throw new Problem('not-found', `The ceasefire "${slug}" had not started by then; it began ${row.startedAt}.`);
  setLastModified(c, shown.updatedAt);
  return taggedJson(c, { ...shown, ...recordedFields(log.length, seenAt) });
};
