/**
 * Editors' routes under /api/v1/admin and the /admin page. Every API route
 * is behind the bearer gate; none is CORS-enabled (the app's CORS applies to
 * public reads only), and every response is `no-store`, unframeable and
 * script-free.
 */
import { requireEditor } from '../../auth/bearer';
import type { AdminEnv } from '../../env';
import { createRouter } from '../../http/router';
import { adminHeaders } from './admin.http';
import { adminPage } from './admin.page';
import { adminArticleRoutes } from './articles.index';
import { listAuditHandler, revertAuditHandler } from './audit.handlers';
import { listAudit, revertAudit } from './audit.routes';
import * as ceasefire from './ceasefires.handlers';
import * as ceasefireRoutes from './ceasefires.routes';
import { getClaimHandler, patchClaimHandler, retractClaimHandler } from './claims.handlers';
import { getClaim, patchClaim, retractClaim } from './claims.routes';
import * as incident from './incidents.handlers';
import * as incidentRoutes from './incidents.routes';

export const ADMIN_API_PREFIX = '/api/v1/admin';

const api = createRouter<AdminEnv>();
api.use(`${ADMIN_API_PREFIX}/*`, adminHeaders(), requireEditor());
api.use(ADMIN_API_PREFIX, adminHeaders(), requireEditor());

export const adminRoutes = api
  .route('/', adminArticleRoutes)
  .openapi(incidentRoutes.listIncidents, incident.listIncidentsHandler)
  .openapi(incidentRoutes.getIncident, incident.getIncidentHandler)
  .openapi(incidentRoutes.createIncident, incident.createIncidentHandler)
  .openapi(incidentRoutes.patchIncident, incident.patchIncidentHandler)
  .openapi(incidentRoutes.createClaim, incident.createClaimHandler)
  .openapi(getClaim, getClaimHandler)
  .openapi(patchClaim, patchClaimHandler)
  .openapi(retractClaim, retractClaimHandler)
  .openapi(ceasefireRoutes.listCeasefires, ceasefire.listCeasefiresHandler)
  .openapi(ceasefireRoutes.getCeasefire, ceasefire.getCeasefireHandler)
  .openapi(ceasefireRoutes.createCeasefire, ceasefire.createCeasefireHandler)
  .openapi(ceasefireRoutes.patchCeasefire, ceasefire.patchCeasefireHandler)
  .openapi(ceasefireRoutes.createTally, ceasefire.createTallyHandler)
  .openapi(ceasefireRoutes.createMilestone, ceasefire.createMilestoneHandler)
  .openapi(ceasefireRoutes.getMilestone, ceasefire.getMilestoneHandler)
  .openapi(ceasefireRoutes.patchMilestone, ceasefire.patchMilestoneHandler)
  .openapi(listAudit, listAuditHandler)
  .openapi(revertAudit, revertAuditHandler)
  .route('/', adminPage);

adminRoutes.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
  type: 'http',
  scheme: 'bearer',
  description: 'An editor token from `npm run editor -- add "Name"`.',
});
