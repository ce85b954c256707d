import { API_V1 } from '../../../shared/contract/paths';
import { createRouter } from '../../http/router';
import { incidentHandler } from './incidents.handlers';
import { getIncident } from './incidents.routes';

export const incidentRoutes = createRouter().basePath(API_V1).openapi(getIncident, incidentHandler);
