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
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { unstable_readConfig } from 'wrangler';
import { wranglerBin, wranglerEnv } from '../../scripts/wrangler-cli';
import { FAULT_INJECTOR_MARK } from '../../soak/fault-injector';

const root = fileURLToPath(new URL('../..', import.meta.url));
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

describe('the soak’s ledger', () => {
  it('counts a 503 or 429 as a refusal to retry only with a Retry-After it can read', async () => {
    const { createServer } = await import('node:http');
    const { Ledger } = await import('../../soak/ledger');
    const server = createServer((req, res) => {
      const [status, after] = (req.url ?? '').slice(1).split('/');
      res.writeHead(Number(status), after === undefined ? {} : { 'Retry-After': after });
      res.end();
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    onTestFinished(() => new Promise<void>((closed) => server.close(() => closed())));
    const { port } = server.address() as { port: number };
    const ledger = new Ledger(5_000);
    const sent = (path: string) => ledger.send('probe', `http://127.0.0.1:${port}${path}`, {}, [200]);
    expect(await sent('/503/2')).toMatchObject({ refused: true, retryAfter: 2 });
    expect(await sent('/429/0')).toMatchObject({ refused: true, retryAfter: 0 });
    for (const bare of ['/503', '/429', '/503/']) expect((await sent(bare)).refused, bare).toBe(false);
    expect(ledger.examples).toHaveLength(3);
  });
});
