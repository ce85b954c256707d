/**
 * Cold start as a reader meets it: a fresh `wrangler dev` (a new workerd,
 * so a new isolate), and the time of the very first request to it, from
 * sending it to the last byte. The Worker is measured next to a minimal Hono
 * Worker on the same D1 and assets (bench/minimal-worker/), started the same
 * way, so the difference is what this Worker does at start-up and on its
 * first request that Hono alone does not.
 *
 * "Ready" is read from wrangler's output, not by asking the Worker, so the
 * timed request is the isolate's first. This Worker's first request is
 * measured twice: with the edge cache empty (the first reader of a story in
 * a data center: the router loads, D1 is read, the copy stored) and with it
 * warm (what a new isolate mostly meets for a story being read: a copy
 * another isolate stored a moment ago, served before any router loads).
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unstable_readConfig } from 'wrangler';
import { wranglerBin, wranglerEnv } from '../scripts/wrangler-cli';
import { untilIdle, workerdCpuPreciseMs } from './cpu';
import { median } from './stats';

export type ColdTarget = { label: string; path: string };
/** `edgeCache`: whether the Worker keeps copies in the Cache API (then it is measured with the cache empty and warm). */
export type ColdWorker = { label: string; config: string; edgeCache: boolean };
export type CacheState = 'edge cache empty' | 'edge cache warm';
/**
 * `ms`: from sending the request to its last byte. `cpuMs`: workerd's CPU
 * time over the same span (the Worker, wrangler's proxy in front of it,
 * local D1), which a busy machine does not inflate as it does wall time.
 */
export type ColdResult = {
  worker: string;
  target: string;
  /** null for a Worker without an edge cache. */
  cache: CacheState | null;
  ms: number[];
  medianMs: number;
  cpuMs: number[];
  medianCpuMs: number;
};

const root = fileURLToPath(new URL('..', import.meta.url));
const APP_CONFIG = join(root, 'wrangler.toml');

/** The bare minimal Hono Worker: one D1 statement per read, no cache (also the throughput rows' D1 yardstick). */
export const MINIMAL_WORKER: ColdWorker = {
  label: 'minimal Hono Worker',
  config: join(root, 'bench/minimal-worker/wrangler.toml'),
  edgeCache: false,
};

/** The Worker this repository builds, the yardstick, and the yardstick using the edge cache and Intl. */
export const COLD_WORKERS: ColdWorker[] = [
  { label: 'this Worker', config: APP_CONFIG, edgeCache: true },
  MINIMAL_WORKER,
  // The same, looking its reads up in the Cache API and storing them (measured with the cache empty, like ours),
  // its page giving its date through Intl: what the platform's own first uses cost, apart from any Worker's code.
  {
    label: 'minimal Hono Worker with an edge cache and Intl',
    config: join(root, 'bench/minimal-worker/wrangler.edge-cache.toml'),
    edgeCache: false,
  },
];

/** The configs already written by `devConfig`, by their source: written once, as a running wrangler dev watches its config. */
const routed = new Map<string, string>();

/**
 * The config `wrangler dev` is started with. The app's is its own. A minimal
 * Worker's is its TOML with `run_worker_first` replaced by the app's list,
 * read from wrangler.toml as bench/ceiling.ts reads it: the same paths go to
 * the Worker before the assets are looked up, whatever the TOML was last
 * copied from (it lacked "/health/*" until 2026-12-06). Written beside the
 * TOML, so its relative paths (the Worker, the assets, the migrations) hold;
 * git ignores it (bench/minimal-worker/.gitignore).
 */
export function devConfig(config: string): string {
  if (config === APP_CONFIG) return config;
  const done = routed.get(config);
  if (done) return done;
  const paths = unstable_readConfig({ config: APP_CONFIG }).assets?.run_worker_first;
  const toml = readFileSync(config, 'utf8');
  const line = /^run_worker_first = .*$/m;
  if (paths === undefined || !line.test(toml)) {
    throw new Error(`${config}: no run_worker_first line to route as wrangler.toml does (or none in wrangler.toml)`);
  }
  const out = config.replace(/\.toml$/, '.routed.toml');
  // JSON's array of strings is TOML's too; a function, so nothing in the paths is read as a replacement pattern.
  writeFileSync(
    out,
    toml.replace(line, () => `run_worker_first = ${JSON.stringify(paths)}`),
  );
  routed.set(config, out);
  return out;
}

