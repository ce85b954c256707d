/** The demo page at `/`: the seed article with both widgets embedded, as a publisher would. */
import { Hono } from 'hono';
import { database } from '../../db/client';
import { findPublishedArticle } from '../../db/queries/articles';
import { SEED } from '../../db/seed/story';
import type { AppEnv } from '../../env';
import { Problem } from '../../http/problem';
import { DEMO_LANGS, demoPage } from './demo.page';

export const demoRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const article = await findPublishedArticle(database(c.env.DB), SEED.articleSlug);
  if (!article) throw new Problem('not-found', 'The demo article is not in the database: run `npm run db:seed`.');
  const lang = DEMO_LANGS.find((l) => l === c.req.query('lang'));
  c.header('Cache-Control', 'public, max-age=60');
  return c.html(demoPage(article, lang));
});
