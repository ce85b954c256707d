import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { database } from '../../db/client';
import { incidentForEditor, listForPicker } from '../../db/queries/admin';
import { createClaim as addClaim } from '../../db/writes/claims';
import { createIncident as create, updateIncident } from '../../db/writes/incidents';
import { author, entityTag } from '../../db/writes/update';
import type { AdminEnv } from '../../env';
import { purgeAffectedReads } from '../../http/cache';
import { Problem } from '../../http/problem';
import { incidentResponse } from '../incidents/incidents.handlers';
import { requireIfMatch } from './admin.http';
import { respondClaim } from './claims.handlers';
import { createOnce } from './idempotency';
import type { createClaim, createIncident, getIncident, listIncidents, patchIncident } from './incidents.routes';

async function respond<S extends 200 | 201>(c: Context<AdminEnv>, slug: string, status: S) {
  const found = await incidentForEditor(database(c.env.DB), slug);
  if (!found) throw new Problem('not-found', `No incident "${slug}".`);
  return c.json(incidentResponse(found.record, null), status, { ETag: entityTag(found.id, found.version) });
}

export const listIncidentsHandler: RouteHandler<typeof listIncidents, AdminEnv> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const page = await listForPicker(database(c.env.DB), 'incident', { limit, after: cursor });
  return c.json({ data: page.data, nextCursor: page.next }, 200);
};

export const getIncidentHandler: RouteHandler<typeof getIncident, AdminEnv> = (c) =>
  respond(c, c.req.valid('param').slug, 200);

export const createIncidentHandler: RouteHandler<typeof createIncident, AdminEnv> = async (c) => {
  const written = await createOnce(c, (by) => create(database(c.env.DB), c.req.valid('json'), by));
  await purgeAffectedReads(c, written.affected);
  return respond(c, written.key, 201);
};

export const patchIncidentHandler: RouteHandler<typeof patchIncident, AdminEnv> = async (c) => {
  const ifMatch = requireIfMatch(c.req.header('If-Match'));
  const { slug } = c.req.valid('param');
  const written = await updateIncident(database(c.env.DB), slug, c.req.valid('json'), ifMatch, author(c.get('editor')));
  await purgeAffectedReads(c, written.affected);
  return respond(c, slug, 200);
};

export const createClaimHandler: RouteHandler<typeof createClaim, AdminEnv> = async (c) => {
  const { slug } = c.req.valid('param');
  const written = await createOnce(c, (by) => addClaim(database(c.env.DB), slug, c.req.valid('json'), by));
  await purgeAffectedReads(c, written.affected);
  return respondClaim(c, written.id, 201);
};