/** Whether something still listens on `port` (the last start's workerd can outlive its wrangler for a moment). */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function startCold(config: string, port: number, persistTo: string, emptyCache: boolean): Promise<ChildProcess> {
  // A start on a port still held fails with "Address already in use": wait (at most 10 s) for the last one to let go.
  for (let waited = 0; waited < 10_000 && (await listening(port)); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (emptyCache) await rm(join(persistTo, 'v3/cache'), { recursive: true, force: true });
  return wranglerDev([
    'dev',
    '-c',
    devConfig(config),
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--persist-to',
    persistTo,
  ]);
}

/**
 * Spawns `wrangler dev` with `args` (in `cwd`, by default the repository)
 * and resolves once its output says it is ready: read from the output, not
 * by asking, so that the first request a caller sends is the isolate's first.
 */
export async function wranglerDev(args: string[], cwd = root): Promise<ChildProcess> {
  const dev = spawn(wranglerBin(), args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: wranglerEnv({ dev: true }),
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      dev.kill('SIGTERM');
      reject(new Error(`wrangler dev did not start:\n${output}`));
    }, 120_000);
    const watch = (chunk: Buffer) => {
      output += chunk;
      if (/Ready on http/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    dev.stdout?.on('data', watch);
    dev.stderr?.on('data', watch);
    dev.once('exit', () => reject(new Error(`wrangler dev exited:\n${output}`)));
  });
  return dev;
}

/** Stops a `wrangler dev`, waiting (at most 5 s) for it to exit. */
export async function stop(dev: ChildProcess): Promise<void> {
  if (dev.exitCode !== null) return;
  const exited = new Promise((resolve) => dev.once('exit', resolve));
  dev.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
}

/**
 * Waits until workerd has done starting (its CPU time holds still for a
 * quarter of a second, for at most 5 s), so the request is timed alone.
 */
async function settled(devPid: number): Promise<void> {
  await untilIdle(() => workerdCpuPreciseMs(devPid), { maxMs: 5_000 });
}

/** A GET from sending it to its last byte: wall milliseconds and workerd's CPU milliseconds. */
async function timed(url: string, devPid: number): Promise<{ ms: number; cpuMs: number }> {
  const cpuBefore = workerdCpuPreciseMs(devPid) ?? Number.NaN;
  const start = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  const ms = performance.now() - start;
  const cpuMs = (workerdCpuPreciseMs(devPid) ?? Number.NaN) - cpuBefore;
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return { ms, cpuMs };
}

/**
 * `starts` fresh starts per worker, target and cache state, interleaved
 * round by round so a slow spell of the machine falls on every case alike.
 * `persistTo` must hold a migrated, seeded D1.
 */
export async function coldStarts(options: {
  port: number;
  persistTo: string;
  targets: ColdTarget[];
  starts: number;
  workers?: ColdWorker[];
}): Promise<ColdResult[]> {
  const { port, persistTo } = options;
  const url = (target: ColdTarget) => `http://127.0.0.1:${port}${target.path}`;
  const workers = options.workers ?? COLD_WORKERS;
  const cases = (worker: ColdWorker): (CacheState | null)[] =>
    worker.edgeCache ? ['edge cache empty', 'edge cache warm'] : [null];
  const measured = new Map<string, { ms: number[]; cpuMs: number[] }>();
  const key = (worker: ColdWorker, target: ColdTarget, cache: CacheState | null) =>
    `${worker.label}\n${target.label}\n${cache}`;

  for (let round = 0; round < options.starts; round += 1) {
    for (const worker of workers) {
      for (const target of options.targets) {
        for (const cache of cases(worker)) {
          if (cache === 'edge cache warm') {
            // Another isolate stores a copy: a start of its own, asked once.
            const filler = await startCold(worker.config, port, persistTo, true);
            try {
              await timed(url(target), filler.pid ?? -1);
              // The copy is stored a beat after the response (src/http/after-response.ts): let that work finish.
              await settled(filler.pid ?? -1);
            } finally {
              await stop(filler);
            }
          }
          const dev = await startCold(worker.config, port, persistTo, cache !== 'edge cache warm');
          try {
            await settled(dev.pid ?? -1);
            const took = await timed(url(target), dev.pid ?? -1);
            const entry = measured.get(key(worker, target, cache)) ?? { ms: [], cpuMs: [] };
            entry.ms.push(took.ms);
            entry.cpuMs.push(took.cpuMs);
            measured.set(key(worker, target, cache), entry);
          } finally {
            await stop(dev);
          }
        }
      }
    }
  }
  return workers.flatMap((worker) =>
    options.targets.flatMap((target) =>
      cases(worker).map((cache) => {
        const { ms, cpuMs } = measured.get(key(worker, target, cache)) ?? { ms: [], cpuMs: [] };
        return {
          worker: worker.label,
          target: target.label,
          cache,
          ms,
          medianMs: median(ms),
          cpuMs,
          medianCpuMs: median(cpuMs),
        };
      }),
    ),
  );
}
