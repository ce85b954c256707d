/**
 * The runtime's own ceiling: a bare Worker (no framework, no D1, no cache)
 * that answers each path with a constant JSON body, the app's own body on
 * that path, served by the same `wrangler dev`, with the compatibility date,
 * flags and `[assets]` routing read from this project's wrangler.toml. What
 * the app serves on a route, divided by what this serves on the same path
 * with the same bytes in the same run, is the share of the runtime's
 * throughput the app keeps (bench/README.md).
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unstable_readConfig } from 'wrangler';
import { wranglerBin, wranglerEnv } from '../scripts/wrangler-cli';

const root = fileURLToPath(new URL('..', import.meta.url));

export type Ceiling = { baseUrl: string; pid: number; stop: () => Promise<void> };

/**
 * What the bare Worker answers: by path (query included, as asked), the bytes the app answers there, read by the
 * run at its start; any other path, `other`. Bytes alike, so a ratio compares the work per request, not the
 * size of the answer (until 2026-12-06 the constant route's 15 bytes were divided by the incident's 2,384).
 */
export type CeilingBodies = { byPath: Record<string, string>; other: string };

/**
 * The bare Worker: the bodies are string literals, the headers one object made at load. The path is the URL
 * after its origin (a slice, no URL parsing: the least a Worker that tells its routes apart can do).
 */
const workerSource = (
  bodies: CeilingBodies,
  headers: Record<string, string>,
) => `const bodies = new Map(${JSON.stringify(Object.entries(bodies.byPath))});
const other = ${JSON.stringify(bodies.other)};
const headers = ${JSON.stringify(headers)};
export default {
  fetch(request) {
    const url = request.url;
    return new Response(bodies.get(url.slice(url.indexOf('/', url.indexOf('//') + 2))) ?? other, { headers });
  },
};
`;

/**
 * Starts the ceiling Worker on `port`, answering `bodies` (the app's own, so
 * the bytes match too), on the app's platform: its compatibility date and
 * flags, its `[assets]` routing and its observability. Workers Logs are the
 * runtime's work on every request, whatever the code (the local runtime
 * writes each request's trace to a SQLite trace store). `observability:
 * false` starts the same Worker without them: the row that shows what they
 * cost a bare Worker (nothing measurable in the runs of bench/README.md).
 * `headers` replaces its one `Content-Type` with others (a cached read's
 * own): the row that shows what the headers a product answers with cost.
 */
export async function startCeiling(
  port: number,
  bodies: CeilingBodies,
  options: { name?: string; observability?: boolean; headers?: Record<string, string> } = {},
): Promise<Ceiling> {
  const { name = 'bench-ceiling', observability = true, headers = { 'content-type': 'application/json' } } = options;
  const app = unstable_readConfig({ config: join(root, 'wrangler.toml') });
  const dir = join(root, '.wrangler', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'worker.js'), workerSource(bodies, headers));
  const config = {
    name,
    main: 'worker.js',
    compatibility_date: app.compatibility_date,
    compatibility_flags: app.compatibility_flags,
    send_metrics: false,
    // The same static assets and the same paths that run the Worker first.
    assets: app.assets && {
      directory: resolve(root, app.assets.directory ?? 'public'),
      run_worker_first: app.assets.run_worker_first,
    },
    observability: observability ? app.observability : { enabled: false },
  };
  await writeFile(join(dir, 'wrangler.json'), JSON.stringify(config, null, 2));
  const dev = spawn(
    wranglerBin(),
    ['dev', '-c', join(dir, 'wrangler.json'), '--ip', '127.0.0.1', '--port', String(port), '--persist-to', dir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: wranglerEnv({ dev: true }),
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForAnswer(dev, `${baseUrl}/api/v1/`, 60_000);
  try {
    await answersByPath(baseUrl, bodies);
  } catch (error) {
    dev.kill('SIGTERM');
    throw error;
  }
  return {
    baseUrl,
    pid: dev.pid ?? -1,
    stop: async () => {
      if (dev.exitCode !== null) return;
      const exited = new Promise((r) => dev.once('exit', r));
      dev.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    },
  };
}

async function waitForAnswer(dev: ChildProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let output = '';
  dev.stdout?.on('data', (c) => (output += c));
  dev.stderr?.on('data', (c) => (output += c));
  while (Date.now() < deadline && dev.exitCode === null) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  dev.kill('SIGTERM');
  throw new Error(`the ceiling Worker did not answer at ${url}:\n${output}`);
}

/** Fails the run if the bare Worker does not answer each path with its body: a ratio would compare unlike bytes. */
async function answersByPath(baseUrl: string, bodies: CeilingBodies): Promise<void> {
  for (const [path, body] of Object.entries(bodies.byPath)) {
    const answer = await (await fetch(baseUrl + path)).text();
    if (answer !== body) {
      throw new Error(`the ceiling at ${path} answered ${answer.length} characters, not the app's ${body.length}`);
    }
  }
}

/**
 * A bare Worker's load rows (the ceiling's, or its twin's): at the app's
 * constant route's path and at the incident read's path, each its own row.
 */
export function ceilingRows(
  ceiling: Ceiling,
  cpuMs: () => number | null,
  paths: { constant: string; read: string },
  name = 'ceiling',
) {
  const server = { baseUrl: ceiling.baseUrl, cpuMs };
  return {
    constant: { label: `${name}: bare Worker at ${paths.constant}`, path: paths.constant, server },
    read: { label: `${name}: bare Worker at the incident’s path`, path: paths.read, server },
  };
}

/**
 * What each route must keep of the ceiling on the same path (issue 12; SPEC §7). bench/run.ts stores each ratio
 * with its own goal (results.json, `ceiling.ratios`), so these keys name kinds of route, not ratios.
 */
export const CEILING_GOALS = { constant: 0.95, cached: 0.9, uncached: 0.6 } as const;
