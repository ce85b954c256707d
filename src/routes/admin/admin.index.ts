/**
 * Editors' routes under the admin API (`ADMIN_API`, /api/v1/admin: the
 * routes' paths are relative to it) and the /admin page. Every API route
 * is behind the editor gate (a bearer token, or Cloudflare Access's token)
 * and some behind a role as well; none is CORS-enabled (the app's CORS
 * applies to public reads only), and every response is `no-store`,
 * unframeable and script-free.
 */
import { ADMIN_API } from '../../../shared/contract/paths';
import { requireEditor } from '../../auth/bearer';
import type { AdminEnv } from '../../env';
import { createRouter } from '../../http/router';
import { adminHeaders, sameSiteWrites } from './admin.http';
import { adminPage } from './admin.page';
import { purgeAfterWrites } from './after-write';
import { adminArticleRoutes } from './articles.index';
import { listAuditHandler, revertAuditHandler } from './audit.handlers';
import { listAudit, revertAudit } from './audit.routes';
import * as ceasefire from './ceasefires.handlers';
import * as ceasefireRoutes from './ceasefires.routes';
import * as change from './changes.handlers';
import * as changeRoutes from './changes.routes';
import { getClaimHandler, patchClaimHandler, retractClaimHandler } from './claims.handlers';
import { getClaim, patchClaim, retractClaim } from './claims.routes';
import * as editor from './editors.handlers';
import * as editorRoutes from './editors.routes';
import * as incident from './incidents.handlers';
import * as incidentRoutes from './incidents.routes';

const api = createRouter<AdminEnv>().basePath(ADMIN_API);
api.use('/*', adminHeaders(), sameSiteWrites(), requireEditor(), purgeAfterWrites());
api.use('/', adminHeaders(), sameSiteWrites(), requireEditor(), purgeAfterWrites());

const adminApi = api
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
  .openapi(changeRoutes.listChanges, change.listChangesHandler)
  .openapi(changeRoutes.getChange, change.getChangeHandler)
  .openapi(changeRoutes.approveChange, change.approveChangeHandler)
  .openapi(changeRoutes.rejectChange, change.rejectChangeHandler)
  .openapi(editorRoutes.me, editor.meHandler)
  .openapi(editorRoutes.listEditors, editor.listEditorsHandler)
  .openapi(editorRoutes.createEditor, editor.createEditorHandler)
  .openapi(editorRoutes.patchEditor, editor.patchEditorHandler);

export const adminRoutes = createRouter<AdminEnv>().route('/', adminApi).route('/', adminPage);

adminRoutes.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
  type: 'http',
  scheme: 'bearer',
  description: 'An editor token from `npm run editor -- add "Name"`.',
});
adminRoutes.openAPIRegistry.registerComponent('securitySchemes', 'accessJwt', {
  type: 'apiKey',
  in: 'header',
  name: 'Cf-Access-Jwt-Assertion',
  description:
    'When the Worker is behind Cloudflare Access (`ACCESS_TEAM_DOMAIN`, `ACCESS_AUD`): the token Access adds to every request; its e-mail must be an active editor’s.',
});
