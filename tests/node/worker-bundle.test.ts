import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { FAULT_INJECTOR_MARK } from '../../soak/fault-injector';

const root = new URL('../..', import.meta.url).pathname;
const outdir = await mkdtemp(join(tmpdir(), 'worker-bundle-'));
afterAll(() => rm(outdir, { recursive: true, force: true }));

/** SPEC §7: the Worker bundle from `wrangler deploy --dry-run` stays under 250 KB gzip. */
const BUDGET_GZIP_BYTES = 250 * 1024;

describe('the Worker bundle', () => {
  it('builds with wrangler deploy --dry-run within its size budget', async () => {
    execFileSync(join(root, 'node_modules/.bin/wrangler'), ['deploy', '--dry-run', '--outdir', outdir], {
      cwd: root,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
      stdio: 'pipe',
    });
    const bundle = await readFile(join(outdir, 'index.js'));
    const gzip = gzipSync(bundle, { level: 9 }).length;
    console.log(`Worker bundle: ${(bundle.length / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`);
    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('never holds the soak’s fault injector (tests/node/soak.test.ts shows the soak’s own bundle does)', async () => {
    expect(await readFile(join(outdir, 'index.js'), 'utf8')).not.toContain(FAULT_INJECTOR_MARK);
  });
});
