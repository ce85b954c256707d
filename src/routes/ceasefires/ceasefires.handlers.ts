import type { RouteHandler } from '@hono/zod-openapi';
import type { CeasefireShape } from '../../contract/ceasefire';
import { database } from '../../db/client';
import { type CeasefireRow, findCeasefire } from '../../db/queries/ceasefires';
import { ceasefireAsOf } from '../../domain/ceasefire';
import { asOfMoment, recordedBy } from '../../domain/time';
import type { AppEnv } from '../../env';
import { setLastModified } from '../../http/last-modified';
import { Problem } from '../../http/problem';
import type { getCeasefire } from './ceasefires.routes';

/** The ceasefire as the API shows it, or null if it had not started by `moment`. */
export function ceasefireResponse(row: CeasefireRow, moment: Date | null): CeasefireShape | null {
  const { id: _, recorded, ...record } = row;
  const shown = ceasefireAsOf(record, moment);
  return shown && moment ? { ...shown, updatedAt: recordedBy(moment, recorded) } : shown;
}

export const ceasefireHandler: RouteHandler<typeof getCeasefire, AppEnv> = async (c) => {
  const { slug } = c.req.valid('param');
  const { asOf } = c.req.valid('query');
  const row = await findCeasefire(database(c.env.DB), slug);
  if (!row) throw new Problem('not-found', `No ceasefire "${slug}".`);
  const shown = ceasefireResponse(row, asOf ? asOfMoment(asOf) : null);
  if (!shown) throw new Problem('not-found', `The ceasefire "${slug}" had not started by ${asOf}.`);
  setLastModified(c, shown.updatedAt);
  return c.json(shown, 200);
};
