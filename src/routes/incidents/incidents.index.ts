import { createRouter } from '../../http/router';
import { incidentHandler } from './incidents.handlers';
import { getIncident } from './incidents.routes';

export const incidentRoutes = createRouter().openapi(getIncident, incidentHandler);
