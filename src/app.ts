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
import { Hono, type MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import { etag } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';
import { ADMIN_API, ADMIN_PREFIXES, API_V1, HEALTH_PATH, OEMBED_PATH } from '../shared/contract/paths';
import { withDeadline } from './db/deadline';
import { meterD1, serverTiming } from './db/meter';
import { isImagePath } from './embed/image-path';
import type { AppEnv } from './env';
import { deferredWork } from './http/after-response';
import { editorBudget } from './http/budgets';
import { BYPASS_HEADER, edgeCache, isRead, REFRESH_HEADER, type Refetch } from './http/cache';
import { CACHE_CONTROL } from './http/cache-control';
import { cacheKey, keyedUrl } from './http/cache-keys';
import { handleError, notFound } from './http/errors';
import { hotReads } from './http/hot-copies';
import { mountLazily } from './http/lazy';
import { HEALTH_PROBES_IN_FLIGHT, shedReadsBeyondCap } from './http/load-shedding';
import { RETAINED_ON_304 } from './http/not-modified';
import { isDocument, pageHeaders } from './http/page-headers';
import { publicCors } from './http/public-cors';
import { cacheControlFor } from './http/recorded-reads';
import { ROUTERS } from './routes/routers';

/**
 * Requests that always go through the app, never answered from memory: a
 * conditional request (its 304), the operators' bypass and the edge cache's
 * own refresh (src/http/hot-copies.ts).
 */
export const HOT_THROUGH = ['If-None-Match', BYPASS_HEADER, REFRESH_HEADER] as const;

export function createApp() {
  const app = new Hono<AppEnv>();
  // The edge cache refreshes stale copies in the background by running the app again.
  const refetch: Refetch = async (request, env, ctx) => app.fetch(request, env, ctx);

  const documentSecurity = secureHeaders({
    // Embeds and widgets are meant to be loaded from other origins.
    crossOriginResourcePolicy: 'cross-origin',
    crossOriginOpenerPolicy: false,
    xFrameOptions: false,
  });
  // An answer that is not a document (JSON, a PNG) leaves out what only a document (or Internet Explorer, or
  // Flash) reads: each header is work and bytes on every read, the hottest path there is. nosniff,
  // Referrer-Policy, HSTS and CORP stay on every answer.
  const answerSecurity = secureHeaders({
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
  const routeDone = async () => {};
  // Outermost: what a request defers (a copy to store, a budget to spend) starts once its response has left.
  app.use('*', deferredWork());
  // Before the rest: a public read this isolate served within the last second is answered from memory,
  // headers included, and the reads the edge cache serves are kept there (src/http/hot-copies.ts).
  // Images stay out of it: they are large, and their copies are keyed by the read they show, not by their URL.
  const hot = hotReads({ keyOf: (url) => cacheKey(url).url, through: HOT_THROUGH });
  app.use('*', (c, next) => (isImagePath(c.req.path) ? next() : hot(c, next)));
  app.use('*', async (c, next) => {
    if (isAdminPath(c.req.path)) return adminSecurity(c, next);
    await next();
    // Chosen by what was answered, not by path: a new JSON route is lean and a new page complete, with no list to keep.
    await (isDocument(c.res) ? documentSecurity : answerSecurity)(c, routeDone);
  });
  app.use('*', pageHeaders());

  // Readers never queue on a slow D1, nor in front of the editors' writes (src/http/load-shedding.ts).
  const shedReads = shedReadsBeyondCap();
  // /health's probe is not a reader's read: shed with them, it said "unreachable" of a D1 that answers whenever this
  // isolate had its cap of reads waiting. It has a few places of its own instead, so probes still cannot flood D1.
  const shedProbes = shedReadsBeyondCap({ cap: HEALTH_PROBES_IN_FLIGHT, places: new Map() });
  app.use(
    '*',
    readersOnly((c, next) => (c.req.path === HEALTH_PATH ? shedProbes : shedReads)(c, next)),
  );
  // The editors' API has a budget per address of its own (src/http/budgets.ts).
  app.use(`${ADMIN_API}/*`, editorBudget());

  // No request waits on a D1 that does not answer (src/db/deadline.ts). The
  // runtime hands every request of an isolate the same bindings (and the gate
  // above keeps one gated copy of them), so the wrapped ones are made once
  // per bindings, not per request.
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
  // admin API shares the API_V1 prefix but none of this.
  const strongEtag = etag({ retainedHeaders: RETAINED_ON_304 });
  const publicRead = every(
    // Answers If-None-Match; hashes only a response that has no ETag yet, which a cached copy has.
    strongEtag,
    edgeCache(refetch),
    // Hashes a fresh read before the edge cache stores it, so its copies keep the ETag: a hit is not hashed again.
    strongEtag,
    async (c, next) => {
      await next();
      // A read of a settled moment of recording (`?seenAt=`) never changes: immutable (src/http/recorded-reads.ts).
      // Asked of the URL as its route reads it: a feed given a `seenAt` it ignores shows live data.
      if (isRead(c.req.method) && c.res.status === 200)
        c.res.headers.set('Cache-Control', cacheControlFor(keyedUrl(c.req.url), CACHE_CONTROL.publicRead));
    },
  );
  // CORS on its own, outside what may throw, so that an error's answer carries it too (src/http/public-cors.ts).
  const cors = publicCors();
  app.use(`${API_V1}/*`, readersOnly(cors)); // the paths `answersPreflight` names
  app.use(`${API_V1}/*`, readersOnly(publicRead));
  // oEmbed is not cached here (its consumers cache it), but it is ETagged (`taggedJson`): answered with 304 on a
  // matching If-None-Match, as a public read is. Its answer is read from D1 either way; the 304 spares the bytes.
  app.use(OEMBED_PATH, strongEtag);
  // The iframe pages are cached at the edge like the public reads. Images keep copies of their own,
  // keyed by the ETag of the read they show (src/routes/embed/image.handlers.ts).
  const pageCache = edgeCache(refetch);
  app.use('/embed/*', (c, next) => (isImagePath(c.req.path) ? next() : pageCache(c, next)));

  // Each router is given the app's fetch: the images draw the read they show through it.
  for (const router of ROUTERS) mountLazily(app, router, { fetch: refetch }, { preflight: answersPreflight });

  app.notFound(notFound);
  app.onError(handleError);

  return app;
}

/** The editors' side: the admin API and the /admin page, and everything under them. */
function isAdminPath(path: string): boolean {
  return ADMIN_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** Where the public CORS middleware answers preflights (OPTIONS): the readers' API, as `app.use` mounts it above. */
function answersPreflight(path: string): boolean {
  // oEmbed's router has CORS of its own (src/routes/oembed/oembed.index.ts).
  return (path.startsWith(`${API_V1}/`) && !isAdminPath(path)) || path === OEMBED_PATH;
}

/** `middleware` for readers' requests; the editors' side (which shares the API's prefix) passes by it. */
function readersOnly(middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return (c, next) => (isAdminPath(c.req.path) ? next() : middleware(c, next));
}

export type App = ReturnType<typeof createApp>;
