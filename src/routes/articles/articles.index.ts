/** GET /api/v1/articles and /api/v1/articles/{slug}: plain Hono handlers behind hand-written checks (src/http/public-route.ts). */

import { Hono } from 'hono';
import { API_V1 } from '../../../shared/contract/paths';
import type { AppEnv } from '../../env';
import { articleListQuery, seenAtQuery, slugParams } from '../../http/checks';
import { servePublic } from '../../http/public-route';
import { articleHandler, listHandler } from './articles.handlers';

const contracts = () => import('./articles.routes');

export const articleRoutes = new Hono<AppEnv>();
servePublic(
  articleRoutes,
  {
    method: 'get',
    path: `${API_V1}/articles`,
    contract: () => contracts().then((m) => m.listArticles),
    query: articleListQuery,
  },
  listHandler,
);
servePublic(
  articleRoutes,
  {
    method: 'get',
    path: `${API_V1}/articles/{slug}`,
    contract: () => contracts().then((m) => m.getArticle),
    query: seenAtQuery,
    params: slugParams,
  },
  articleHandler,
);
