/**
 * Every router the Worker serves, the paths each answers under, and how to
 * load it: the one list the app mounts lazily (src/http/lazy.ts) and the
 * OpenAPI document and the tests' route table mount eagerly
 * (src/routes/openapi/openapi.index.ts), in this order, which is the order
 * of the OpenAPI document's paths.
 *
 * Nothing here is imported at module scope: each `load` is a dynamic import
 * that runs on the first request under its paths. A new route under a
 * router's paths needs no change here; a new router needs one entry.
 */
import {
  ADMIN_PREFIXES,
  API_V1,
  HEALTH_PATH,
  OEMBED_PATH,
  OPENAPI_PATH,
  PROBLEMS_PATH,
} from '../../shared/contract/paths';
import { IMAGE_ROUTE_PATH } from '../embed/image-path';
import type { LazyRouter } from '../http/lazy';

/** A path and everything under it, as Hono patterns. */
const andBelow = (path: string) => [path, `${path}/*`];

export const ROUTERS: readonly LazyRouter[] = [
  {
    paths: andBelow(HEALTH_PATH),
    load: () => import('./health/health.index').then((m) => m.healthRoutes),
  },
  {
    paths: andBelow(`${API_V1}/articles`),
    load: () => import('./articles/articles.index').then((m) => m.articleRoutes),
  },
  {
    // Before the incidents' and ceasefires' routers: the first router whose pattern matches answers.
    paths: [
      `${API_V1}/incidents/:slug/changes`,
      `${API_V1}/incidents/:slug/changes.atom`,
      `${API_V1}/incidents/:slug/changes.json`,
      `${API_V1}/incidents/:slug/claims.csv`,
      `${API_V1}/ceasefires/:slug/changes`,
      `${API_V1}/ceasefires/:slug/changes.atom`,
      `${API_V1}/ceasefires/:slug/changes.json`,
      `${API_V1}/changes.atom`,
      `${API_V1}/changes.json`,
    ],
    load: () => import('./record/record.index').then((m) => m.recordRoutes),
  },
  {
    paths: [`${API_V1}/incidents/*`],
    load: () => import('./incidents/incidents.index').then((m) => m.incidentRoutes),
  },
  {
    paths: [`${API_V1}/ceasefires/*`],
    load: () => import('./ceasefires/ceasefires.index').then((m) => m.ceasefireRoutes),
  },
  {
    paths: [OEMBED_PATH],
    load: () => import('./oembed/oembed.index').then((m) => m.oembedRoutes),
  },
  {
    // Before the embed pages' router, whose paths an image's path is under too. The images draw the read they
    // show through the app; their path spells the format in a pattern, so their contract is listed beside them.
    paths: [IMAGE_ROUTE_PATH],
    load: (mount) => import('./embed/image.index').then((m) => m.imageRoutes(mount.fetch)),
    contracts: () => import('./embed/image.routes').then((m) => [m.getEmbedImage]),
  },
  {
    paths: ['/embed/*'],
    load: () => import('./embed/embed.index').then((m) => m.embedRoutes),
  },
  {
    paths: andBelow('/api/docs'),
    load: () => import('./docs/docs.index').then((m) => m.docsRoutes),
  },
  {
    // What a problem's `type` names: its documentation, for the developer who follows it.
    paths: andBelow(PROBLEMS_PATH),
    load: () => import('./docs/problem-types').then((m) => m.problemTypeRoutes),
  },
  {
    paths: ['/'],
    load: () => import('./demo/demo.index').then((m) => m.demoRoutes),
  },
  {
    paths: ADMIN_PREFIXES.flatMap(andBelow),
    load: () => import('./admin/admin.index').then((m) => m.adminRoutes),
  },
  {
    paths: [OPENAPI_PATH],
    load: () => import('./openapi/openapi.index').then((m) => m.openApiRoutes),
  },
];
