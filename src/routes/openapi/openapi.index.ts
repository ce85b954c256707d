/**
 * GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the
 * routes' zod schemas. Building it loads every router, so it is built on
 * the first request for it (once per isolate), never at start-up.
 */
import { Hono } from 'hono';
import { OPENAPI_PATH } from '../../../shared/contract/paths';
import type { AppEnv } from '../../env';
import { LISTED_ONLY } from '../../http/lazy';
import { documentedRoutes } from '../../http/public-route';
import { createRouter } from '../../http/router';
import { ROUTERS } from '../routers';

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Explainer Edge API',
    version: '1.0.0',
    description:
      'Contested casualty figures and ceasefire status for news explainers. v1 only grows: fields are never renamed or removed within v1.',
  },
  servers: [{ url: '/' }],
};

/**
 * Every router mounted at once, in the order of ROUTERS: what the OpenAPI
 * document is generated from, and the route table tests walk (every admin
 * route, every HTML page). A zod-validated router brings its definitions
 * with it; a public read served by a plain handler names its contract
 * (src/http/public-route.ts), registered here in the order it is served.
 */
export async function allRoutes() {
  const app = createRouter();
  for (const router of ROUTERS) {
    const routes = await router.load(LISTED_ONLY);
    app.route('/', routes);
    for (const route of documentedRoutes(routes)) app.openAPIRegistry.registerPath(await route.contract());
    for (const contract of (await router.contracts?.()) ?? []) app.openAPIRegistry.registerPath(contract);
  }
  return app;
}

export async function openApiDocument() {
  return (await allRoutes()).getOpenAPI31Document(OPENAPI_INFO);
}

let document: ReturnType<typeof openApiDocument> | undefined;
const documentOnce = () =>
  (document ??= openApiDocument().catch((error) => {
    document = undefined;
    throw error;
  }));

export const openApiRoutes = new Hono<AppEnv>().get(OPENAPI_PATH, async (c) => c.json(await documentOnce()));
