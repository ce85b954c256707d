/**
 * The public record: change logs, feeds and the claims as CSV. Plain Hono
 * handlers behind hand-written checks, like every public read
 * (src/http/public-route.ts): a route's contract (record.routes.ts, zod) is
 * loaded only for the OpenAPI document or to explain a refused parameter.
 */
import { Hono } from 'hono';
import { API_V1 } from '../../../shared/contract/paths';
import type { AppEnv } from '../../env';
import { asOfQuery, type Check, changeLogQuery, slugParams } from '../../http/checks';
import { type PublicHandler, servePublic } from '../../http/public-route';
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

type Contracts = typeof import('./record.routes');
type ContractName = { [K in keyof Contracts]: Contracts[K] extends { method: string } ? K : never }[keyof Contracts];

/** Each route: its contract's name and path, what it checks, and its handler. */
const ROUTES: [
  ContractName,
  string,
  { query?: Check<unknown>; params?: Check<unknown> },
  PublicHandler<never, never>,
][] = [
  [
    'getIncidentChanges',
    '/incidents/{slug}/changes',
    { query: changeLogQuery, params: slugParams },
    incidentChangesHandler,
  ],
  [
    'getCeasefireChanges',
    '/ceasefires/{slug}/changes',
    { query: changeLogQuery, params: slugParams },
    ceasefireChangesHandler,
  ],
  ['getIncidentAtom', '/incidents/{slug}/changes.atom', { params: slugParams }, incidentAtomHandler],
  ['getIncidentJsonFeed', '/incidents/{slug}/changes.json', { params: slugParams }, incidentJsonFeedHandler],
  ['getCeasefireAtom', '/ceasefires/{slug}/changes.atom', { params: slugParams }, ceasefireAtomHandler],
  ['getCeasefireJsonFeed', '/ceasefires/{slug}/changes.json', { params: slugParams }, ceasefireJsonFeedHandler],
  ['getSiteAtom', '/changes.atom', {}, siteAtomHandler],
  ['getSiteJsonFeed', '/changes.json', {}, siteJsonFeedHandler],
  ['getClaimsCsv', '/incidents/{slug}/claims.csv', { query: asOfQuery, params: slugParams }, claimsCsvHandler],
];

export const recordRoutes = new Hono<AppEnv>();
for (const [name, path, checks, handler] of ROUTES) {
  servePublic(
    recordRoutes,
    {
      method: 'get',
      path: `${API_V1}${path}`,
      contract: () => import('./record.routes').then((m) => m[name]),
      ...checks,
    },
    handler as PublicHandler,
  );
}
