declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import('../../src/index');
  }
  interface Env {
    DB: D1Database;
    EMPTY_DB: D1Database;
    AUTH_FAILURES: RateLimit;
    READ_MISSES: RateLimit;
    EDITOR_REQUESTS: RateLimit;
    ASSETS: Fetcher;
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
}
