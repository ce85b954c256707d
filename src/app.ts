/**
 * Builds the app the Worker serves; tests build the same one. Order matters:
 * headers and CORS wrap everything, the public reads get ETags, and one error
 * handler turns every failure into problem+json.
 *
 * Only Hono and this middleware are built when an isolate starts: every
 * router is loaded on the first request under its paths (src/routes/routers.ts,
 * src/http/lazy.ts). Import nothing here that builds zod schemas, Drizzle
 * tables or pages at module scope.
 */
import { Hono } from 'hono';
import { every } from 'hono/combine';
import { cors } from 'hono/cors';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';
import { withDeadline } from './db/deadline';
import { meterD1, serverTiming } from './db/meter';
import type { AppEnv } from './env';
import { editorBudget } from './http/budgets';
import { edgeCache, publicCacheControl, type Refetch } from './http/cache';
import { handleError, notFound } from './http/errors';
import { mountLazily } from './http/lazy';
import { shedReadsBeyondCap } from './http/load-shedding';
import { pageHeaders } from './http/page-headers';
import { ROUTERS } from './routes/routers';

export function createApp() {
  const app = new Hono<AppEnv>();
  // The edge cache refreshes stale copies in the background by running the app again.
  const refetch: Refetch = async (request, env, ctx) => app.fetch(request, env, ctx);

  const publicSecurity = secureHeaders({
    // Embeds and widgets are meant to be loaded from other origins.
    crossOriginResourcePolicy: 'cross-origin',
    crossOriginOpenerPolicy: false,
    xFrameOptions: false,
  });
  // Editors' pages and API are for this origin only, and never framed.
  const adminSecurity = secureHeaders({ crossOriginResourcePolicy: 'same-origin', xFrameOptions: 'DENY' });
  app.use('*', (c, next) => (isAdminPath(c.req.path) ? adminSecurity(c, next) : publicSecurity(c, next)));
  app.use('*', pageHeaders());

  // Readers never queue on a slow D1, nor in front of the editors' writes (src/http/load-shedding.ts).
  const shedReads = shedReadsBeyondCap();
  app.use('*', (c, next) => (isAdminPath(c.req.path) ? next() : shedReads(c, next)));
  // The editors' API has a budget per address of its own (src/http/budgets.ts).
  app.use('/api/v1/admin/*', editorBudget());

  // No request waits on a D1 that does not answer (src/db/deadline.ts).
  app.use('*', async (c, next) => {
    const ms = Number(c.env.D1_DEADLINE_MS);
    c.env = { ...c.env, DB: withDeadline(c.env.DB, ms > 0 ? ms : undefined) };
    await next();
  });

  // Every API request reports its D1 round trips and time in Server-Timing.
  app.use('/api/*', async (c, next) => {
    const meter = meterD1(c.env.DB);
    c.env = { ...c.env, DB: meter.binding };
    await next();
    c.res.headers.append('Server-Timing', serverTiming(meter));
  });

  // Public reads: open to every origin, ETagged, cached at the edge. The
  // admin API shares the /api/v1 prefix but none of this.
  const publicRead = every(
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      exposeHeaders: ['ETag', 'Last-Modified', 'Retry-After', 'X-Cache', 'Server-Timing'],
      maxAge: 86400,
    }),
    etag({
      // A 304 keeps what a client re-checking needs: when the resource changed, and what the check cost.
      retainedHeaders: [
        ...RETAINED_304_HEADERS,
        'access-control-allow-origin',
        'access-control-expose-headers',
        'last-modified',
        'server-timing',
        'x-cache',
      ],
    }),
    edgeCache(refetch),
    async (c, next) => {
      await next();
      if (c.req.method === 'GET' && c.res.status === 200) c.res.headers.set('Cache-Control', publicCacheControl);
    },
  );
  app.use('/api/v1/*', (c, next) => (isAdminPath(c.req.path) ? next() : publicRead(c, next)));
  // The iframe pages are cached at the edge like the public reads.
  app.use('/embed/*', edgeCache(refetch));

  for (const router of ROUTERS) mountLazily(app, router);

  app.notFound(notFound);
  app.onError(handleError);

  return app;
}

/** The editors' side: the admin API and the /admin page. */
function isAdminPath(path: string): boolean {
  return (
    path === '/admin' || path.startsWith('/admin/') || path === '/api/v1/admin' || path.startsWith('/api/v1/admin/')
  );
}

export type App = ReturnType<typeof createApp>;
