import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { assertRole } from '../../auth/roles';
import { database } from '../../db/client';
import { incidentForEditor, listForPicker } from '../../db/queries/admin';
import { createClaim as addClaim } from '../../db/writes/claims';
import { findRow } from '../../db/writes/entities';
import { createIncident as create, updateIncident } from '../../db/writes/incidents';
import { switchReview } from '../../db/writes/review';
import { entityTag, partTags } from '../../db/writes/update';
import type { AdminEnv } from '../../env';
import { Problem } from '../../http/problem';
import { presentIncident } from '../../presenters/incident';
import { requireIfMatch } from './admin.http';
import { respondHeld, reviewState, writer } from './changes.handlers';
import { respondClaim } from './claims.handlers';
import { createOnce } from './idempotency';
import type { createClaim, createIncident, getIncident, listIncidents, patchIncident } from './incidents.routes';

async function respond<S extends 200 | 201>(c: Context<AdminEnv>, slug: string, status: S) {
  const found = await incidentForEditor(database(c.env.DB), slug);
  if (!found) throw new Problem('not-found', `No incident "${slug}".`);
  const shown = {
    ...presentIncident(found.record, null),
    review: reviewState(found.reviewRequired),
    claimTags: partTags(found.partVersions),
  };
  return c.json(shown, status, { ETag: entityTag(found.id, found.version) });
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
  return respond(c, written.key, 201);
};

export const patchIncidentHandler: RouteHandler<typeof patchIncident, AdminEnv> = async (c) => {
  const { slug } = c.req.valid('param');
  const body = c.req.valid('json');
  const db = database(c.env.DB);
  if (body.review !== undefined) {
    assertRole(c.get('editor'), 'desk', 'switch review on or off');
    const row = await findRow(db, 'incident', slug);
    if (!row) throw new Problem('not-found', `No incident "${slug}".`);
    const by = writer(c, 'review.off', { slug }, body);
    const pending = await switchReview(db, { type: 'incident', id: row.id, key: slug }, body.review === 'required', by);
    if (pending) return respondHeld(c, pending);
    return respond(c, slug, 200);
  }
  const ifMatch = requireIfMatch(c.req.header('If-Match'));
  const written = await updateIncident(db, slug, body, ifMatch, writer(c, 'incident.update', { slug }, body, ifMatch));
  if (written.pending) return respondHeld(c, written.pending);
  return respond(c, slug, 200);
};

export const createClaimHandler: RouteHandler<typeof createClaim, AdminEnv> = async (c) => {
  const { slug } = c.req.valid('param');
  const body = c.req.valid('json');
  // A revision may say which version of the claim it revises its proposer read; the claim's tags otherwise. A
  // header sent is held to, whatever it holds: one naming no usable tag is 412 (`*` 428), never "no precondition".
  const ifMatch = c.req.header('If-Match');
  const seen = body.supersedes !== undefined && ifMatch !== undefined ? requireIfMatch(ifMatch) : [];
  const operation = { kind: 'claim.create' as const, params: { slug }, body, ifMatch: seen };
  const written = await createOnce(c, (by) => addClaim(database(c.env.DB), slug, body, by, seen), operation);
  if (written.pending) return respondHeld(c, written.pending);
  return respondClaim(c, written.id, 201);
};
