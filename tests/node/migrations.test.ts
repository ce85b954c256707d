import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordedTimeMigration } from '../../src/db/recorded-time';

const root = new URL('../..', import.meta.url).pathname;
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

  it('hold the recorded-time triggers exactly as src/db/recorded-time.ts writes them', async () => {
    // A table's columns changed without regenerating the triggers would leave its new columns out of its history.
    const migration = await readFile(join(root, 'migrations/0004_recorded_time_triggers.sql'), 'utf8');
    expect(migration).toBe(recordedTimeMigration());
  });
});
