/**
 * The local D1 that `wrangler dev` serves: migrate it and load the seed.
 * `persistTo` keeps a separate database (the browser tests use their own, so
 * they never touch the one you are editing).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { D1Database } from '@cloudflare/workers-types';
import { parse } from 'smol-toml';
import { database } from '../src/db/client';
import { seedStatements } from '../src/db/seed/story';
import { wranglerBin, wranglerEnv } from './wrangler-cli';

const root = fileURLToPath(new URL('..', import.meta.url));

export function applyMigrations(persistTo?: string): void {
  const args = ['d1', 'migrations', 'apply', 'DB', '--local', ...(persistTo ? ['--persist-to', persistTo] : [])];
  execFileSync(wranglerBin(), args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: wranglerEnv(),
  });
}

/** What of Miniflare this module uses (wrangler's own copy is loaded untyped: see `withLocalDb`). */
type Miniflare = { getD1Database(binding: string): Promise<D1Database>; dispose(): Promise<void> };
type MiniflareModule = {
  Miniflare: new (options: unknown) => Miniflare;
  convertV4MiniflareOptions(options: Record<string, unknown>): unknown;
};

/** The id wrangler names the local copy of wrangler.toml's `DB` after, as `wrangler d1 execute --local` picks it. */
function localDatabaseId(): string {
  type D1Config = { binding: string; database_id?: string; preview_database_id?: string };
  const config = parse(readFileSync(join(root, 'wrangler.toml'), 'utf8')) as { d1_databases?: D1Config[] };
  const db = config.d1_databases?.find((d) => d.binding === 'DB');
  if (!db) throw new Error('wrangler.toml binds no D1 as DB.');
  return db.preview_database_id ?? db.database_id ?? db.binding;
}

/** Where wrangler keeps the local state of `persistTo` (its default, this checkout's, without one). */
const stateOf = (persistTo?: string) => join(persistTo ?? join(root, '.wrangler/state'), 'v3');

/**
 * Runs `work` with the local D1 binding, then lets it go.
 *
 * Opened the way `wrangler d1 execute --local` opens it: wrangler's own Miniflare (the one `wrangler dev` runs, so
 * the same files under `<persistTo>/v3/d1`) with that one binding. Not wrangler's `getPlatformProxy`: importing
 * wrangler takes about 2 s and the proxy starts every binding in wrangler.toml, where the editors' CLI and the seed
 * need D1 alone (an `npm run editor` command took about 5 s; now about 2).
 */
export async function withLocalDb<T>(work: (d1: D1Database) => Promise<T>, persistTo?: string): Promise<T> {
  const directory = stateOf(persistTo);
  const open = held.get(directory);
  if (open) return work(open);
  const fromWrangler = createRequire(createRequire(import.meta.url).resolve('wrangler'));
  // As a URL: `import()` of a bare Windows path (C:\…) is refused.
  const miniflare = pathToFileURL(fromWrangler.resolve('miniflare')).href;
  const { Miniflare, convertV4MiniflareOptions } = (await import(miniflare)) as MiniflareModule;
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      modules: true,
      script: '',
      resourcePersistencePath: directory,
      d1Databases: { DB: localDatabaseId() },
    }),
  );
  try {
    return await work(await mf.getD1Database('DB'));
  } finally {
    await mf.dispose();
  }
}

/** The databases `holdingLocalDb` keeps open, by directory. */
const held = new Map<string, D1Database>();

/**
 * Runs `work` with the local D1 held open: every `withLocalDb` of the same database inside it uses that one
 * binding rather than starting a Miniflare of its own (about 0.7 s each), as a setup of several steps would.
 */
export function holdingLocalDb<T>(work: () => Promise<T>, persistTo?: string): Promise<T> {
  return withLocalDb(async (d1) => {
    held.set(stateOf(persistTo), d1);
    try {
      return await work();
    } finally {
      held.delete(stateOf(persistTo));
    }
  }, persistTo);
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
