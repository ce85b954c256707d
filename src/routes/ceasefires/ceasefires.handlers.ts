import type { RouteHandler } from '@hono/zod-openapi';
import type { CeasefireShape } from '../../contract/ceasefire';
import { database } from '../../db/client';
import type { CeasefireRow } from '../../db/queries/ceasefires';
import { readCeasefire } from '../../db/queries/recorded-reads';
import { ceasefireAsOf, ceasefireChangeInstants, ceasefireEchoesMoment } from '../../domain/ceasefire';
import { asOfMoment, recordedBy, sortedInstants } from '../../domain/time';
import type { AppEnv } from '../../env';
import { setLastModified } from '../../http/last-modified';
import { reportTimeline } from '../../http/pinned-reads';
import { Problem } from '../../http/problem';
import { notSeenYet, recordedFields, seenMoment } from '../../http/recorded-reads';
import type { getCeasefire } from './ceasefires.routes';

/** The ceasefire as the API shows it, or null if it had not started by `moment`. */
export function ceasefireResponse(row: CeasefireRow, moment: Date | null): CeasefireShape | null {
  const { id: _, recorded, ...record } = row;
  const shown = ceasefireAsOf(record, moment);
  return shown && moment ? { ...shown, updatedAt: recordedBy(moment, recorded) } : shown;
}

export const ceasefireHandler: RouteHandler<typeof getCeasefire, AppEnv> = async (c) => {
  const { slug } = c.req.valid('param');
  const { asOf, seenAt } = c.req.valid('query');
  const seen = seenMoment(seenAt);
  const { found: row, changes: log, firstRecorded } = await readCeasefire(database(c.env.DB), slug, seen);
  if (!row) throw notSeenYet('ceasefire', slug, seen, firstRecorded);
  const moment = asOf ? asOfMoment(asOf) : null;
  if (seen === undefined) {
    // Where a pinned read of it can change: the edge cache keys pinned reads by it (src/http/pinned-reads.ts).
    // A pinned view's updatedAt moves with the records made by its moment, so those instants count too.
    // (A read in recorded time is keyed by its own URL: src/http/recorded-reads.ts.)
    const echoes = moment && ceasefireEchoesMoment(row, moment) ? (['asOf'] as const) : [];
    const changes = sortedInstants([...ceasefireChangeInstants(row), ...row.recorded.map(Date.parse)]);
    const whole = { row, changeCount: log.length };
    reportTimeline(c, { record: whole, changes: { asOf: changes }, echoes: [...echoes] });
  }
  const shown = ceasefireResponse(row, moment);
  // The same words for every instant before the start, so one cached answer serves them all.
  if (!shown)
    throw new Problem('not-found', `The ceasefire "${slug}" had not started by then; it began ${row.startedAt}.`);
  setLastModified(c, shown.updatedAt);
  return c.json({ ...shown, ...recordedFields(log.length, seen) }, 200);
};
