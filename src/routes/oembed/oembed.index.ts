/** GET /oembed: any origin may ask (oEmbed consumers run in browsers too). A plain Hono handler behind hand-written checks (src/http/public-route.ts). */

import { Hono } from 'hono';
import { OEMBED_PATH } from '../../../shared/contract/paths';
import type { AppEnv } from '../../env';
import { oembedQuery } from '../../http/checks';
import { publicCors } from '../../http/public-cors';
import { servePublic } from '../../http/public-route';
import { oembedHandler } from './oembed.handlers';

export const oembedRoutes = new Hono<AppEnv>();
oembedRoutes.use(OEMBED_PATH, publicCors());
servePublic(
  oembedRoutes,
  {
    method: 'get',
    path: OEMBED_PATH,
    contract: () => import('./oembed.routes').then((m) => m.getOEmbed),
    query: oembedQuery,
  },
  oembedHandler,
);
