import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { assertRole } from '../../auth/roles';
import { database } from '../../db/client';
import { ceasefireForEditor, listForPicker } from '../../db/queries/admin';
import {
  createMilestone as addMilestone,
  createTally as addTally,
  createCeasefire as create,
  updateCeasefire,
  updateMilestone,
} from '../../db/writes/ceasefires';
import { findRow } from '../../db/writes/entities';
import { switchReview } from '../../db/writes/review';
import { entityTag, partTags } from '../../db/writes/update';
import type { AdminEnv } from '../../env';
import { Problem } from '../../http/problem';
import { presentCeasefire } from '../../presenters/ceasefire';
import { requireIfMatch } from './admin.http';
import type {
  createCeasefire,
  createMilestone,
  createTally,
  getCeasefire,
  getMilestone,
  listCeasefires,
  patchCeasefire,
  patchMilestone,
} from './ceasefires.routes';
import { respondHeld, reviewState, writer } from './changes.handlers';
import { createOnce } from './idempotency';

/** The ceasefire now (as its data describes it), with its version and its milestones'. */
async function current(c: Context<AdminEnv>, slug: string) {
  const found = await ceasefireForEditor(database(c.env.DB), slug);
  const shown = found && presentCeasefire({ ...found.record, id: found.id }, null);
  if (!found || !shown) throw new Problem('not-found', `No ceasefire "${slug}".`);
  return { ...found, shown };
}

async function respond<S extends 200 | 201>(c: Context<AdminEnv>, slug: string, status: S) {
  const { shown, record, id, version, reviewRequired, partVersions } = await current(c, slug);
  const read = {
    ...shown,
    review: reviewState(reviewRequired),
    milestoneTags: partTags(partVersions),
    storedEndedAt: record.endedAt,
    storedTallies: record.tallies,
  };
  return c.json(read, status, { ETag: entityTag(id, version) });
}

async function respondMilestone<S extends 200 | 201>(c: Context<AdminEnv>, slug: string, id: string, status: S) {
  const { shown, partVersions } = await current(c, slug);
  const milestone = shown.milestones.find((m) => m.id === id);
  const version = partVersions.get(id);
  if (!milestone || version === undefined) throw new Problem('not-found', `No milestone "${id}" in "${slug}".`);
  return c.json(milestone, status, { ETag: entityTag(id, version) });
}

export const listCeasefiresHandler: RouteHandler<typeof listCeasefires, AdminEnv> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const page = await listForPicker(database(c.env.DB), 'ceasefire', { limit, after: cursor });
  return c.json({ data: page.data, nextCursor: page.next }, 200);
};

export const getCeasefireHandler: RouteHandler<typeof getCeasefire, AdminEnv> = (c) =>
  respond(c, c.req.valid('param').slug, 200);

export const createCeasefireHandler: RouteHandler<typeof createCeasefire, AdminEnv> = async (c) => {
  const written = await createOnce(c, (by) => create(database(c.env.DB), c.req.valid('json'), by));
  return respond(c, written.key, 201);
};

export const patchCeasefireHandler: RouteHandler<typeof patchCeasefire, AdminEnv> = async (c) => {
  const { slug } = c.req.valid('param');
  const body = c.req.valid('json');
  const db = database(c.env.DB);
  if (body.review !== undefined) {
    assertRole(c.get('editor'), 'desk', 'switch review on or off');
    const row = await findRow(db, 'ceasefire', slug);
    if (!row) throw new Problem('not-found', `No ceasefire "${slug}".`);
    const by = writer(c, 'review.off', { slug }, body);
    const pending = await switchReview(
      db,
      { type: 'ceasefire', id: row.id, key: slug },
      body.review === 'required',
      by,
    );
    if (pending) return respondHeld(c, pending);
    return respond(c, slug, 200);
  }
  const ifMatch = requireIfMatch(c.req.header('If-Match'));
  const by = writer(c, 'ceasefire.update', { slug }, body, ifMatch);
  const written = await updateCeasefire(db, slug, body, ifMatch, by);
  if (written.pending) return respondHeld(c, written.pending);
  return respond(c, slug, 200);
};

export const createTallyHandler: RouteHandler<typeof createTally, AdminEnv> = async (c) => {
  const { slug } = c.req.valid('param');
  const body = c.req.valid('json');
  const operation = { kind: 'tally.create' as const, params: { slug }, body, ifMatch: [] };
  const written = await createOnce(c, (by) => addTally(database(c.env.DB), slug, body, by), operation);
  if (written.pending) return respondHeld(c, written.pending);
  // From the record, not the reading: a tally dated after the ceasefire's `asOf` is stored but not yet shown.
  const { record } = await current(c, slug);
  const tally = record.tallies.find((t) => t.id === written.id);
  if (!tally) throw new Problem('not-found', `No tally "${written.id}".`);
  return c.json(tally, 201, { ETag: entityTag(written.id, 1) });
};

export const createMilestoneHandler: RouteHandler<typeof createMilestone, AdminEnv> = async (c) => {
  const { slug } = c.req.valid('param');
  const body = c.req.valid('json');
  const operation = { kind: 'milestone.create' as const, params: { slug }, body, ifMatch: [] };
  const written = await createOnce(c, (by) => addMilestone(database(c.env.DB), slug, body, by), operation);
  if (written.pending) return respondHeld(c, written.pending);
  return respondMilestone(c, slug, written.id, 201);
};

export const getMilestoneHandler: RouteHandler<typeof getMilestone, AdminEnv> = (c) => {
  const { slug, id } = c.req.valid('param');
  return respondMilestone(c, slug, id, 200);
};

export const patchMilestoneHandler: RouteHandler<typeof patchMilestone, AdminEnv> = async (c) => {
  const ifMatch = requireIfMatch(c.req.header('If-Match'));
  const { slug, id } = c.req.valid('param');
  const body = c.req.valid('json');
  const by = writer(c, 'milestone.update', { slug, id }, body, ifMatch);
  const written = await updateMilestone(database(c.env.DB), slug, id, body, ifMatch, by);
  if (written.pending) return respondHeld(c, written.pending);
  return respondMilestone(c, slug, id, 200);
};
