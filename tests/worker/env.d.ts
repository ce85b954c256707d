/**
 * Bindings only the tests have (vitest.config.ts): a second, editor-less
 * D1 and the migrations to apply. The Worker's own come from wrangler.toml
 * through `wrangler types` (worker-configuration.d.ts).
 */
declare namespace Cloudflare {
  interface Env {
    EMPTY_DB: D1Database;
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
}
