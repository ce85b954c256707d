import { pinnedMoment } from '../../../shared/domain/time';
import { database } from '../../db/client';
import { findPublishedArticle, listPublishedArticles } from '../../db/queries/articles';
import { articleFirstPublished } from '../../db/queries/changes';
import { seenView } from '../../db/queries/recorded-views';
import type { articleListQuery, Checked, seenAtQuery, slugParams } from '../../http/checks';
import { setLastModified } from '../../http/last-modified';
import { Problem } from '../../http/problem';
import type { PublicHandler } from '../../http/public-route';
import { notSeenYet, seenMoment } from '../../http/recorded-reads';
import { taggedJson } from '../../http/tagged';
import { presentArticle } from '../../presenters/article';
import { decodeCursor, encodeCursor } from './cursor';

export const listHandler: PublicHandler<Checked<typeof articleListQuery>> = async (c) => {
  const { limit, cursor, section, lang, seenAt } = c.req.valid('query');
  const db = database(c.env.DB);
  const seen = seenMoment(seenAt);
  const page = await listPublishedArticles(seen === undefined ? db : seenView(db, seen), {
    limit,
    cursor: cursor === undefined ? undefined : decodeCursor(cursor),
    section,
    lang,
  });
  return taggedJson(c, { data: page.data, nextCursor: page.next && encodeCursor(page.next) });
};

export const articleHandler: PublicHandler<Checked<typeof seenAtQuery>, Checked<typeof slugParams>> = async (c) => {
  const { slug } = c.req.valid('param');
  const { seenAt } = c.req.valid('query');
  const seen = seenMoment(seenAt);
  const db = database(c.env.DB);
  const record = await findPublishedArticle(db, slug, seen === undefined ? db : seenView(db, seen));
  if (!record) {
    // One more statement, only here: a read from before the article was published says when it was.
    if (seen !== undefined) throw notSeenYet('article', slug, seen, await articleFirstPublished(db, slug));
    throw new Problem('not-found', `No published article "${slug}".`);
  }
  setLastModified(c, record.updatedAt);
  return taggedJson(c, {
    ...presentArticle(record),
    ...(seenAt === undefined ? {} : { seenAt: pinnedMoment(seenAt).echo }),
  });
};
