/** GET /api/v1/ceasefires/{slug}: a plain Hono handler behind hand-written checks (src/http/public-route.ts). */
import { Hono } from 'hono';
import { asOfQuery, slugParams } from '../../contract/checks';
import type { AppEnv } from '../../env';
import { servePublic } from '../../http/public-route';
import { ceasefireHandler } from './ceasefires.handlers';

export const ceasefireRoutes = new Hono<AppEnv>();
servePublic(
  ceasefireRoutes,
  {
    method: 'get',
    path: '/api/v1/ceasefires/{slug}',
    contract: () => import('./ceasefires.routes').then((m) => m.getCeasefire),
    query: asOfQuery,
    params: slugParams,
  },
  ceasefireHandler,
);
