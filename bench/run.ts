/**
 * `npm run bench`: starts the Worker locally (`wrangler dev`, the same
 * runtime and local D1 a developer serves, see bench/README.md), seeds it,
 * measures, prints a table and writes bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { type DevServer, startDevServer } from '../scripts/dev-server';
import { localEditorToken } from '../scripts/editor';
import { SEED } from '../src/db/seed/story';
import { demoPageLoad, lighthouseScores } from './browser';
import { workerdCpuMs } from './cpu';
import { LOAD, type LoadResult, loadRows, roundTripsPerRead } from './http';
import { imageRows } from './images';
import { mixedLoad } from './mixed-load';
import { widgetSizes, workerGzipKiB } from './sizes';

const PORT = Number(process.env.BENCH_PORT ?? 8797);

type Row = { measure: string; value: string; goal: string; met: boolean | null };

const rows: Row[] = [];
const record = (measure: string, value: string, goal = '', met: boolean | null = null) =>
  rows.push({ measure, value, goal, met });

const incidentPath = `/api/v1/incidents/${SEED.incidentSlug}`;
const ceasefirePath = `/api/v1/ceasefires/${SEED.ceasefireSlug}`;

/**
 * The uncached row skips the edge cache with the operators' bypass (a secret
 * this run makes up and gives only to its own server): every request is a
 * real D1 read and nothing is stored. The cache-miss row is what a reader
 * causes instead: a moment no earlier request asked for, read and stored.
 */
const bypass = { 'X-Cache-Bypass': `bench-${process.pid}-${Date.now()}` };
/** Each miss asks for a moment no earlier request asked for: a real miss, a real D1 read, a cache write. */
let uncachedSeq = 0;
const uncachedPath = () => {
  uncachedSeq += 1;
  const moment = new Date(Date.UTC(2016, 8, 19) + uncachedSeq * 1000).toISOString();
  return `${incidentPath}?asOf=${encodeURIComponent(moment)}`;
};

