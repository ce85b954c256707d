/**
 * How long public reads may be cached. Claims change rarely and editors'
 * writes purge what they touch, so shared caches may keep a read for five
 * minutes and browsers for one; past that a stale copy may be served for ten
 * minutes while it is refreshed, and for a day if D1 fails.
 */
export const publicCacheControl = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400';
