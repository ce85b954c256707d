/** GET /api/v1/ceasefires/{slug}: a plain Hono handler behind hand-written checks (src/http/public-route.ts). */

import { Hono } from 'hono';
import { API_V1 } from '../../../shared/contract/paths';
import type { AppEnv } from '../../env';
import { asOfQuery, slugParams } from '../../http/checks';
import { servePublic } from '../../http/public-route';
import { ceasefireHandler } from './ceasefires.handlers';

export const ceasefireRoutes = new Hono<AppEnv>();
servePublic(
  ceasefireRoutes,
  {
    method: 'get',
    path: `${API_V1}/ceasefires/{slug}`,
    contract: () => import('./ceasefires.routes').then((m) => m.getCeasefire),
    query: asOfQuery,
    params: slugParams,
  },
  ceasefireHandler,
);
