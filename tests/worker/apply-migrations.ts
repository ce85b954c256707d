import { applyD1Migrations, env } from 'cloudflare:test';
import { allRoutes } from '../../src/routes/openapi/openapi.index';

// The real migrations, as `wrangler d1 migrations apply` would run them.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

// The app loads each router on its first request. Here that first load
// also waits for Vite to transform the modules, seconds on a busy machine,
// which would count against the test that happens to ask first; load them
// all before any test. The app's lazy mounts still run their imports.
await allRoutes();
