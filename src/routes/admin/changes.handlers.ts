import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ChangeOperation } from '../../contract/enums';
import { database } from '../../db/client';
import { listChanges as list } from '../../db/queries/admin';
import { approveChange as approve, rejectHeldChange } from '../../db/writes/changes';
import { type Author, author } from '../../db/writes/update';
import type { AdminEnv } from '../../env';
import { purgeAffectedReads } from '../../http/cache';
import { Problem } from '../../http/problem';
import type { approveChange, getChange, listChanges, rejectChange } from './changes.routes';

/** The author of a write, carrying the request as made, so it can be held for review and replayed. */
export function writer(
  c: Context<AdminEnv>,
  kind: ChangeOperation,
  params: Record<string, string>,
  body: unknown,
  ifMatch: string[] = [],
): Author {
  return author(c.get('editor'), { operation: { kind, params, body, ifMatch } });
}

async function held(c: Context<AdminEnv>, id: string) {
  const [change] = (await list(database(c.env.DB), { id, limit: 1 })).data;
  if (!change) throw new Problem('not-found', `No change "${id}".`);
  return change;
}

/** How the admin reads say whether a story requires review. */
export const reviewState = (required: boolean) => (required ? ('required' as const) : ('off' as const));

/** The answer to a write that was held for review: 202 and the held change. */
export async function respondHeld(c: Context<AdminEnv>, id: string) {
  return c.json(await held(c, id), 202);
}

export const listChangesHandler: RouteHandler<typeof listChanges, AdminEnv> = async (c) => {
  const { status, limit, cursor } = c.req.valid('query');
  const page = await list(database(c.env.DB), { status, limit, after: cursor });
  return c.json({ data: page.data, nextCursor: page.next }, 200);
};

export const getChangeHandler: RouteHandler<typeof getChange, AdminEnv> = async (c) =>
  c.json(await held(c, c.req.valid('param').id), 200);

export const approveChangeHandler: RouteHandler<typeof approveChange, AdminEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const affected = await approve(database(c.env.DB), id, c.get('editor'));
  await purgeAffectedReads(c, affected);
  return c.json(await held(c, id), 200);
};

export const rejectChangeHandler: RouteHandler<typeof rejectChange, AdminEnv> = async (c) => {
  const { id } = c.req.valid('param');
  await rejectHeldChange(database(c.env.DB), id, c.get('editor'), c.req.valid('json').reason);
  return c.json(await held(c, id), 200);
};
