/**
 * CORS of the public reads: any origin may read them, with their ETag,
 * Last-Modified, Retry-After, X-Cache and Server-Timing.
 *
 * Why not Hono's `cors()`: it sets its headers on a placeholder response
 * before the route runs, and once a placeholder exists Hono's context copies
 * the route's answer into a new Response and merges every header into it
 * (its `res` setter), on every read: about a tenth of the isolate's time
 * in a profile of uncached reads (bench/README.md). Here the headers go on
 * the answer itself, after the route. Register it as a middleware of its own, before
 * anything that may throw: the app's error handler answers a throw at the
 * level it was thrown from, so a problem+json answer (a 404, the miss
 * budget's 429) is in place when these headers are set, and is readable
 * from any origin like the reads themselves.
 */
import type { MiddlewareHandler } from 'hono';

const ALLOW_METHODS = 'GET,HEAD,OPTIONS';
const EXPOSE_HEADERS = 'ETag,Last-Modified,Retry-After,X-Cache,Server-Timing';
/** How long a browser may keep a preflight's answer: a day. */
const PREFLIGHT_MAX_AGE = '86400';

export function publicCors(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') {
      const headers = new Headers({
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': ALLOW_METHODS,
        'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
        'Access-Control-Expose-Headers': EXPOSE_HEADERS,
      });
      // Whatever headers the page wants to send, it may: the reads take none that grant anything.
      const asked = c.req.header('Access-Control-Request-Headers');
      if (asked) {
        headers.set('Access-Control-Allow-Headers', asked);
        headers.set('Vary', 'Access-Control-Request-Headers');
      }
      return new Response(null, { status: 204, headers });
    }
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', '*');
    c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  };
}
