/** GET /api/v1/articles and /api/v1/articles/{slug}: plain Hono handlers behind hand-written checks (src/http/public-route.ts). */
import { Hono } from 'hono';
import { articleListQuery, slugParams } from '../../contract/checks';
import type { AppEnv } from '../../env';
import { servePublic } from '../../http/public-route';
import { articleHandler, listHandler } from './articles.handlers';

const contracts = () => import('./articles.routes');

export const articleRoutes = new Hono<AppEnv>();
servePublic(
  articleRoutes,
  {
    method: 'get',
    path: '/api/v1/articles',
    contract: () => contracts().then((m) => m.listArticles),
    query: articleListQuery,
  },
  listHandler,
);
servePublic(
  articleRoutes,
  {
    method: 'get',
    path: '/api/v1/articles/{slug}',
    contract: () => contracts().then((m) => m.getArticle),
    params: slugParams,
  },
  articleHandler,
);
