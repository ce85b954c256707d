/**
 * `npm run soak -- --minutes N` (default 10): minutes of mixed traffic
 * through a D1 that keeps failing, then a check against D1 that nothing was
 * lost or duplicated.
 *
 * It serves the app under `wrangler dev` through soak/wrangler.soak.toml,
 * whose entry (soak/worker.ts) wraps D1 in the fault injector
 * (soak/fault-injector.ts): a share of round trips refused, stalled past the
 * deadline, or — for batches — committed with the answer lost. Meanwhile
 * readers read live and pinned URLs (one of them hostile: a new instant
 * every request), a monitor polls /health, and editors create claims,
 * tallies, incidents and ceasefires with Idempotency-Keys, retrying whatever
 * got no answer. At the end it stops the server and checks its D1
 * (soak/verify.ts), every answer (soak/ledger.ts), the slowest request
 * against the deadline plus a margin, and workerd's memory over the run.
 *
 * The last line reads `soak: N writes acknowledged, N lost, N duplicated,
 * N unexpected errors`; it exits non-zero when any guarantee failed.
 * `SOAK_PORT` picks the port (8796), `--margin-ms` the margin (2000),
 * `--readers` the readers besides the hostile one and the monitor (4).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { unstable_readConfig } from 'wrangler';
import { workerdPids } from '../bench/cpu';
import { startDevServer } from '../scripts/dev-server';
import { addEditor, localStore } from '../scripts/editor';
import { withLocalDb } from '../scripts/local-db';
import { Ledger } from './ledger';
import {
  createPool,
  type Editor,
  editorLoop,
  type Hostile,
  healthLoop,
  hostileLoop,
  readerLoop,
  type Writes,
} from './traffic';
import { verify } from './verify';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    'margin-ms': { type: 'string', default: '2000' },
    readers: { type: 'string', default: '4' },
  },
});
const minutes = Number(args.minutes);
const marginMs = Number(args['margin-ms']);
const READERS = Number(args.readers);
if (!(minutes > 0) || !(marginMs >= 0) || !(READERS >= 0)) {
  throw new Error('usage: npm run soak -- [--minutes N] [--margin-ms MS] [--readers N]');
}

const CONFIG = 'soak/wrangler.soak.toml';
const deadlineMs = Number(unstable_readConfig({ config: CONFIG }).vars.D1_DEADLINE_MS);
const PORT = Number(process.env.SOAK_PORT ?? 8796);
const PERSIST = '.wrangler/soak-state';
const EDITORS = 4;
const runId = Date.now().toString(36);

/** workerd's resident memory, sampled through the run: it must level off, not keep growing. */
function residentMiB(rootPid: number): number {
  let kib = 0;
  for (const pid of workerdPids(rootPid)) {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    kib += Number(match?.[1] ?? 0);
  }
  return kib / 1024;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Growth between the second quarter of the run (after warming up) and the
 * last: bounded if the last quarter's median is within a quarter, or 64 MiB,
 * of the second's.
 */
function memoryVerdict(samples: number[]): { ok: boolean; line: string } {
  const q = Math.floor(samples.length / 4);
  if (q < 1) return { ok: true, line: 'too few samples to judge' };
  const settled = median(samples.slice(q, 2 * q));
  const last = median(samples.slice(3 * q));
  const ok = last - settled <= Math.max(64, settled * 0.25);
  const line = `${settled.toFixed(0)} MiB after warming up, ${last.toFixed(0)} MiB in the last quarter (peak ${Math.max(...samples).toFixed(0)} MiB)`;
  return { ok, line };
}

// wrangler dev records a trace of every request in a local store of its own
// (X_LOCAL_OBSERVABILITY, on by default), held in the same workerd process:
// over minutes of traffic it grows without bound by design, and would hide
// whether the Worker's own memory does. The deployed Worker has no such store.
process.env.X_LOCAL_OBSERVABILITY = 'false';

const editorNames = Array.from({ length: EDITORS }, (_, i) => `Soak editor ${runId} ${i + 1}`);
const editors: Editor[] = [];
console.log(`soak: ${minutes} min on port ${PORT}, D1 deadline ${deadlineMs} ms, margin ${marginMs} ms`);
const server = await startDevServer({
  port: PORT,
  persistTo: PERSIST,
  config: CONFIG,
  prepare: async (dir) => {
    await localStore(
      dir,
      async (store) => {
        for (const [i, name] of editorNames.entries()) {
          editors.push({ name: `e${i + 1}`, token: await addEditor(store, name), ip: `10.77.0.${i + 1}` });
        }
      },
      { migrated: true },
    );
  },
});

const ledger = new Ledger(deadlineMs + marginMs);
const writes: Writes = { acknowledged: [], givenUp: [], retried: 0 };
const memory: number[] = [];
let hostile: Hostile = { requests: 0, roundTrips: 0, served: 0, refused: 0 };
const started = Date.now();
try {
  const base = server.baseUrl;
  const pool = await createPool(ledger, base, editors[0] as Editor, runId, writes, { incidents: 8, ceasefires: 4 });
  const until = Date.now() + minutes * 60_000;
  const running = () => Date.now() < until;
  const sampler = setInterval(() => memory.push(residentMiB(server.pid)), 5_000);
  let reported = Date.now();
  const progress = setInterval(() => {
    if (Date.now() - reported < 60_000) return;
    reported = Date.now();
    const elapsed = ((Date.now() - started) / 60_000).toFixed(0);
    console.log(
      `  ${elapsed} min: ${ledger.requests} requests, ${writes.acknowledged.length} writes acknowledged, ${ledger.unexpected} unexpected, ${memory.at(-1)?.toFixed(0) ?? '?'} MiB`,
    );
  }, 5_000);
  const [hostileSeen] = await Promise.all([
    hostileLoop(ledger, base, pool, running),
    healthLoop(ledger, base, running),
    ...editors.map((editor) => editorLoop(ledger, base, editor, runId, pool, writes, running)),
    ...Array.from({ length: READERS }, (_, i) => readerLoop(ledger, base, `10.55.0.${i + 1}`, pool, running)),
  ]);
  hostile = hostileSeen;
  clearInterval(sampler);
  clearInterval(progress);
} finally {
  await server.stop();
}

const verdict = await withLocalDb((d1) => verify(d1, runId, editorNames, writes), PERSIST);
const mem = memoryVerdict(memory);
const guarantees: [string, boolean][] = [
  [
    `every acknowledged write present exactly once (${verdict.acknowledged} acknowledged, ${writes.retried} after retries, ${writes.givenUp.length} given up)`,
    verdict.acknowledged > 0 && verdict.lost === 0,
  ],
  ['no create stored twice', verdict.duplicated === 0],
  [
    `audit log and idempotency keys consistent with the data (${verdict.inconsistencies.length} inconsistencies)`,
    verdict.inconsistencies.length === 0,
  ],
  ['no 5xx but 503 with Retry-After, no other unexpected answer', ledger.unexpected === 0],
  [
    `no request slower than ${deadlineMs} ms + ${marginMs} ms (slowest ${ledger.slowest.ms.toFixed(0)} ms: ${ledger.slowest.what})`,
    ledger.slow === 0,
  ],
  [`workerd memory bounded: ${mem.line}`, mem.ok],
];

console.log(`\nsoak over ${((Date.now() - started) / 60_000).toFixed(1)} min: ${ledger.requests} requests`);
console.log(
  `  statuses: ${[...ledger.statuses]
    .sort()
    .map(([s, n]) => `${s} × ${n}`)
    .join(', ')}`,
);
console.log(
  `  hostile reader (a new instant every request, one address): ${hostile.requests} requests, ${hostile.served} served, ${hostile.refused} refused (429/503), ${hostile.roundTrips} D1 round trips`,
);
for (const example of ledger.examples) console.log(`  unexpected: ${example}`);
for (const problem of verdict.inconsistencies.slice(0, 20)) console.log(`  inconsistent: ${problem}`);
for (const [what, ok] of guarantees) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
console.log(
  `soak: ${verdict.acknowledged} writes acknowledged, ${verdict.lost} lost, ${verdict.duplicated} duplicated, ${ledger.unexpected} unexpected errors`,
);
process.exitCode = guarantees.every(([, ok]) => ok) ? 0 : 1;
