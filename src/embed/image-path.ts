/**
 * Where the images of the widgets are served: `/embed/{widget}/{slug}.png|.svg`.
 * No zod and nothing else here, so the app can mount the route and keep the
 * paths out of the pages' edge cache at start-up without loading the router.
 */

/** Hono's pattern for the image URLs; the page route `/embed/{widget}/{slug}` never sees them. */
export const IMAGE_ROUTE_PATH = '/embed/:widget/:file{[^/]+\\.(?:png|svg)}';

/** The same route as its contract and the OpenAPI document spell it (OpenAPI has no pattern for one segment). */
export const IMAGE_ROUTE_DOC_PATH = '/embed/{widget}/{slug}.{format}';

/** Whether a path (already under `/embed/`) names an image rather than an iframe page. */
export function isImagePath(path: string): boolean {
  return path.endsWith('.png') || path.endsWith('.svg');
}
