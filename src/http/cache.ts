/**
 * Public reads at the edge (Workers Cache API).
 *
 * How long: a read stays fresh for a minute at the edge and in browsers.
 * Editors' writes purge the copies they affect at once in the data center
 * that ran the write (Cache API entries live per data center); everywhere
 * else the change shows within that minute, which costs each data center
 * one D1 read a minute per hot resource. Past the minute a copy is served
 * for ten more while it is refreshed in the background, and for a day if D1
 * fails.
 */

import type { ExecutionContext } from '@cloudflare/workers-types';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { dropHot } from './hot-copies';

export const publicCacheControl = 'public, max-age=60, s-maxage=60, stale-while-revalidate=600, stale-if-error=86400';

/** The public reads a write can change, by slug. */
export type AffectedReads = { articles?: string[]; incidents?: string[]; ceasefires?: string[] };

/**
 * Query parameters that change what a cached page says. Any other is left
 * out of the cache key (the routes ignore it too), so `?x=1`, `?x=2`, … cannot
 * fill the cache or force D1 reads; the order of parameters does not matter.
 */
const KEYED_PARAMS = new Set(['as-of', 'asOf', 'cursor', 'lang', 'limit', 'section', 'theme']);

export function cacheKey(url: string): Request {
  const u = new URL(url);
  const kept = [...u.searchParams]
    .filter(([k]) => KEYED_PARAMS.has(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  u.hash = '';
  return new Request(u.toString());
}

/** Each embed page's variants a reader can ask for: every language and theme, or none. */
function embedVariants(path: string): string[] {
  const out: string[] = [];
  for (const lang of [null, 'en', 'es', 'ar']) {
    for (const theme of [null, 'auto', 'light', 'dark']) {
      const q = new URLSearchParams();
      if (lang) q.set('lang', lang);
      if (theme) q.set('theme', theme);
      out.push(q.size ? `${path}?${q}` : path);
    }
  }
  return out;
}

/**
 * The one place that knows which URLs show a resource: deletes their cached
 * copies so the next read comes from D1. Reads pinned with `asOf` are not
 * listed (there is one per moment); they age out within the minute.
 */
export async function purgeAffectedReads(c: { req: { url: string } }, affected: AffectedReads): Promise<void> {
  const origin = new URL(c.req.url).origin;
  const paths = [
    '/api/v1/articles',
    ...(affected.articles ?? []).map((slug) => `/api/v1/articles/${slug}`),
    ...(affected.incidents ?? []).flatMap((slug) => [
      `/api/v1/incidents/${slug}`,
      ...embedVariants(`/embed/casualty-claims/${slug}`),
    ]),
    ...(affected.ceasefires ?? []).flatMap((slug) => [
      `/api/v1/ceasefires/${slug}`,
      ...embedVariants(`/embed/ceasefire-gauge/${slug}`),
    ]),
  ];
  const keys = paths.map((path) => cacheKey(`${origin}${path}`));
  // This isolate's in-memory copies too (src/http/hot-copies.ts); other isolates' expire within a second.
  dropHot(keys.map((key) => key.url));
  const cache = await caches.open('public-reads');
  const marker = new Response(null, {
    headers: { 'Cache-Control': `public, s-maxage=${PURGE_MARKER_SECONDS}`, [PURGED_AT]: String(Date.now()) },
  });
  await Promise.all(keys.flatMap((key) => [cache.delete(key), cache.put(purgeMarkerKey(key), marker.clone())]));
}

/**
 * A read that began before a write but finishes after its purge holds the
 * old data; storing it would undo the purge for a minute. So a purge leaves
 * a marker beside each key, and a copy is stored only if its read began
 * after the latest purge of that key. Two minutes outlives any D1 read.
 */
const PURGE_MARKER_SECONDS = 120;
const PURGED_AT = 'x-edge-purged-at';
/** Real cache keys never carry this parameter (cacheKey drops unknown ones), so markers cannot collide with them. */
const purgeMarkerKey = (key: Request) => new Request(`${key.url}${key.url.includes('?') ? '&' : '?'}__purged`);

export async function storeUnlessPurged(
  cache: Cache,
  key: Request,
  copy: Response,
  readStartedAt: number,
): Promise<boolean> {
  const marker = await cache.match(purgeMarkerKey(key));
  // `>=`: the runtime's clock does not advance within a burst of work, so a tie may be either order; skipping only costs a D1 read.
  if (marker && Number(marker.headers.get(PURGED_AT)) >= readStartedAt) return false;
  await cache.put(key, copy);
  return true;
}

/** How long a cached copy counts as fresh (matches s-maxage). */
const FRESH_MS = 60_000;
/** Past freshness, how long a copy is still served while it is refreshed in the background. */
const REVALIDATE_MS = 600_000;
const STORED_AT = 'x-edge-stored-at';
/**
 * Marks the Worker's own background refresh of a stale copy. Per isolate and
 * random, so no client can send it to skip the cache and force D1 reads.
 */
export const REFRESH_HEADER = 'x-edge-refresh';
/** Carries `CACHE_BYPASS_SECRET` (see env.ts). */
export const BYPASS_HEADER = 'x-cache-bypass';
let refreshToken: string | undefined;
/** Made on first use: workerd forbids random values at module load. */
const refreshSecret = () => (refreshToken ??= crypto.randomUUID());

/** Runs the app again for a URL, in the background (the app passes its own `fetch`). */
export type Refetch = (request: Request, env: AppEnv['Bindings'], ctx: ExecutionContext) => Promise<Response>;

/**
 * Serves public GETs from the edge cache:
 * - a fresh copy (under a minute old) costs no D1 at all;
 * - a copy up to ten minutes past that is served at once while the Worker
 *   refreshes it from D1 in the background (stale-while-revalidate);
 * - an older copy is refreshed before answering, and if that read fails (a
 *   5xx), the stale copy is served instead (stale-if-error), for as long as
 *   the cache keeps it (a day).
 */
export function edgeCache(refetch: Refetch): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const bypass = c.env.CACHE_BYPASS_SECRET;
    if (bypass && c.req.header(BYPASS_HEADER) === bypass) {
      await next();
      c.res.headers.set('X-Cache', 'BYPASS');
      return;
    }
    const cache = await caches.open('public-reads');
    const key = cacheKey(c.req.url);
    const refreshing = c.req.header(REFRESH_HEADER) === refreshSecret();
    const cached = refreshing ? undefined : await cache.match(key);
    const age = cached ? Date.now() - Number(cached.headers.get(STORED_AT)) : Number.POSITIVE_INFINITY;
    if (cached && age < FRESH_MS) {
      c.res = served(cached, 'HIT');
      return;
    }
    if (cached && age < FRESH_MS + REVALIDATE_MS) {
      const refresh = new Request(c.req.url, { headers: { [REFRESH_HEADER]: refreshSecret() } });
      background(
        c,
        refetch(refresh, c.env, c.executionCtx as ExecutionContext).then((r) => r.body?.cancel()),
      );
      c.res = served(cached, 'STALE');
      return;
    }
    const readStartedAt = Date.now();
    await next();
    if (c.res.status >= 500 && cached) {
      // Hono merges the failed response's headers into the next one assigned
      // (no-store, Retry-After); the stale copy must not inherit them.
      c.res = undefined;
      c.res = served(cached, 'STALE');
      return;
    }
    if (c.res.status === 200) {
      const copy = new Response(c.res.clone().body, c.res);
      copy.headers.set(STORED_AT, String(Date.now()));
      // The cache keeps the copy a day so it can stand in when D1 fails.
      copy.headers.set('Cache-Control', 'public, s-maxage=86400');
      background(c, storeUnlessPurged(cache, key, copy, readStartedAt));
      c.res.headers.set('X-Cache', 'MISS');
    }
  };
}

/** Work that outlives the response, where the runtime allows it. */
function background(c: Context<AppEnv>, work: Promise<unknown>): void {
  try {
    c.executionCtx.waitUntil(work.catch(() => undefined));
  } catch {
    void work.catch(() => undefined);
  }
}

function served(cached: Response, state: 'HIT' | 'STALE'): Response {
  const res = new Response(cached.body, cached);
  res.headers.delete(STORED_AT);
  res.headers.set('Cache-Control', publicCacheControl);
  res.headers.set('X-Cache', state);
  return res;
}
