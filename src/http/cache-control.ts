/**
 * Every Cache-Control policy the Worker and its assets answer with, and why,
 * in one place: routes, the app's middleware, the edge cache and the asset
 * build (scripts/build-assets.ts writes them into public/_headers) name a
 * policy rather than spelling one.
 */

/** How long documentation-like answers (the reference page, oEmbed, the developer kit) are kept. */
export const REFERENCE_MAX_AGE = 300;

export const CACHE_CONTROL = {
  /**
   * Public reads and embed pages: fresh for a minute at the edge and in
   * browsers (what an editor can wait for a change to reach every data
   * center), served for ten more while refreshed, and for a day if D1 fails
   * (src/http/cache.ts).
   */
  publicRead: 'public, max-age=60, s-maxage=60, stale-while-revalidate=600, stale-if-error=86400',
  /** The demo page: browsers keep it a minute; it is not kept at the edge. */
  page: 'public, max-age=60',
  /** The reference page, oEmbed answers and the developer kit: they change with a deploy, not with the data. */
  reference: `public, max-age=${REFERENCE_MAX_AGE}`,
  /** The widgets' stable URLs: five minutes, then a day served while the browser revalidates. */
  widgetModule: `public, max-age=${REFERENCE_MAX_AGE}, stale-while-revalidate=86400`,
  /** Content-hashed chunks: a new build is a new URL, so they never change. */
  immutable: 'public, max-age=31536000, immutable',
  /** The editors' page's assets: checked every time, so a deploy reaches editors at once. */
  revalidate: 'no-cache',
  /** Never kept: the editors' side, errors, liveness. */
  never: 'no-store',
} as const;
