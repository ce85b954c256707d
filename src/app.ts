/**
 * Builds the app the Worker serves; tests build the same one. Order matters:
 * headers and CORS wrap everything, the public reads get ETags, and one error
 * handler turns every failure into problem+json.
 */
import { every } from 'hono/combine';
import { cors } from 'hono/cors';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { withDeadline } from './db/deadline';
import { meterD1, serverTiming } from './db/meter';
import { editorBudget } from './http/budgets';
import { edgeCache, publicCacheControl, type Refetch } from './http/cache';
import { shedReadsBeyondCap } from './http/load-shedding';
import { pageHeaders } from './http/page-headers';
import { Problem, problemResponse } from './http/problem';
import { createRouter } from './http/router';
import { adminRoutes } from './routes/admin/admin.index';
import { articleRoutes } from './routes/articles/articles.index';
import { ceasefireRoutes } from './routes/ceasefires/ceasefires.index';
import { demoRoutes } from './routes/demo/demo.index';
import { docsRoutes } from './routes/docs/docs.index';
import { embedRoutes } from './routes/embed/embed.index';
import { healthRoutes } from './routes/health/health.index';
import { incidentRoutes } from './routes/incidents/incidents.index';
import { oembedRoutes } from './routes/oembed/oembed.index';

export const OPENAPI_PATH = '/api/v1/openapi.json';

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

export function createApp() {
  const app = createRouter();
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

  app.route('/', healthRoutes);
  app.route('/', articleRoutes);
  app.route('/', incidentRoutes);
  app.route('/', ceasefireRoutes);
  app.route('/', oembedRoutes);
  app.route('/', embedRoutes(refetch));
  app.route('/', docsRoutes);
  app.route('/', demoRoutes);
  app.route('/', adminRoutes);

  let document: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  app.get(OPENAPI_PATH, (c) => c.json((document ??= app.getOpenAPI31Document(OPENAPI_INFO))));

  app.notFound((c) => problemResponse(new Problem('not-found', `Nothing at ${c.req.path}.`), c.req.path));

  app.onError((error, c) => {
    if (error instanceof Problem) return problemResponse(error, c.req.path);
    if (error instanceof HTTPException && error.status < 500) {
      const type =
        error.status === 413 ? 'payload-too-large' : error.status === 415 ? 'unsupported-media-type' : 'validation';
      return problemResponse(new Problem(type, error.message || undefined), c.req.path);
    }
    if (isD1Failure(error)) {
      return problemResponse(
        new Problem('unavailable', 'The database did not answer. Try again shortly.', {
          headers: { 'Retry-After': '5' },
        }),
        c.req.path,
      );
    }
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return problemResponse(new Problem('internal', 'The request could not be completed.'), c.req.path);
  });

  return app;
}

/** The editors' side: the admin API and the /admin page. */
function isAdminPath(path: string): boolean {
  return (
    path === '/admin' || path.startsWith('/admin/') || path === '/api/v1/admin' || path.startsWith('/api/v1/admin/')
  );
}

/** D1's own failures (unreachable, overloaded, reset) are transient: 503, not 500. */
function isD1Failure(error: unknown): boolean {
  const text = String((error as { cause?: unknown })?.cause ?? error);
  return /D1_ERROR|D1 DB|Network connection lost|storage|overloaded|reset because/i.test(text);
}

export type App = ReturnType<typeof createApp>;
