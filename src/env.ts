import type { D1Database, Fetcher, RateLimit } from '@cloudflare/workers-types';
import type { EditorRole } from './contract/enums';

/** What the Worker is bound to (wrangler.toml). */
export type Bindings = {
  DB: D1Database;
  ASSETS: Fetcher;
  /** The images Worker (workers/images/): renders widgets as PNG and SVG. Absent, images answer 503. */
  IMAGES?: Fetcher;
  /** Failed admin authentications per client IP. */
  AUTH_FAILURES: RateLimit;
  /** Public reads that miss the edge cache, per client IP (src/http/budgets.ts). */
  READ_MISSES: RateLimit;
  /** Requests to the editors' API, per client IP (src/http/budgets.ts). */
  EDITOR_REQUESTS: RateLimit;
  /** Milliseconds a D1 round trip may take before the request gives up on it (default 4000). */
  D1_DEADLINE_MS?: string;
  /** Public D1 reads one isolate lets wait on D1 at once before it sheds the next (default 16, src/http/load-shedding.ts). */
  D1_READS_IN_FLIGHT?: string;
  /**
   * When set, a request carrying it in `X-Cache-Bypass` skips the edge cache
   * (read from D1, nothing stored): for operators and `npm run bench`. Unset
   * in production unless someone needs it; a secret, since anyone holding it
   * can make every read cost a D1 query.
   */
  CACHE_BYPASS_SECRET?: string;
  /**
   * Cloudflare Access in front of the editors' side (src/auth/access.ts):
   * the team domain (`newsroom.cloudflareaccess.com`) and the application's
   * AUD tag. With both set, the admin API and /admin accept the
   * `Cf-Access-Jwt-Assertion` Access sends; bearer tokens keep working.
   */
  ACCESS_TEAM_DOMAIN?: string;
  ACCESS_AUD?: string;
};

export type AppEnv = { Bindings: Bindings };

/** The editor a request was authenticated as. */
export type Editor = { id: string; name: string; role: EditorRole };

/** Admin routes: the bearer middleware has put the editor in the context. */
export type AdminEnv = AppEnv & { Variables: { editor: Editor; signedInWith: 'token' | 'access' } };
