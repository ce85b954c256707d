import type { RouteHandler } from '@hono/zod-openapi';
import { database } from '../../db/client';
import { findPublishedArticle, listPublishedArticles } from '../../db/queries/articles';
import { seenView } from '../../db/queries/recorded-views';
import type { AppEnv } from '../../env';
import { setLastModified } from '../../http/last-modified';
import { Problem } from '../../http/problem';
import { notSeenYet, seenMoment } from '../../http/recorded-reads';
import { ceasefireResponse } from '../ceasefires/ceasefires.handlers';
import { incidentResponse } from '../incidents/incidents.handlers';
import type { getArticle, listArticles } from './articles.routes';
import { decodeCursor, encodeCursor } from './cursor';

export const listHandler: RouteHandler<typeof listArticles, AppEnv> = async (c) => {
  const { limit, cursor, section, lang, seenAt } = c.req.valid('query');
  const db = database(c.env.DB);
  const seen = seenMoment(seenAt);
  const page = await listPublishedArticles(seen === undefined ? db : seenView(db, seen), {
    limit,
    cursor: cursor === undefined ? undefined : decodeCursor(cursor),
    section,
    lang,
  });
  return c.json({ data: page.data, nextCursor: page.next && encodeCursor(page.next) }, 200);
};

export const articleHandler: RouteHandler<typeof getArticle, AppEnv> = async (c) => {
  const { slug } = c.req.valid('param');
  const seen = seenMoment(c.req.valid('query').seenAt);
  const db = database(c.env.DB);
  const record = await findPublishedArticle(db, slug, seen === undefined ? db : seenView(db, seen));
  if (!record) {
    if (seen !== undefined) throw notSeenYet('article', slug, seen, null);
    throw new Problem('not-found', `No published article "${slug}".`);
  }
  setLastModified(c, record.updatedAt);
  return c.json(
    {
      ...record,
      incidents: record.incidents.map((incident) => incidentResponse(incident, null)),
      ceasefires: record.ceasefires.flatMap((row) => ceasefireResponse(row, null) ?? []),
      ...(seen === undefined ? {} : { seenAt: new Date(seen).toISOString() }),
    },
    200,
  );
};
