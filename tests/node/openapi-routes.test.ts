/**
 * One source for each route: the OpenAPI document describes exactly the
 * routes the app serves, read from the app's own route table. The public
 * reads are served by plain handlers that name their contract
 * (src/http/public-route.ts), so this is what keeps the document from
 * drifting away from them: a route served but not documented, documented
 * but not served, or served under another method or path than its contract
 * says fails here.
 */
import { describe, expect, it } from 'vitest';
import { IMAGE_ROUTE_DOC_PATH, IMAGE_ROUTE_PATH } from '../../src/embed/image-path';
import { LISTED_ONLY } from '../../src/http/lazy';
import { documentedRoutes } from '../../src/http/public-route';
import { allRoutes, openApiDocument } from '../../src/routes/openapi/openapi.index';
import { ROUTERS } from '../../src/routes/routers';

/** `/embed/:widget/:slug` → `/embed/{widget}/{slug}`. */
const openApiPath = (path: string) =>
  path === IMAGE_ROUTE_PATH ? IMAGE_ROUTE_DOC_PATH : path.replaceAll(/:(\w+)/g, '{$1}');

/** The pages and the document itself: served, and not operations of the API. */
const PAGES = [
  'GET /',
  'GET /admin',
  'GET /api/docs',
  'GET /api/docs/init.js',
  'GET /api/v1/openapi.json',
  'GET /problems',
  'GET /problems/{type}',
];

describe('the OpenAPI document and the routes served', () => {
  it('documents every route the app serves but its pages, and nothing else', async () => {
    const served = new Set(
      (await allRoutes()).routes
        .filter((r) => r.method !== 'ALL') // middleware
        .map((r) => `${r.method} ${openApiPath(r.path)}`),
    );
    const documented = Object.entries((await openApiDocument()).paths ?? {}).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.filter((route) => !served.has(route))).toEqual([]);
    expect([...served].filter((route) => !documented.includes(route)).sort()).toEqual([...PAGES].sort());
    // The public reads are among them.
    expect(documented).toEqual(
      expect.arrayContaining([
        'GET /api/v1/articles',
        'GET /api/v1/articles/{slug}',
        'GET /api/v1/incidents/{slug}',
        'GET /api/v1/ceasefires/{slug}',
        'GET /oembed',
        'GET /embed/{widget}/{slug}',
      ]),
    );
  });

  it('serves each public read under the method and path of the contract it names', async () => {
    const named: string[] = [];
    for (const router of ROUTERS) {
      for (const route of documentedRoutes(await router.load(LISTED_ONLY))) {
        const contract = await route.contract();
        expect(`${contract.method} ${contract.path}`).toBe(`${route.method} ${route.path}`);
        named.push(route.path);
      }
    }
    expect(named).toEqual([
      '/api/v1/articles',
      '/api/v1/articles/{slug}',
      '/api/v1/incidents/{slug}/changes',
      '/api/v1/ceasefires/{slug}/changes',
      '/api/v1/incidents/{slug}/changes.atom',
      '/api/v1/incidents/{slug}/changes.json',
      '/api/v1/ceasefires/{slug}/changes.atom',
      '/api/v1/ceasefires/{slug}/changes.json',
      '/api/v1/changes.atom',
      '/api/v1/changes.json',
      '/api/v1/incidents/{slug}/claims.csv',
      '/api/v1/incidents/{slug}',
      '/api/v1/ceasefires/{slug}',
      '/oembed',
      '/embed/{widget}/{slug}/changes',
      '/embed/{widget}/{slug}/link',
      '/embed/{widget}/{slug}',
    ]);
  });
});
