/**
 * Public reads at the edge (Workers Cache API).
 *
 * How long: claims change rarely and editors' writes purge what they touch,
 * so shared caches keep a read for five minutes and browsers for one; past
 * that a stale copy may be served for ten minutes while it is refreshed, and
 * for a day if D1 fails.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';

export const publicCacheControl = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400';

/** The public reads a write can change, by slug. */
export type AffectedReads = { articles?: string[]; incidents?: string[]; ceasefires?: string[] };

/**
 * The one place that knows which URLs show a resource: deletes their cached
 * copies so the next read comes from D1.
 */
export async function purgeAffectedReads(c: Context<AppEnv>, affected: AffectedReads): Promise<void> {
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
