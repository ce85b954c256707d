/**
 * Global setup of the browser suite: a real `wrangler dev` on its own port
 * and its own local D1 (migrated and seeded), torn down at the end. The
 * widgets and the pages are tested against it as a reader's browser would
 * load them. Its entry is tests/browser/test-worker.ts: the product's
 * Worker, plus the suite's own way to snapshot and restore its D1, opened
 * with a token made for this run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { localEditorToken } from '../../scripts/editor';
import { holdingLocalDb, seedLocalDb } from '../../scripts/local-db';
import { DEV_CONFIGS, wranglerBin, wranglerEnv } from '../../scripts/wrangler-cli';
import { startJwksServer } from '../access/jwks-server';
import { TEST_AUD } from '../access/keys';
import { addGalleryFixtures } from '../gallery/data';
import { migrateLocalDb } from '../migrate-local-db';
import { addFixtures } from './fixtures';

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 8788);
const PERSIST = '.wrangler/browser-test-state';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** A working editor token for this server's D1, as `npm start` prints one. */
    editorToken: string;
    /** Opens the test Worker's snapshot and restore of its D1 (tests/browser/test-worker.ts). */
    dataToken: string;
  }
}

let dev: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  await rm(PERSIST, { recursive: true, force: true });
  // One Miniflare for the five steps, not one each.
  const editorToken = await holdingLocalDb(async () => {
    await migrateLocalDb(PERSIST);
    await seedLocalDb(PERSIST);
    await addFixtures(PERSIST);
    await addGalleryFixtures(PERSIST);
    return localEditorToken(PERSIST);
  }, PERSIST);
  // Behind "Cloudflare Access": a team key set on a loopback port. Only requests carrying an Access token use it.
  const access = await startJwksServer();
  const dataToken = randomBytes(24).toString('hex');
  const vars = ['--var', `ACCESS_TEAM_DOMAIN:${access.keys.teamDomain}`, '--var', `ACCESS_AUD:${TEST_AUD}`];
  vars.push('--var', `TEST_DATA_TOKEN:${dataToken}`);
  const entry = 'tests/browser/test-worker.ts';
  const args = [
    'dev',
    entry,
    ...DEV_CONFIGS,
    '--ip',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--persist-to',
    PERSIST,
    ...vars,
  ];
  dev = spawn(wranglerBin(), args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: wranglerEnv({ dev: true, ownRegistry: true }),
  });
  const baseUrl = `http://127.0.0.1:${PORT}`;
  await waitUntilReady(`${baseUrl}/health`, 60_000);
  project.provide('baseUrl', baseUrl);
  project.provide('editorToken', editorToken);
  project.provide('dataToken', dataToken);
  project.provide('accessKeys', access.keys);
  return async () => {
    dev?.kill('SIGTERM');
    await access.close();
  };
}

async function waitUntilReady(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let output = '';
  dev?.stdout?.on('data', (c) => (output += c));
  dev?.stderr?.on('data', (c) => (output += c));
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (dev?.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not become ready at ${url}:\n${output}`);
}
