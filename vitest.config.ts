/**
 * One `vitest run` runs every suite:
 * - worker:  API and domain tests inside workerd with a real local D1 and the
 *            real migrations (`@cloudflare/vitest-plugin`), and the images
 *            Worker beside it behind the `IMAGES` service binding, as deployed;
 * - node:    checks that need Node (OpenAPI validation, schema drift, bundle
 *            sizes), the Worker's pure modules (src/'s own unit tests), those
 *            both sides share (shared/: domain, formatting, the embed catalog)
 *            and the widgets' own pure ones;
 * - browser: the widgets and pages in a real Chromium against `wrangler dev`.
 *
 * The browser suite runs first and alone, one file at a time: its checks of
 * what moves on a page, and of when, are a measure of the machine too where
 * other suites share its two cores (measured: run beside the node suite, the
 * column sweep in widgets.space.test.ts, then of 88 cards, cut some). Its files share
 * one process (`isolate: false`): each launches its Chromium and its origins
 * in its own hooks, and a fresh process per file cost about two seconds. The
 * node and then the worker suite follow, two files at a time (vitest's
 * default on two cores is one; the two suites interleaved, the CLI's long
 * file beside worker files, took the same 430 s: the two cores are the
 * limit). `npm test` took about 21 minutes in CI with every file one after
 * another, and about 15 this way.
 */
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { buildImagesWorker, IMAGES_DIST, imagesWorkerModules } from './scripts/build-images';

export default defineConfig(async () => {
  const migrations = await readD1Migrations('./migrations');
  // The images Worker runs from its deploy bundle (rebuilt when its sources changed).
  buildImagesWorker({ ifStale: true });
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                bindings: { TEST_MIGRATIONS: migrations },
                // A second, editor-less D1 with the same migrations: proves the
                // admin API is shut when no editor exists.
                d1Databases: ['EMPTY_DB'],
                // The images Worker, bound to the API Worker as IMAGES (wrangler.toml's [[services]]).
                workers: [
                  {
                    name: 'explainer-edge-images',
                    modules: imagesWorkerModules(),
                    modulesRoot: IMAGES_DIST,
                    compatibilityDate: '2026-11-01',
                  },
                ],
              },
            }),
          ],
          test: {
            name: 'worker',
            // Dependencies not prebundled (`deps.optimizer.ssr`), though eight files ran 35 → 31 s with it: a bundle of
            // `hono` beside its subpaths (`hono/html`, `hono/http-exception`) loaded one by one holds two copies of
            // hono's classes, which a deploy's one bundle never does.
            sequence: { groupOrder: 1 },
            maxWorkers: 2,
            include: ['tests/worker/**/*.test.ts'],
            setupFiles: ['./tests/worker/apply-migrations.ts'],
            // A team's key set on a loopback port, for the single sign-on tests.
            globalSetup: ['./tests/access/global-setup.ts'],
            // Concurrency and fuzz tests make hundreds of requests each: on a busy 2-core machine the default
            // 5 s is a measure of the machine, not of the code.
            testTimeout: 30_000,
            // A file's first request loads the routers it reaches, often in a hook (tests/worker/apply-migrations.ts).
            hookTimeout: 30_000,
          },
        },
        {
          test: {
            name: 'node',
            // Its files share a process per worker: none mocks a module, fakes timers or sets a global, and a fresh
            // process per file cost about 1.2 s (its files but the CLI's: 46 → 36 s here).
            isolate: false,
            sequence: { groupOrder: 1 },
            maxWorkers: 2,
            // src/'s own unit tests are of pure modules: a test that needs workerd's APIs or the Worker goes in
            // tests/worker/ (a workerd start is about 5 s a file, where these take a fraction of a second).
            include: ['tests/node/**/*.test.ts', 'src/**/*.test.ts', 'shared/**/*.test.ts', 'widgets/src/**/*.test.ts'],
            environment: 'node',
            testTimeout: 120_000,
          },
        },
        {
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.test.ts'],
            sequence: { groupOrder: 0 },
            isolate: false,
            environment: 'node',
            globalSetup: ['./tests/browser/serve.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
