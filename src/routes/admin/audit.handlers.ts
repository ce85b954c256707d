import type { RouteHandler } from '@hono/zod-openapi';
import type { AuditEntityType } from '../../../shared/contract/admin';
import { hasRole } from '../../auth/roles';
import { database } from '../../db/client';
import { listAudit as list } from '../../db/queries/admin';
import { revertEntry } from '../../db/writes/revert';

import type { AdminEnv } from '../../env';
import { Problem } from '../../http/problem';
import type { listAudit, revertAudit } from './audit.routes';
import { respondHeld, writer } from './changes.handlers';

/**
 * The history. Editors' accounts are in it (name, role, e-mail, revocation) for admins only, who alone may list the
 * accounts (GET /editors): below admin, asking for them is 403, and an unfiltered list leaves them out.
 */
export const listAuditHandler: RouteHandler<typeof listAudit, AdminEnv> = async (c) => {
  const { entity, limit, cursor } = c.req.valid('query');
  const [type, key] = (entity?.split(':') ?? []) as [AuditEntityType | undefined, string | undefined];
  const withoutAccounts = !hasRole(c.get('editor'), 'admin');
  if (withoutAccounts && type === 'editor') {
    throw new Problem('forbidden', 'Only an admin can read the history of editors’ accounts.');
  }
  const page = await list(database(c.env.DB), {
    type,
    key,
    limit,
    before: cursor === undefined ? undefined : Number(cursor),
    withoutAccounts,
  });
  return c.json({ data: page.data, nextCursor: page.next === null ? null : String(page.next) }, 200);
};

export const revertAuditHandler: RouteHandler<typeof revertAudit, AdminEnv> = async (c) => {
  const db = database(c.env.DB);
  const { id } = c.req.valid('param');
  const reverted = await revertEntry(db, id, writer(c, 'audit.revert', { id: String(id) }, null));
  if (reverted.pending) return respondHeld(c, reverted.pending);
  const [entry] = (await list(db, { limit: 1, before: reverted.id + 1 })).data;
  if (!entry) throw new Problem('not-found', `No audit entry ${reverted.id}.`);
  return c.json(entry, 201);
};
