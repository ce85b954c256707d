import type { D1Database, Fetcher, RateLimit } from '@cloudflare/workers-types';

/** What the Worker is bound to (wrangler.toml). */
export type Bindings = {
  DB: D1Database;
  ASSETS: Fetcher;
  /** The images Worker (workers/images/): renders widgets as PNG and SVG. Absent, images answer 503. */
  IMAGES?: Fetcher;
  /** Failed admin authentications per client IP. */
  AUTH_FAILURES: RateLimit;
  /** Milliseconds a D1 round trip may take before the request gives up on it (default 4000). */
  D1_DEADLINE_MS?: string;
  /**
   * When set, a request carrying it in `X-Cache-Bypass` skips the edge cache
   * (read from D1, nothing stored): for operators and `npm run bench`. Unset
   * in production unless someone needs it; a secret, since anyone holding it
   * can make every read cost a D1 query.
   */
  CACHE_BYPASS_SECRET?: string;
};

export type AppEnv = { Bindings: Bindings };

/** The editor a request was authenticated as. */
export type Editor = { id: string; name: string };

/** Admin routes: the bearer middleware has put the editor in the context. */
export type AdminEnv = AppEnv & { Variables: { editor: Editor } };
