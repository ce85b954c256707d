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
import { wranglerBin, wranglerEnv } from './wrangler-cli';

export function applyMigrations(persistTo?: string): void {
  const args = ['d1', 'migrations', 'apply', 'DB', '--local', ...(persistTo ? ['--persist-to', persistTo] : [])];
  execFileSync(wranglerBin(), args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: wranglerEnv(),
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
