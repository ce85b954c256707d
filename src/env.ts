import type { EditorRole } from '../shared/contract/enums';
import type { TouchedReads } from './db/writes/touched';

/**
 * What the Worker is bound to. `Env` is generated from wrangler.toml by
 * `wrangler types` (worker-configuration.d.ts; `npm run types` writes it,
 * `npm run check` fails when it is stale). Beside it, the settings an
 * operator may give as vars or secrets: each optional with a default, and
 * so not in wrangler.toml, where `wrangler types` would find them.
 */
export type Bindings = Env & {
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

/**
 * Admin routes: the bearer middleware has put the editor in the context, and
 * the after-write step (src/routes/admin/after-write.ts) the record of what
 * the request's writes touch.
 */
export type AdminEnv = AppEnv & {
  Variables: { editor: Editor; signedInWith: 'token' | 'access'; touched: TouchedReads };
};
