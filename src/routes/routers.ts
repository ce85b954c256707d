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
import type { LazyRouter } from '../http/lazy';

export const ROUTERS: readonly LazyRouter[] = [
  {
    paths: ['/health', '/health/*'],
    load: () => import('./health/health.index').then((m) => m.healthRoutes),
  },
  {
    paths: ['/api/v1/articles', '/api/v1/articles/*'],
    load: () => import('./articles/articles.index').then((m) => m.articleRoutes),
  },
  {
    // Before the incidents' and ceasefires' routers: the first router whose pattern matches answers.
    paths: [
      '/api/v1/incidents/:slug/changes',
      '/api/v1/incidents/:slug/changes.atom',
      '/api/v1/incidents/:slug/changes.json',
      '/api/v1/incidents/:slug/claims.csv',
      '/api/v1/ceasefires/:slug/changes',
      '/api/v1/ceasefires/:slug/changes.atom',
      '/api/v1/ceasefires/:slug/changes.json',
      '/api/v1/changes.atom',
      '/api/v1/changes.json',
    ],
    load: () => import('./record/record.index').then((m) => m.recordRoutes),
  },
  {
    paths: ['/api/v1/incidents/*'],
    load: () => import('./incidents/incidents.index').then((m) => m.incidentRoutes),
  },
  {
    paths: ['/api/v1/ceasefires/*'],
    load: () => import('./ceasefires/ceasefires.index').then((m) => m.ceasefireRoutes),
  },
  {
    paths: ['/oembed'],
    load: () => import('./oembed/oembed.index').then((m) => m.oembedRoutes),
  },
  {
    paths: ['/embed/*'],
    load: () => import('./embed/embed.index').then((m) => m.embedRoutes),
  },
  {
    paths: ['/api/docs', '/api/docs/*'],
    load: () => import('./docs/docs.index').then((m) => m.docsRoutes),
  },
  {
    paths: ['/'],
    load: () => import('./demo/demo.index').then((m) => m.demoRoutes),
  },
  {
    paths: ['/api/v1/admin', '/api/v1/admin/*', '/admin', '/admin/*'],
    load: () => import('./admin/admin.index').then((m) => m.adminRoutes),
  },
  {
    paths: ['/api/v1/openapi.json'],
    load: () => import('./openapi/openapi.index').then((m) => m.openApiRoutes),
  },
];
