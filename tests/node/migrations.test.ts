import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, withLocalDb } from '../../scripts/local-db';
import { recordedTimeTriggers } from '../../src/db/recorded-time';
import { migrateLocalDb } from '../migrate-local-db';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = await mkdtemp(join(tmpdir(), 'migrations-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('migrations', () => {
  it('match the Drizzle schema: generating again adds nothing', async () => {
    await cp(join(root, 'migrations'), scratch, { recursive: true });
    const before = await readdir(scratch);
    const output = execFileSync(
      join(root, 'node_modules/.bin/drizzle-kit'),
      ['generate', '--dialect', 'sqlite', '--schema', join(root, 'src/db/schema.ts'), '--out', relative(root, scratch)],
      { cwd: root, encoding: 'utf8' },
    );
    expect(await readdir(scratch), output).toEqual(before);
    expect(output).toMatch(/No schema changes/);
  });

  const byWrangler = join(scratch, 'applied');

  it('leave the recorded-time triggers exactly as src/db/recorded-time.ts writes them', async () => {
    // A table's columns changed without writing its triggers again would leave its new columns out of its history.
    const db = byWrangler;
    applyMigrations(db);
    const applied = await withLocalDb(
      async (d1) =>
        (
          await d1
            .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            .all<{ name: string; sql: string }>()
        ).results,
      db,
    );
    const written = recordedTimeTriggers();
    expect(written.size).toBeGreaterThan(20);
    expect(new Map(applied.map((t) => [t.name, `${t.sql};`]))).toEqual(written);
  });

  it('applied by the tests from their own process, leave what wrangler leaves, its record of them included', async () => {
    // tests/migrate-local-db.ts, which the Node and browser suites' throwaway D1s are migrated with; beside the D1
    // wrangler migrated in the test above.
    const inProcess = join(scratch, 'in-process');
    await migrateLocalDb(inProcess);
    const schemaOf = (db: string) =>
      withLocalDb(async (d1) => {
        const objects = await d1
          .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
          .all();
        const applied = await d1.prepare('SELECT id, name FROM d1_migrations ORDER BY id').all();
        return { objects: objects.results, applied: applied.results };
      }, db);
    const mine = await schemaOf(inProcess);
    expect(mine.applied.length).toBeGreaterThan(5);
    expect(mine).toEqual(await schemaOf(byWrangler));
    // Again: nothing left to apply, nothing applied twice.
    await migrateLocalDb(inProcess);
    expect(await schemaOf(inProcess)).toEqual(mine);
  });
});
