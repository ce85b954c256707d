/**
 * Where a new isolate's first request spends its time: starts a fresh
 * `wrangler dev` with its inspector, waits until it is ready, profiles the
 * very first request to it with V8's sampling profiler, and prints the
 * functions by their own time and by inclusive time. What the cold-start
 * rows of `npm run bench` measure, taken apart (bench/README.md uses it).
 *
 *   npm run bench:profile -- [path] [--config wrangler.toml] [--top 30] [--tree 0.25]
 *
 * Defaults: the seeded incident's read, this Worker. `--config
 * bench/minimal-worker/wrangler.toml` profiles the yardstick. Reads a local
 * D1 under `.wrangler/profile-state` (migrated and seeded on first use) with
 * the edge cache emptied before each start. Names in a minified bundle are
 * short: a copy of wrangler.toml with `minify = false` shows real ones, at
 * the price of a larger heap (more garbage collection than a real start).
 * `--tree MS` also prints the call tree, each call that took at least MS
 * milliseconds with what it called: where a cost sits (a router's first
 * load inside the request, a binding's first call inside a read), which
 * the flat tables cannot say.
 */
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { applyMigrations, seedLocalDb } from '../scripts/local-db';
import { SEED } from '../src/db/seed/story';
import { wranglerDev } from './first-request';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    config: { type: 'string', default: 'wrangler.toml' },
    top: { type: 'string', default: '30' },
    tree: { type: 'string' },
  },
});
const path = positionals[0] ?? `/api/v1/incidents/${SEED.incidentSlug}`;
const top = Number(values.top);
const [port, inspectorPort, state] = [8871, 9331, '.wrangler/profile-state'];

if (!existsSync(`${state}/v3/d1`)) {
  applyMigrations(state);
  await seedLocalDb(state);
}
rmSync(`${state}/v3/cache`, { recursive: true, force: true });

const args = ['dev', '-c', values.config, '--ip', '127.0.0.1', '--port', String(port), '--persist-to', state];
const dev = await wranglerDev([...args, '--inspector-port', String(inspectorPort)]);
try {
  // Wrangler's inspector proxy takes `ws`'s handshake (Node's built-in WebSocket is refused).
  const socket = new WebSocket(`ws://127.0.0.1:${inspectorPort}/ws`);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const send = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve) => {
      id += 1;
      pending.set(id, resolve as (result: unknown) => void);
      socket.send(JSON.stringify({ id, method, params }));
    });

  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 50 });
  await send('Profiler.start');
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  await response.arrayBuffer();
  const ms = performance.now() - started;
  const { profile } = await send<{ profile: Profile }>('Profiler.stop');
  socket.close();
  console.log(`${values.config} ${path}: ${response.status} in ${ms.toFixed(1)} ms (profiler on)`);
  report(profile);
  if (values.tree !== undefined) tree(profile, Number(values.tree) * 1000);
} finally {
  dev.kill('SIGTERM');
}

/** Microseconds sampled in each profile node itself (not in what it called). */
function selfTimes(profile: Profile): Map<number, number> {
  const spent = new Map<number, number>();
  for (const [i, sample] of profile.samples.entries()) {
    spent.set(sample, (spent.get(sample) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  }
  return spent;
}

/** Own and inclusive time per function, in milliseconds, the largest first. */
function report(profile: Profile): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const spent = selfTimes(profile);
  const name = ({ functionName, url, lineNumber }: CallFrame) =>
    `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber}`;
  const own = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  for (const [nodeId, us] of spent) {
    const frame = nodes.get(nodeId)?.callFrame as CallFrame;
    own.set(name(frame), (own.get(name(frame)) ?? 0) + us);
    if (frame.functionName !== '(idle)') busy += us;
    const counted = new Set<string>();
    for (let at: number | undefined = nodeId; at !== undefined; at = parent.get(at)) {
      const key = name(nodes.get(at)?.callFrame as CallFrame);
      if (!counted.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + us);
      counted.add(key);
    }
  }
  const table = (title: string, times: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [key, us] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${(us / 1000).toFixed(2).padStart(8)} ms  ${key}`);
    }
  };
  console.log(`busy (not idle): ${(busy / 1000).toFixed(1)} ms`);
  table('own time', own);
  table('inclusive time', inclusive);
}

/** The call tree from the root, each node with its inclusive time, leaving out calls under `minUs` microseconds. */
function tree(profile: Profile, minUs: number): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const own = selfTimes(profile);
  const inclusive = new Map<number, number>();
  const total = (id: number): number => {
    const known = inclusive.get(id);
    if (known !== undefined) return known;
    const children = nodes.get(id)?.children ?? [];
    const us = (own.get(id) ?? 0) + children.reduce((sum, child) => sum + total(child), 0);
    inclusive.set(id, us);
    return us;
  };
  console.log(`\ncall tree (calls of ${(minUs / 1000).toFixed(2)} ms or more)`);
  const walk = (id: number, depth: number) => {
    const node = nodes.get(id);
    if (!node || total(id) < minUs) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = `${url.split('/').pop() ?? ''}:${lineNumber}`;
    console.log(
      `${(total(id) / 1000).toFixed(2).padStart(8)} ms  ${'  '.repeat(depth)}${functionName || '(anonymous)'} ${where}`,
    );
    for (const child of node.children ?? []) walk(child, depth + 1);
  };
  const root = profile.nodes[0];
  if (root) walk(root.id, 0);
}