const started = Date.now();
let server: DevServer | undefined;
const results: Record<string, unknown> = {};
try {
  let token = '';
  server = await startDevServer({
    port: PORT,
    persistTo: '.wrangler/bench-state',
    vars: { CACHE_BYPASS_SECRET: bypass['X-Cache-Bypass'] },
    prepare: async (dir) => {
      token = await localEditorToken(dir);
    },
  });
  const base = server.baseUrl;
  // Warm the Worker and fill the edge cache for the cached rows.
  for (const path of ['/health/live', incidentPath, ceasefirePath]) await (await fetch(base + path)).arrayBuffer();

  const pid = server.pid;
  const cpuMs = () => workerdCpuMs(pid);
  const http = await loadRows(
    base,
    [
      { label: 'baseline: constant JSON (/health/live)', path: '/health/live' },
      { label: 'cached incident read', path: incidentPath },
      { label: 'cached ceasefire read', path: ceasefirePath },
      { label: 'uncached incident read (cache bypassed)', path: incidentPath, headers: bypass },
      { label: 'cache miss: incident asOf never asked before, read and stored', path: uncachedPath },
    ],
    cpuMs,
  );
  results.http = http;
  const [baseline, incident, ceasefire, uncached] = http as [LoadResult, LoadResult, LoadResult, LoadResult];
  for (const r of http) {
    record(`${r.route}: req/s`, String(r.requestsPerSecond));
    record(`${r.route}: p50 / p99 latency`, `${r.p50Ms} / ${r.p99Ms} ms`);
    if (r.cpuMsPerRequest !== null) record(`${r.route}: workerd CPU per request`, `${r.cpuMsPerRequest.toFixed(2)} ms`);
    if (r.non2xx + r.errors > 0) record(`${r.route}: failures`, String(r.non2xx + r.errors), '0', false);
  }
  const cachedRatio = Math.min(incident.requestsPerSecond, ceasefire.requestsPerSecond) / baseline.requestsPerSecond;
  const uncachedRatio = uncached.requestsPerSecond / baseline.requestsPerSecond;
  record('cached read ÷ baseline (lower of the two)', cachedRatio.toFixed(2), '≥ 0.8', cachedRatio >= 0.8);
  record('uncached read ÷ baseline', uncachedRatio.toFixed(2), '≥ 0.4', uncachedRatio >= 0.4);

  const trips = await roundTripsPerRead(base + incidentPath, bypass);
  const missTrips = await roundTripsPerRead(base + uncachedPath());
  // Asked twice: the first stores a copy (the miss rows above may have pushed the warm one out of the local cache).
  await roundTripsPerRead(base + incidentPath);
  const hitTrips = await roundTripsPerRead(base + incidentPath);
  results.d1 = { uncachedRead: trips, cacheMiss: missTrips, cachedRead: hitTrips };
  record('D1 round trips per uncached read', String(trips), '1', trips === 1);
  record('D1 round trips per cache miss', String(missTrips), '1', missTrips === 1);
  record('D1 round trips per cached read', String(hitTrips), '0', hitTrips === 0);

  // Nothing before this asks for an image: the first render meets a cold images Worker.
  const images = await imageRows(base, bypass, cpuMs);
  results.images = images.results;
  for (const r of images.rows) record(r.measure, r.value, r.goal, r.met ?? null);

  const mixed = await mixedLoad(base, token, {
    seconds: Number(process.env.BENCH_MIXED_SECONDS ?? 20),
    connections: LOAD.connections,
    writeEveryMs: 2000,
  });
  results.mixedLoad = mixed;
  const under = `(${mixed.seconds} s, ${mixed.connections} connections, a write every 2 s)`;
  record(
    `mixed load ${under}: public reads`,
    `${mixed.reads} (${mixed.requestsPerSecond} req/s, p99 ${mixed.p99Ms} ms)`,
  );
  record('mixed load: 5xx responses', String(mixed.fiveXx), '0', mixed.fiveXx === 0);
  record('mixed load: other non-2xx reads', String(mixed.non2xx - mixed.fiveXx), '0', mixed.non2xx === mixed.fiveXx);
  record('mixed load: errors, timeouts, dropped connections', String(mixed.errors), '0', mixed.errors === 0);
  const accepted = mixed.writes - mixed.writesFailed;
  record(
    'mixed load: editor writes accepted',
    `${accepted} / ${mixed.writes}`,
    'all',
    mixed.writes > 0 && accepted === mixed.writes,
  );
  record(
    'mixed load: writes shown by the next public read',
    `${mixed.writesReflected} / ${mixed.writes}`,
    'all',
    mixed.writes > 0 && mixed.writesReflected === mixed.writes,
  );

  const sizes = widgetSizes();
  results.widget = sizes;
  if (sizes) {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const en = sizes.englishPage;
    record('widget module, English page: gzip', kb(en.gzip), '≤ 14 KB', en.gzip <= 14 * 1024);
    record('widget module, English page: brotli', kb(en.brotli));
    record('widget module, all languages: gzip / brotli', `${kb(sizes.total.gzip)} / ${kb(sizes.total.brotli)}`);
  } else {
    record('widget module', 'not built', '≤ 14 KB', false);
  }
  const worker = workerGzipKiB();
  results.workerGzipKiB = worker;
  record('Worker bundle (wrangler deploy --dry-run), gzip', `${worker} KiB`, '≤ 250 KB', worker <= 250);

  try {
    const demo = await demoPageLoad(`${base}/`);
    results.demoPage = demo;
    record('demo page: both widgets showing data', `${demo.widgetsReadyMs} ms`, '≤ 300 ms', demo.widgetsReadyMs <= 300);
    const cls = demo.cumulativeLayoutShift;
    record('demo page: cumulative layout shift', cls.toFixed(3), '0', cls === 0);
    record('demo page: bytes transferred', `${(demo.transferredBytes / 1024).toFixed(1)} KB`);
  } catch (error) {
    record(
      'demo page: both widgets showing data',
      `failed: ${(error as Error).message.split('\n')[0]}`,
      '≤ 300 ms',
      false,
    );
  }

  const lighthouse: Record<string, unknown> = {};
  const pages = [
    ['demo page', `${base}/`],
    ['embed page', `${base}/embed/casualty-claims/${SEED.incidentSlug}`],
  ] as const;
  for (const [name, url] of pages) {
    if ((await fetch(url)).status !== 200) {
      record(`Lighthouse ${name}`, 'no such page yet', '≥ 95 / 100', false);
      continue;
    }
    const scores = await lighthouseScores(url);
    lighthouse[name] = scores;
    record(`Lighthouse ${name}: performance`, String(scores.performance), '≥ 95', scores.performance >= 95);
    record(`Lighthouse ${name}: accessibility`, String(scores.accessibility), '100', scores.accessibility === 100);
  }
  results.lighthouse = lighthouse;
} finally {
  await server?.stop();
}

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const seconds = Math.round((Date.now() - started) / 1000);
writeFileSync(
  new URL('results.json', import.meta.url),
  `${JSON.stringify({ commit, at: new Date().toISOString(), seconds, load: LOAD, rows, results }, null, 2)}\n`,
);

const width = (key: keyof Row) => Math.max(key.length, ...rows.map((r) => String(r[key] ?? '').length));
const [wm, wv, wg] = [width('measure'), width('value'), width('goal')];
const line = (m: string, v: string, g: string, ok: string) =>
  `${m.padEnd(wm)}  ${v.padStart(wv)}  ${g.padEnd(wg)}  ${ok}`;
console.log(
  `\nExplainer Edge bench at ${commit} (${LOAD.connections} connections; each route ${LOAD.rounds} × ${LOAD.seconds} s, interleaved, medians)\n`,
);
console.log(line('measure', 'value', 'goal', 'met'));
for (const r of rows) console.log(line(r.measure, r.value, r.goal, r.met === null ? '' : r.met ? 'yes' : 'NO'));
console.log(`\n${rows.filter((r) => r.met === false).length} goals missed · ${seconds} s · bench/results.json`);
