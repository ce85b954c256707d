import { createRouter } from '../../http/router';
import {
  ceasefireAtomHandler,
  ceasefireChangesHandler,
  ceasefireJsonFeedHandler,
  claimsCsvHandler,
  incidentAtomHandler,
  incidentChangesHandler,
  incidentJsonFeedHandler,
  siteAtomHandler,
  siteJsonFeedHandler,
} from './record.handlers';
import {
  getCeasefireAtom,
  getCeasefireChanges,
  getCeasefireJsonFeed,
  getClaimsCsv,
  getIncidentAtom,
  getIncidentChanges,
  getIncidentJsonFeed,
  getSiteAtom,
  getSiteJsonFeed,
} from './record.routes';

export const recordRoutes = createRouter()
  .openapi(getIncidentChanges, incidentChangesHandler)
  .openapi(getCeasefireChanges, ceasefireChangesHandler)
  .openapi(getIncidentAtom, incidentAtomHandler)
  .openapi(getIncidentJsonFeed, incidentJsonFeedHandler)
  .openapi(getCeasefireAtom, ceasefireAtomHandler)
  .openapi(getCeasefireJsonFeed, ceasefireJsonFeedHandler)
  .openapi(getSiteAtom, siteAtomHandler)
  .openapi(getSiteJsonFeed, siteJsonFeedHandler)
  .openapi(getClaimsCsv, claimsCsvHandler);
