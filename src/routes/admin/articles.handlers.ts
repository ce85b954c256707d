import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { database } from '../../db/client';
import { findArticle } from '../../db/queries/articles';
import { createArticle as create, updateArticle } from '../../db/writes/articles';
import { entityTag } from '../../db/writes/update';
import type { AdminEnv } from '../../env';
import { Problem } from '../../http/problem';
import { presentArticle } from '../../presenters/article';
import { requireIfMatch } from './admin.http';
import type { createArticle, getArticle, patchArticle } from './articles.routes';
import { respondHeld, writer } from './changes.handlers';
import { createOnce } from './idempotency';

/**
 * The article in its public shape (drafts too), with the ETag of the version read (in the same batch as its body).
 * The row's `id` and `version` are left out, as the public read leaves them: the `Article` schema has neither, and
 * the ETag already carries the version, which is all an edit needs of them.
 */
async function respond<S extends 200 | 201>(c: Context<AdminEnv>, slug: string, status: S) {
  const found = await findArticle(database(c.env.DB), slug, { drafts: true });
  if (!found) throw new Problem('not-found', `No article "${slug}".`);
  const { id, version, ...record } = found;
  return c.json(presentArticle(record), status, { ETag: entityTag(id, version) });
}

export const getArticleHandler: RouteHandler<typeof getArticle, AdminEnv> = (c) =>
  respond(c, c.req.valid('param').slug, 200);

export const createArticleHandler: RouteHandler<typeof createArticle, AdminEnv> = async (c) => {
  const written = await createOnce(c, (by) => create(database(c.env.DB), c.req.valid('json'), by));
  return respond(c, written.key, 201);
};

export const patchArticleHandler: RouteHandler<typeof patchArticle, AdminEnv> = async (c) => {
  const ifMatch = requireIfMatch(c.req.header('If-Match'));
  const { slug } = c.req.valid('param');
  const body = c.req.valid('json');
  const written = await updateArticle(
    database(c.env.DB),
    slug,
    body,
    ifMatch,
    writer(c, 'article.update', { slug }, body, ifMatch),
  );
  if (written.pending) return respondHeld(c, written.pending);
  return respond(c, slug, 200);
};
