/** GET /oembed: any origin may ask (oEmbed consumers run in browsers too). A plain Hono handler behind hand-written checks (src/http/public-route.ts). */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../../env';
import { oembedQuery } from '../../http/checks';
import { servePublic } from '../../http/public-route';
import { oembedHandler } from './oembed.handlers';

export const oembedRoutes = new Hono<AppEnv>();
oembedRoutes.use('/oembed', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] }));
servePublic(
  oembedRoutes,
  {
    method: 'get',
    path: '/oembed',
    contract: () => import('./oembed.routes').then((m) => m.getOEmbed),
    query: oembedQuery,
  },
  oembedHandler,
);
