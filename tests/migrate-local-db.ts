/**
 * The real migrations applied to a throwaway local D1 from this process, as the worker tests apply them: each file
 * split into statements by `readD1Migrations` (wrangler's own splitter, which `wrangler d1 migrations apply` runs) and
 * run in one batch with its row in `d1_migrations`, the table and rows wrangler keeps, so `wrangler d1 migrations
 * apply` finds them applied. For the Node and browser suites' setup: `applyMigrations` (scripts/local-db.ts), which
 * `npm start` and the editors' CLI run, spawns wrangler, about 12 s; this takes about 3. tests/node/migrations.test.ts
 * proves both leave the same schema.
 */
import { fileURLToPath } from 'node:url';
import { readD1Migrations } from '@cloudflare/vitest-plugin';
import { withLocalDb } from '../scripts/local-db';

const MIGRATIONS = fileURLToPath(new URL('../migrations', import.meta.url));
/** As `wrangler d1 migrations apply` creates it, to the byte: the schemas compared in migrations.test.ts are alike. */
const WRANGLERS_TABLE = `CREATE TABLE IF NOT EXISTS "d1_migrations"(
\t\tid         INTEGER PRIMARY KEY AUTOINCREMENT,
\t\tname       TEXT UNIQUE,
\t\tapplied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
)`;

export async function migrateLocalDb(persistTo: string): Promise<void> {
  const migrations = await readD1Migrations(MIGRATIONS);
  await withLocalDb(async (d1) => {
    await d1.prepare(WRANGLERS_TABLE).run();
    const applied = new Set(
      (await d1.prepare('SELECT name FROM d1_migrations').all<{ name: string }>()).results.map((r) => r.name),
    );
    for (const { name, queries } of migrations) {
      if (applied.has(name)) continue;
      await d1.batch([
        ...queries.map((query) => d1.prepare(query)),
        d1.prepare('INSERT INTO d1_migrations (name) VALUES (?)').bind(name),
      ]);
    }
  }, persistTo);
}
