/**
 * Routers loaded on first use. Cloudflare starts an isolate wherever and
 * whenever a request needs one, and runs the Worker's module scope before
 * answering: everything built there is paid again and again, by every
 * reader who lands on a cold isolate. So the app's module scope holds only
 * what every request needs (Hono and the cross-cutting middleware), and
 * each router — with its zod schemas, its OpenAPI definitions, its queries
 * and pages — is a dynamic `import()` that runs the first time a request
 * falls under one of its paths. A public read builds its own router and
 * nothing else; the admin API, the docs and the OpenAPI document cost
 * nothing until someone asks for them.
 *
 * Wrangler bundles the Worker into one file (esbuild without code
 * splitting), so an `import()` loads nothing over the network: esbuild
 * wraps the imported module and everything only it imports in a function
 * that runs on the first call.
 */
import type { ExecutionContext } from '@cloudflare/workers-types';
import type { RouteConfig } from '@hono/zod-openapi';
import { type Context, Hono, type NotFoundHandler } from 'hono';
import type { AppEnv } from '../env';
import type { Refetch } from './cache';
import { handleError, notFound, problemInstance } from './errors';
import { Problem, problemResponse } from './problem';

/**
 * What a router may draw on from the app that mounts it: the app's own
 * fetch (the images draw the read they show through it, with its edge
 * cache, budgets and load shedding).
 */
export type Mount = { fetch: Refetch };

/** The mount of a router loaded only to be listed (the OpenAPI document, the tests' route table): it never fetches. */
export const LISTED_ONLY: Mount = {
  fetch: () => Promise.reject(new Error('A router loaded to be listed fetches nothing.')),
};

/**
 * What the app mounts: the paths a router answers under, and how to load
 * it. `load` is a dynamic import, e.g.
 * `() => import('../routes/incidents/incidents.index').then((m) => m.incidentRoutes)`.
 */
export type LazyRouter = {
  /**
   * Hono path patterns (`/api/v1/incidents/*`). A request under one of them
   * goes to this router; a new route of the router under one of them is
   * lazy with no other change. Keep routers' paths apart: the first router
   * whose pattern matches answers, and its not-found is the app's.
   */
  readonly paths: readonly string[];
  /** Routers have their own env (admin adds the editor) and schema types, so any Hono will do. */
  // biome-ignore lint/suspicious/noExplicitAny: routers differ in env, schema and base path; the app mounts each as it is
  readonly load: (mount: Mount) => Promise<Hono<any, any, any>>;
  /**
   * Contracts the OpenAPI document lists for this router beyond those its
   * routes name (src/http/public-route.ts): a route whose served path is a
   * pattern its contract cannot spell.
   */
  readonly contracts?: () => Promise<readonly RouteConfig[]>;
};

/**
 * Mounts `router` on `app` under its paths, loaded (given `mount`) on the first request to
 * one of them (and again only if loading failed). The router answers with
 * the app's not-found and error handlers, and the app's middleware runs
 * around it as around any route. It sees the request, the bindings (as the
 * app's middleware left them: `c.env`) and the execution context; it does
 * not see context variables set by the app's middleware, so cross-cutting
 * work goes through those or stays in the app.
 */
export function mountLazily(
  app: Hono<AppEnv>,
  router: LazyRouter,
  mount: Mount,
  /** Whether the app answers CORS preflights (OPTIONS) at a path, ahead of the router: its 405s then allow OPTIONS. */
  options: { preflight?: (path: string) => boolean } = {},
): void {
  let loading: Promise<Hono<AppEnv>> | undefined;
  const loaded = () =>
    (loading ??= router.load(mount).then(
      (routes) =>
        new Hono<AppEnv>()
          .route('/', routes)
          .onError(handleError)
          .notFound(notFoundOrNotAllowed(routes, options.preflight)),
      (error) => {
        loading = undefined;
        throw error;
      },
    ));
  const dispatch = async (c: Context<AppEnv>) => {
    const routes = await loaded();
    // The app answers HEAD by running its GET route and dropping the body
    // afterwards, so its middleware (the ETag above all) sees the body. A
    // router given the HEAD itself would drop the body first: it gets the
    // GET, and the app drops the body as it always has.
    const request = c.req.method === 'HEAD' ? new Request(c.req.raw, { method: 'GET' }) : c.req.raw;
    return routes.fetch(request, c.env, executionContext(c));
  };
  for (const path of router.paths) app.all(path, dispatch);
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The router's not-found, unless the path is one of its routes' under another method: then 405 with `Allow`
 * (RFC 9110), so a developer who sent the wrong method is told so, not that nothing is there. The router's routes
 * (its middleware aside) are matched by a Hono of their own, built on the first miss.
 */
function notFoundOrNotAllowed(
  // biome-ignore lint/suspicious/noExplicitAny: a router of any env, as LazyRouter's load gives it
  routes: Hono<any, any, any>,
  preflight?: (path: string) => boolean,
): NotFoundHandler<AppEnv> {
  let probe: Hono | undefined;
  return async (c) => {
    if (!probe) {
      probe = new Hono();
      for (const route of routes.routes) {
        if (route.method !== 'ALL') probe.on(route.method, route.path, () => new Response(null, { status: 204 }));
      }
    }
    const allowed: string[] = [];
    for (const method of METHODS) {
      if ((await probe.request(c.req.path, { method })).status === 204) allowed.push(method);
    }
    if (!allowed.length) return notFound(c);
    if (allowed.includes('GET')) allowed.splice(1, 0, 'HEAD');
    if (preflight?.(c.req.path)) allowed.push('OPTIONS');
    return problemResponse(
      new Problem('method-not-allowed', `${c.req.path} answers ${allowed.join(', ')}, not ${c.req.method}.`, {
        headers: { Allow: allowed.join(', ') },
      }),
      problemInstance(c),
    );
  };
}

/** Hono throws when a request came without one (a test calling `app.fetch(request, env)`). */
function executionContext(c: Context): ExecutionContext | undefined {
  try {
    return c.executionCtx as ExecutionContext;
  } catch {
    return undefined;
  }
}
