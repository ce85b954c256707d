import { ceasefireChangeInstants, ceasefireEchoesMoment } from '../../../shared/domain/ceasefire';
import { asOfMoment, sortedInstants } from '../../../shared/domain/time';
import { database } from '../../db/client';
import { findCeasefire } from '../../db/queries/ceasefires';
import type { asOfQuery, Checked, slugParams } from '../../http/checks';
import { setLastModified } from '../../http/last-modified';
import { reportTimeline } from '../../http/pinned-reads';
import { Problem } from '../../http/problem';
import type { PublicHandler } from '../../http/public-route';
import { presentCeasefire } from '../../presenters/ceasefire';

export const ceasefireHandler: PublicHandler<Checked<typeof asOfQuery>, Checked<typeof slugParams>> = async (c) => {
  const { slug } = c.req.valid('param');
  const { asOf } = c.req.valid('query');
  const row = await findCeasefire(database(c.env.DB), slug);
  if (!row) throw new Problem('not-found', `No ceasefire "${slug}".`);
  const moment = asOf ? asOfMoment(asOf) : null;
  // Where a pinned read of it can change: the edge cache keys pinned reads by it (src/http/pinned-reads.ts).
  // A pinned view's updatedAt moves with the records made by its moment, so those instants count too.
  const echoes = moment && ceasefireEchoesMoment(row, moment) ? (['asOf'] as const) : [];
  const changes = sortedInstants([...ceasefireChangeInstants(row), ...row.recorded.map(Date.parse)]);
  reportTimeline(c, { record: row, changes: { asOf: changes }, echoes: [...echoes] });
  const shown = presentCeasefire(row, moment);
  // The same words for every instant before the start, so one cached answer serves them all.
  if (!shown)
    throw new Problem('not-found', `The ceasefire "${slug}" had not started by then; it began ${row.startedAt}.`);
  setLastModified(c, shown.updatedAt);
  return c.json(shown, 200);
};
