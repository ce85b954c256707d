/** GET /api/v1/incidents/{slug}: a plain Hono handler behind hand-written checks (src/http/public-route.ts). */

import { Hono } from 'hono';
import { API_V1 } from '../../../shared/contract/paths';
import type { AppEnv } from '../../env';
import { asOfQuery, slugParams } from '../../http/checks';
import { servePublic } from '../../http/public-route';
import { incidentHandler } from './incidents.handlers';

export const incidentRoutes = new Hono<AppEnv>();
servePublic(
  incidentRoutes,
  {
    method: 'get',
    path: `${API_V1}/incidents/{slug}`,
    contract: () => import('./incidents.routes').then((m) => m.getIncident),
    query: asOfQuery,
    params: slugParams,
  },
  incidentHandler,
);
