import type { D1Database, Fetcher } from '@cloudflare/workers-types';

/** What the Worker is bound to (wrangler.toml). */
export type Bindings = {
  DB: D1Database;
  ASSETS: Fetcher;
};

export type AppEnv = { Bindings: Bindings };
