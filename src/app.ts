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
import type { AppEnv } from './env';
import { BYPASS_HEADER, cacheKey, edgeCache, publicCacheControl, REFRESH_HEADER, type Refetch } from './http/cache';
import { hotReads } from './http/hot-copies';
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
  // The public JSON reads leave out what only a document (or Internet Explorer, or Flash) reads; each header
  // costs every read, the hottest path there is (bench/README.md). nosniff, Referrer-Policy, HSTS and CORP stay.
  const publicApiSecurity = secureHeaders({
    crossOriginResourcePolicy: 'cross-origin',
    crossOriginOpenerPolicy: false,
    xFrameOptions: false,
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
  // Editors' pages and API are for this origin only, and never framed.
  const adminSecurity = secureHeaders({ crossOriginResourcePolicy: 'same-origin', xFrameOptions: 'DENY' });
  const securityOf = (path: string) =>
    isAdminPath(path) ? adminSecurity : path.startsWith('/api/v1/') ? publicApiSecurity : publicSecurity;
  // Before everything else: a public read this isolate served within the last second is answered from memory,
  // headers included, and the reads the edge cache serves are kept there (src/http/hot-copies.ts).
  app.use(
    '*',
    hotReads({ keyOf: (url) => cacheKey(url).url, through: ['If-None-Match', BYPASS_HEADER, REFRESH_HEADER] }),
  );
  app.use('*', (c, next) => securityOf(c.req.path)(c, next));
  app.use('*', pageHeaders());

  // No request waits on a D1 that does not answer (src/db/deadline.ts). The
  // runtime hands every request of an isolate the same bindings, so the
  // wrapped ones are made once per bindings, not per request.
  const withDeadlines = new WeakMap<AppEnv['Bindings'], AppEnv['Bindings']>();
  app.use('*', async (c, next) => {
    let bound = withDeadlines.get(c.env);
    if (!bound) {
      const ms = Number(c.env.D1_DEADLINE_MS);
      bound = { ...c.env, DB: withDeadline(c.env.DB, ms > 0 ? ms : undefined) };
      withDeadlines.set(c.env, bound);
    }
    c.env = bound;
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
  const strongEtag = etag({
    // A 304 keeps what a client re-checking needs: when the resource changed, and what the check cost.
    retainedHeaders: [
      ...RETAINED_304_HEADERS,
      'access-control-allow-origin',
      'access-control-expose-headers',
      'last-modified',
      'server-timing',
      'x-cache',
    ],
  });
  const publicRead = every(
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      exposeHeaders: ['ETag', 'Last-Modified', 'Retry-After', 'X-Cache', 'Server-Timing'],
      maxAge: 86400,
    }),
    // Answers If-None-Match; hashes only a response that has no ETag yet, which a cached copy has.
    strongEtag,
    edgeCache(refetch),
    // Hashes a fresh read before the edge cache stores it, so its copies keep the ETag: a hit is not hashed again.
    strongEtag,
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
