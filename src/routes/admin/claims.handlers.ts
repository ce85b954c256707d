import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { database } from '../../db/client';
import { findClaim } from '../../db/queries/incidents';
import { retractClaim as retract, updateClaim } from '../../db/writes/claims';
import { entityTag } from '../../db/writes/update';
import type { AdminEnv } from '../../env';
import { purgeAffectedReads } from '../../http/cache';
import { Problem } from '../../http/problem';
import { requireIfMatch } from './admin.http';
import { respondHeld, writer } from './changes.handlers';
import type { getClaim, patchClaim, retractClaim } from './claims.routes';

/** The claim in its public shape, with its current ETag. */
export async function respondClaim<S extends 200 | 201>(c: Context<AdminEnv>, id: string, status: S) {
  const found = await findClaim(database(c.env.DB), id);
  if (!found) throw new Problem('not-found', `No claim "${id}".`);
  const { statusChangedAt: _, ...claim } = found.claim;
  return c.json(claim, status, { ETag: entityTag(id, found.version) });
}

export const getClaimHandler: RouteHandler<typeof getClaim, AdminEnv> = (c) =>
  respondClaim(c, c.req.valid('param').id, 200);

export const patchClaimHandler: RouteHandler<typeof patchClaim, AdminEnv> = async (c) => {
  const ifMatch = requireIfMatch(c.req.header('If-Match'));
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  const written = await updateClaim(
    database(c.env.DB),
    id,
    body,
    ifMatch,
    writer(c, 'claim.update', { id }, body, ifMatch),
  );
  if (written.pending) return respondHeld(c, written.pending);
  await purgeAffectedReads(c, written.affected);
  return respondClaim(c, id, 200);
};

export const retractClaimHandler: RouteHandler<typeof retractClaim, AdminEnv> = async (c) => {
  const ifMatch = requireIfMatch(c.req.header('If-Match'));
  const { id } = c.req.valid('param');
  const written = await retract(database(c.env.DB), id, ifMatch, writer(c, 'claim.retract', { id }, null, ifMatch));
  if (written.pending) return respondHeld(c, written.pending);
  await purgeAffectedReads(c, written.affected);
  return respondClaim(c, id, 200);
};
