import { applyD1Migrations, env } from 'cloudflare:test';

// The real migrations, as `wrangler d1 migrations apply` would run them.
// (The app's routers load on their first request, in the test that asks
// first: a file loads only those it reaches, which is most of what a file's
// start costs in workerd; a test's and a hook's 30 s allow for a busy
// machine's transform of them: vitest.config.ts.)
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
