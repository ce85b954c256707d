/**
 * The soak's Worker is a separate entry and config: it holds the fault
 * injector (which the deployed bundle never does, tests/node/worker-bundle.test.ts),
 * and it serves the same D1 and budgets as wrangler.toml, so a soak tests
 * what is deployed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unstable_readConfig } from 'wrangler';
import { wranglerBin, wranglerEnv } from '../../scripts/wrangler-cli';
import { FAULT_INJECTOR_MARK } from '../../soak/fault-injector';

const root = new URL('../..', import.meta.url).pathname;
const outdir = await mkdtemp(join(tmpdir(), 'soak-bundle-'));
afterAll(() => rm(outdir, { recursive: true, force: true }));

describe('the soak’s Worker', () => {
  it('bundles the fault injector, from its own entry', async () => {
    execFileSync(wranglerBin(), ['deploy', '--dry-run', '--config', 'soak/wrangler.soak.toml', '--outdir', outdir], {
      cwd: root,
      env: wranglerEnv(),
      stdio: 'pipe',
    });
    expect(await readFile(join(outdir, 'worker.js'), 'utf8')).toContain(FAULT_INJECTOR_MARK);
  });

  it('has the deployed Worker’s D1 and budgets, and another entry', () => {
    const deployed = unstable_readConfig({ config: join(root, 'wrangler.toml') });
    const soak = unstable_readConfig({ config: join(root, 'soak/wrangler.soak.toml') });
    // Paths in a config are relative to its folder.
    const databases = (config: typeof deployed, folder: string) =>
      config.d1_databases.map((d: { migrations_dir?: string }) => ({
        ...d,
        migrations_dir: resolve(folder, d.migrations_dir ?? ''),
      }));
    expect(databases(soak, join(root, 'soak'))).toEqual(databases(deployed, root));
    expect(soak.ratelimits).toEqual(deployed.ratelimits);
    expect(soak.compatibility_date).toBe(deployed.compatibility_date);
    expect(soak.main).not.toBe(deployed.main);
  });
});
