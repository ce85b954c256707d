/**
 * The local D1 that `wrangler dev` serves: migrate it and load the seed.
 * `persistTo` keeps a separate database (the browser tests use their own, so
 * they never touch the one you are editing).
 */
import { execFileSync } from 'node:child_process';
import type { D1Database } from '@cloudflare/workers-types';
import { getPlatformProxy } from 'wrangler';
import { database } from '../src/db/client';
import { seedStatements } from '../src/db/seed/story';

export function wranglerBin(): string {
  return new URL('../node_modules/.bin/wrangler', import.meta.url).pathname;
}

/**
 * `wrangler dev`'s configs: the API Worker first (it gets the port), then the
 * images Worker it reaches through the IMAGES service binding. One process
 * runs both, as Cloudflare does once both are deployed.
 */
export const DEV_CONFIGS = ['-c', 'wrangler.toml', '-c', 'workers/images/wrangler.toml'];

/**
 * The environment of those `wrangler dev` processes: the placeholder
 * `request.cf` (NO_CF_FETCH, below), and a dev registry of their own. Both
 * Workers run in the one process, so they need no registry to find each
 * other; and a Worker registered in the machine's shared one
 * would be bound by any other local start of the API Worker alone
 * (`unstable_startWorker`, a second `wrangler dev`), where wrangler then
 * refuses to start ("refers to a service … but no such service is defined").
 */
export function devEnv(): Record<string, string> {
  return {
    WRANGLER_REGISTRY_PATH: new URL(`../.wrangler/dev-registry/${process.pid}`, import.meta.url).pathname,
    ...NO_CF_FETCH,
  };
}

/**
 * The placeholder `request.cf` for every local `wrangler dev` of ours: no Worker here reads it, and wrangler would
 * otherwise fetch a real one from workers.cloudflare.com as it starts, which on a machine offline prints an error
 * (`getaddrinfo ENOTFOUND workers.cloudflare.com`) in `npm start`, and on a network that drops the request waits
 * for it. The bench's bare Workers run with it too, so every Worker it compares gets the same object.
 */
export const NO_CF_FETCH = { CLOUDFLARE_CF_FETCH_ENABLED: 'false' } as const;

export function applyMigrations(persistTo?: string): void {
  const args = ['d1', 'migrations', 'apply', 'DB', '--local', ...(persistTo ? ['--persist-to', persistTo] : [])];
  execFileSync(wranglerBin(), args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
  });
}

/** Runs `work` with the local D1 binding, then lets it go. */
export async function withLocalDb<T>(work: (d1: D1Database) => Promise<T>, persistTo?: string): Promise<T> {
  const { env, dispose } = await getPlatformProxy<{ DB: D1Database }>({
    configPath: 'wrangler.toml',
    ...(persistTo ? { persist: { path: `${persistTo}/v3` } } : {}),
  });
  try {
    return await work(env.DB);
  } finally {
    await dispose();
  }
}

/** Inserts the seed rows that are missing; returns how many it inserted. */
export async function seedLocalDb(persistTo?: string): Promise<number> {
  return withLocalDb(async (d1) => {
    const db = database(d1);
    const results = await db.batch(seedStatements(db));
    // The first and last statements tick and close the write clock; the rest insert.
    return results.slice(1, -1).reduce((sum, r) => sum + (r.meta?.changes ?? 0), 0);
  }, persistTo);
}
