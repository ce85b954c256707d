/**
 * Cold start as a reader meets it: a fresh `wrangler dev` (a new workerd,
 * so a new isolate), and the time of the very first request to it, from
 * sending it to the last byte. The Worker is measured next to a minimal Hono
 * Worker on the same D1 (bench/minimal-worker/), started the same way, so
 * the difference is what this Worker does at start-up and on its first
 * request that Hono alone does not.
 *
 * "Ready" is read from wrangler's output, not by asking the Worker, so the
 * timed request is the isolate's first. The edge cache is emptied before
 * each start: the first read is a miss, which costs the most.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { wranglerBin } from '../scripts/local-db';

export type ColdTarget = { label: string; path: string };
export type ColdWorker = { label: string; config: string };
export type ColdResult = { worker: string; target: string; ms: number[]; medianMs: number };

const root = new URL('..', import.meta.url).pathname;

/** The Worker this repository builds, and the yardstick. */
export const COLD_WORKERS: ColdWorker[] = [
  { label: 'this Worker', config: join(root, 'wrangler.toml') },
  { label: 'minimal Hono Worker', config: join(root, 'bench/minimal-worker/wrangler.toml') },
];

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function startCold(config: string, port: number, persistTo: string): Promise<ChildProcess> {
  // An empty edge cache: the first read of each start is a miss.
  await rm(join(persistTo, 'v3/cache'), { recursive: true, force: true });
  const args = ['dev', '-c', config, '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persistTo];
  const dev = spawn(wranglerBin(), args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`wrangler dev did not start:\n${output}`)), 60_000);
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

async function stop(dev: ChildProcess): Promise<void> {
  if (dev.exitCode !== null) return;
  const exited = new Promise((resolve) => dev.once('exit', resolve));
  dev.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
}

/** Milliseconds from sending a GET to its last byte. */
async function timed(url: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return performance.now() - start;
}

/**
 * `starts` fresh starts per worker and target, interleaved round by round
 * so a slow spell of the machine falls on both workers alike. `persistTo`
 * must hold a migrated, seeded D1.
 */
export async function coldStarts(options: {
  port: number;
  persistTo: string;
  targets: ColdTarget[];
  starts: number;
  workers?: ColdWorker[];
}): Promise<ColdResult[]> {
  const workers = options.workers ?? COLD_WORKERS;
  const ms = new Map<string, number[]>();
  for (let round = 0; round < options.starts; round += 1) {
    for (const worker of workers) {
      for (const target of options.targets) {
        const dev = await startCold(worker.config, options.port, options.persistTo);
        try {
          const key = `${worker.label}\n${target.label}`;
          ms.set(key, [...(ms.get(key) ?? []), await timed(`http://127.0.0.1:${options.port}${target.path}`)]);
        } finally {
          await stop(dev);
        }
      }
    }
  }
  return workers.flatMap((worker) =>
    options.targets.map((target) => {
      const values = ms.get(`${worker.label}\n${target.label}`) ?? [];
      return { worker: worker.label, target: target.label, ms: values, medianMs: median(values) };
    }),
  );
}
