/**
 * A throwaway `wrangler dev` on its own port and its own local D1 (migrated
 * and seeded from scratch), for the browser tests and the benchmark. It never
 * touches the database `npm start` serves.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { applyMigrations, seedLocalDb } from './local-db';
import { DEV_CONFIGS, wranglerBin, wranglerEnv } from './wrangler-cli';

export type DevServer = { baseUrl: string; persistTo: string; pid: number; stop: () => Promise<void> };

export async function startDevServer(options: {
  port: number;
  persistTo: string;
  /** Runs on the fresh, seeded D1 before the server opens it (an editor, fixtures). */
  prepare?: (persistTo: string) => Promise<void>;
  /** Worker variables for this server only (`wrangler dev --var`). */
  vars?: Record<string, string>;
  /** Another wrangler config (the soak's); its D1 must be the same database as wrangler.toml's. */
  config?: string;
}): Promise<DevServer> {
  const { port, persistTo } = options;
  // Another server on the port would answer the readiness check, and the caller would test it instead.
  if (await answers(`http://127.0.0.1:${port}/`)) throw new Error(`Port ${port} is already in use; pick another.`);
  await rm(persistTo, { recursive: true, force: true });
  applyMigrations(persistTo);
  await seedLocalDb(persistTo);
  await options.prepare?.(persistTo);
  const vars = Object.entries(options.vars ?? {}).flatMap(([k, v]) => ['--var', `${k}:${v}`]);
  // The soak's config is one Worker with no IMAGES binding; the usual start runs both Workers.
  const configs = options.config ? ['--config', options.config] : DEV_CONFIGS;
  const args = ['dev', ...configs, '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persistTo, ...vars];
  const dev = spawn(wranglerBin(), args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: wranglerEnv({ dev: true, ownRegistry: true }),
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(dev, `${baseUrl}/health`, 60_000);
  return {
    baseUrl,
    persistTo,
    pid: dev.pid ?? -1,
    stop: async () => {
      if (dev.exitCode !== null) return;
      const exited = new Promise((resolve) => dev.once('exit', resolve));
      dev.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    },
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    await (await fetch(url, { signal: AbortSignal.timeout(2_000) })).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

async function waitUntilReady(dev: ChildProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let output = '';
  dev.stdout?.on('data', (c) => (output += c));
  dev.stderr?.on('data', (c) => (output += c));
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (dev.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  dev.kill('SIGTERM');
  throw new Error(`wrangler dev did not become ready at ${url}:\n${output}`);
}
