import { database } from '../../db/client';
import { findPublishedArticle, listPublishedArticles } from '../../db/queries/articles';
import type { articleListQuery, Checked, slugParams } from '../../http/checks';
import { setLastModified } from '../../http/last-modified';
import { Problem } from '../../http/problem';
import type { PublicHandler } from '../../http/public-route';
import { presentArticle } from '../../presenters/article';
import { decodeCursor, encodeCursor } from './cursor';

export const listHandler: PublicHandler<Checked<typeof articleListQuery>> = async (c) => {
  const { limit, cursor, section, lang } = c.req.valid('query');
  const page = await listPublishedArticles(database(c.env.DB), {
    limit,
    cursor: cursor === undefined ? undefined : decodeCursor(cursor),
    section,
    lang,
  });
  return c.json({ data: page.data, nextCursor: page.next && encodeCursor(page.next) }, 200);
};

export const articleHandler: PublicHandler<unknown, Checked<typeof slugParams>> = async (c) => {
  const { slug } = c.req.valid('param');
  const record = await findPublishedArticle(database(c.env.DB), slug);
  if (!record) throw new Problem('not-found', `No published article "${slug}".`);
  setLastModified(c, record.updatedAt);
  return c.json(presentArticle(record), 200);
};
