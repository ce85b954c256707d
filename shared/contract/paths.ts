/**
 * Where the API and the editors' side are served: the one place that
 * spells these prefixes. The Worker's routers are built under them (Hono's
 * `basePath`), the app picks its middleware by them, and the widgets and the
 * /admin page build their requests from them. Plain strings, so any side
 * may import them (no zod).
 */

/** Every JSON route of the API, public and editors', is under this. */
export const API_V1 = '/api/v1';

/** The OpenAPI document. */
export const OPENAPI_PATH = `${API_V1}/openapi.json`;

/** The health check that asks D1 (the app gives its probe a gate of its own: src/app.ts). */
export const HEALTH_PATH = '/health';

/** oEmbed discovery's endpoint (at the root, where consumers look for it). */
export const OEMBED_PATH = '/oembed';

/** Under it, each problem type's documentation: a problem's `type` is `${PROBLEMS_PATH}/{name}`. */
export const PROBLEMS_PATH = '/problems';

/** The editors' API. */
export const ADMIN_API = `${API_V1}/admin`;

/** The editors' page. */
export const ADMIN_PAGE = '/admin';

/**
 * The editors' side: everything at or under these is for editors only
 * (their security headers, no CORS, no edge cache, their own budget), and
 * the Worker answers it before static assets (`run_worker_first` in
 * wrangler.toml, checked by tests/node/worker-first.test.ts).
 */
export const ADMIN_PREFIXES = [ADMIN_API, ADMIN_PAGE] as const;
