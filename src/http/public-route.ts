/**
 * The public reads, served by plain Hono handlers. A route's contract (its
 * `createRoute` definition in `*.routes.ts`: zod schemas of its parameters
 * and responses) is what the OpenAPI document is generated from; building
 * it costs a new isolate tens of milliseconds, which the first reader of a
 * story in a data center would pay (bench/README.md, the first-request
 * rows). So a public read checks its parameters by hand (src/http/
 * checks.ts, held equal to the schemas by their property tests) and loads
 * its contract only when the document is built or a parameter is refused:
 * the schema then says why, so the problem+json is word for word the one a
 * zod-validated route gives.
 *
 * Each route names its contract; the OpenAPI document is built from the
 * contracts of the routes served (`documentedRoutes`, src/routes/openapi/),
 * and tests/node/public-routes.test.ts checks every contract's method and
 * path against the route that serves it.
 */
import type { RouteConfig } from '@hono/zod-openapi';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import type { ZodError } from 'zod';
import type { AppEnv } from '../env';
import type { Check, CheckInput } from './checks';
import { validationProblem } from './problem';

/** A public read: its method and path as its contract writes them, its contract, and its parameters' checks. */
export type PublicRoute<Query = unknown, Params = unknown> = {
  method: 'get';
  /** OpenAPI's spelling, as in the contract: `/api/v1/incidents/{slug}`. */
  path: string;
  /** The route's `createRoute` definition, loaded on first use (a dynamic import of its `*.routes.ts`). */
  contract: () => Promise<RouteConfig>;
  /** What the contract's `request.query` accepts. */
  query?: Check<Query>;
  /** What the contract's `request.params` accepts. */
  params?: Check<Params>;
};

/** A handler of a public read: `c.req.valid('query')` and `c.req.valid('param')` are what its checks returned. */
export type PublicHandler<Query = unknown, Params = unknown> = (
  c: Context<AppEnv, string, { out: { query: Query; param: Params } }>,
) => Response | Promise<Response>;

const served = new WeakMap<Hono<AppEnv>, PublicRoute[]>();

/** Serves `route` on `router` with `handler`, behind its parameters' checks. */
export function servePublic<Query, Params>(
  router: Hono<AppEnv>,
  route: PublicRoute<Query, Params>,
  handler: PublicHandler<Query, Params>,
): void {
  const checks: MiddlewareHandler[] = [];
  // In the order a zod-validated route checks them (query, then path), so a request wrong in both gets the same problem.
  if (route.query) checks.push(checked('query', route.query, async () => (await route.contract()).request?.query));
  if (route.params) checks.push(checked('param', route.params, async () => (await route.contract()).request?.params));
  router.on(route.method, [honoPath(route.path)], ...checks, handler as unknown as MiddlewareHandler);
  served.set(router, [...(served.get(router) ?? []), route as PublicRoute]);
}

/** The public reads `router` serves, in the order it serves them. */
export function documentedRoutes(router: Hono<AppEnv>): readonly PublicRoute[] {
  return served.get(router) ?? [];
}

/** `/api/v1/incidents/{slug}` → `/api/v1/incidents/:slug`, as @hono/zod-openapi mounts a contract's path. */
export function honoPath(path: string): string {
  return path.replaceAll(/\/{(.+?)}/g, '/:$1');
}

type Schema = { safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: ZodError } };

/**
 * Hono's validator (it reads the query and the path as it does for zod)
 * with a hand-written check; what the check refuses, the contract's schema
 * describes.
 */
function checked(target: 'query' | 'param', check: Check<unknown>, schema: () => Promise<unknown>): MiddlewareHandler {
  return validator(target, async (value: CheckInput) => {
    const data = check(value);
    if (data !== null) return data;
    const result = ((await schema()) as Schema).safeParse(value);
    if (!result.success) throw validationProblem(result.error, target);
    // Only if a check ever refused what its schema accepts (checks.test.ts holds them equal): the contract decides.
    return result.data;
  }) as MiddlewareHandler;
}
