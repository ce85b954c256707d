/**
 * Public reads at the edge (Workers Cache API).
 *
 * How long: claims change rarely and editors' writes purge what they touch,
 * so shared caches keep a read for five minutes and browsers for one; past
 * that a stale copy may be served for ten minutes while it is refreshed, and
 * for a day if D1 fails.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';

export const publicCacheControl = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400';

/** The public reads a write can change, by slug. */
export type AffectedReads = { articles?: string[]; incidents?: string[]; ceasefires?: string[] };

/**
 * The one place that knows which URLs show a resource: deletes their cached
 * copies so the next read comes from D1.
 */
export async function purgeAffectedReads(c: { req: { url: string } }, affected: AffectedReads): Promise<void> {
  const origin = new URL(c.req.url).origin;
  const paths = [
    '/api/v1/articles',
    ...(affected.articles ?? []).map((slug) => `/api/v1/articles/${slug}`),
    ...(affected.incidents ?? []).map((slug) => `/api/v1/incidents/${slug}`),
    ...(affected.ceasefires ?? []).map((slug) => `/api/v1/ceasefires/${slug}`),
  ];
  const cache = await caches.open('public-reads');
  await Promise.all(paths.map((path) => cache.delete(new Request(`${origin}${path}`))));
}

/** How long a cached copy counts as fresh (matches s-maxage). */
const FRESH_MS = 300_000;
const STORED_AT = 'x-edge-stored-at';

/**
 * Serves public GETs from the edge cache. A fresh copy costs no D1 at all. A
 * copy past its freshness is refreshed from D1; if that read fails (a 5xx),
 * the stale copy is served instead (stale-if-error), for as long as the
 * cache keeps it (a day).
 */
export function edgeCache(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const cache = await caches.open('public-reads');
    const key = new Request(c.req.url);
    const cached = await cache.match(key);
    const age = cached ? Date.now() - Number(cached.headers.get(STORED_AT)) : Number.POSITIVE_INFINITY;
    if (cached && age < FRESH_MS) {
      c.res = served(cached, 'HIT');
      return;
    }
    await next();
    if (c.res.status >= 500 && cached) {
      c.res = served(cached, 'STALE');
      return;
    }
    if (c.res.status === 200) {
      const copy = new Response(c.res.clone().body, c.res);
      copy.headers.set(STORED_AT, String(Date.now()));
      // The cache keeps the copy a day so it can stand in when D1 fails.
      copy.headers.set('Cache-Control', 'public, s-maxage=86400');
      const put = cache.put(key, copy);
      try {
        c.executionCtx.waitUntil(put);
      } catch {
        await put;
      }
      c.res.headers.set('X-Cache', 'MISS');
    }
  };
}

function served(cached: Response, state: 'HIT' | 'STALE'): Response {
  const res = new Response(cached.body, cached);
  res.headers.delete(STORED_AT);
  res.headers.set('Cache-Control', publicCacheControl);
  res.headers.set('X-Cache', state);
  return res;
}
