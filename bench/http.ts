/**
 * Throughput and latency of routes on one local server, measured side by
 * side with autocannon. Absolute figures move between runs and machines;
 * the ratios to the constant-JSON baseline, taken in the same run, are what
 * the goals are about.
 */
import autocannon from 'autocannon';
import { untilIdle } from './cpu';
import { median } from './stats';

export type LoadResult = {
  route: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** workerd CPU per request during the row (the median over rounds), when /proc shows it. */
  cpuMsPerRequest: number | null;
  /** Requests per second in each round, in order (one for a single load): what a ratio pairs round by round. */
  rounds: number[];
  /** CPU per request in each round, in order: what the CPU above the ceiling pairs round by round. */
  cpuRounds: (number | null)[];
  /** The longest wait, after a round's load, for the server's CPU to hold still before it was read (`untilIdle`). */
  quietAfterMs: number;
  /** Responses counted by their `X-Cache` (`none` without one), over every counted round. */
  xCache: Record<string, number>;
  /** What the responses should have said (`LoadRow.expect`), and why the row does not measure that, or null. */
  expected: CacheExpectation | null;
  invalid: string | null;
};

/**
 * `fetch` of a GET, once more if the connection it reused was closed under
 * it. A step that follows a long quiet one (the images' `wrangler check
 * startup` runs) reuses a keep-alive connection the server is closing then:
 * undici reports "other side closed" (UND_ERR_SOCKET). For a GET, asking
 * again on a new connection is safe.
 */
export async function fetchAfterIdle(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, init);
  }
}

export const LOAD = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 20),
  seconds: Number(process.env.BENCH_SECONDS ?? 4),
  rounds: Number(process.env.BENCH_ROUNDS ?? 5),
};

/**
 * How the edge cache must answer every response of a row (its `X-Cache`): `hit` a copy (`HIT`; `STALE` allowed
 * for the refresh once a minute, see STALE_ALLOWED), `miss` a read stored (`MISS`), `bypass` the operators'
 * bypass (`BYPASS`). A row whose responses say otherwise does not measure what its label says: it is marked
 * invalid, and so is every ratio over it.
 */
export type CacheExpectation = 'hit' | 'miss' | 'bypass';

/**
 * The share of a cached row's responses that may be `STALE`: a copy past its minute is served stale while one
 * request refreshes it from D1 (src/http/cache.ts), so a row that spans a copy's minute serves a few stale
 * answers until the refresh is stored. More than that is not a cached row.
 */
export const STALE_ALLOWED = 0.02;

export type LoadRow = {
  label: string;
  path: string | (() => string);
  headers?: Record<string, string>;
  /** Another server than the run's (the ceiling Worker), with its own CPU meter. */
  server?: { baseUrl: string; cpuMs: () => number | null };
  expect?: CacheExpectation;
};

/**
 * The order of the rows in a round: as listed in even rounds, reversed in odd ones. Rows listed early would
 * otherwise always run first in a round, their yardsticks (listed after them) always later: any drift within
 * a round (a machine warming, the edge cache's copies ageing) would fall on one side of every ratio. Reversed
 * every other round (A B … B A), a steady drift falls on both sides alike over each pair of rounds; with an
 * odd number of rounds the last one is not paired (five rounds: three as listed, two reversed).
 */
export function roundOrder(count: number, round: number): number[] {
  const listed = [...Array(count).keys()];
  return round % 2 === 0 ? listed : listed.reverse();
}

/**
 * Each row in turn, `LOAD.rounds` times over (interleaved, so a slow spell of
 * the shared machine hits every row alike, in the order of `roundOrder`),
 * after one round that is not counted, then each figure's median.
 *
 * The uncounted round first: every server's first seconds of load read low
 * (a bare Worker had answered one request before its first round, and its
 * first round read about a fifth below the rest), and a ratio's median
 * should not carry one server's start. It runs reversed, so the rounds
 * alternate from the start.
 */
export async function loadRows(baseUrl: string, rows: LoadRow[], cpuMs?: () => number | null): Promise<LoadResult[]> {
  const measure = (i: number) => {
    const row = rows[i] as LoadRow;
    const server = row.server ?? { baseUrl, cpuMs };
    return load(server.baseUrl, row.label, row.path, { cpuMs: server.cpuMs, headers: row.headers });
  };
  for (const i of roundOrder(rows.length, 1)) await measure(i);
  const runs: LoadResult[][] = rows.map(() => []);
  for (let round = 0; round < LOAD.rounds; round++) {
    for (const i of roundOrder(rows.length, round)) runs[i]?.push(await measure(i));
  }
  return runs.map((r, i) => summary(rows[i] as LoadRow, r));
}

/** A row's rounds as one result: medians, counts summed, the rounds kept in order. */
function summary(row: LoadRow, r: LoadResult[]): LoadResult {
  const cpuRounds = r.map((x) => x.cpuMsPerRequest);
  const cpu = cpuRounds.filter((x): x is number => x !== null);
  const xCache: Record<string, number> = {};
  for (const x of r) for (const [state, n] of Object.entries(x.xCache)) xCache[state] = (xCache[state] ?? 0) + n;
  return {
    route: row.label,
    requestsPerSecond: median(r.map((x) => x.requestsPerSecond)),
    p50Ms: median(r.map((x) => x.p50Ms)),
    p99Ms: median(r.map((x) => x.p99Ms)),
    non2xx: r.reduce((n, x) => n + x.non2xx, 0),
    errors: r.reduce((n, x) => n + x.errors, 0),
    cpuMsPerRequest: cpu.length ? median(cpu) : null,
    rounds: r.map((x) => x.requestsPerSecond),
    cpuRounds,
    quietAfterMs: Math.max(0, ...r.map((x) => x.quietAfterMs)),
    xCache,
    expected: row.expect ?? null,
    invalid: row.expect ? invalidBecause(row.expect, xCache) : null,
  };
}

const EXPECTED_STATE: Record<CacheExpectation, string> = { hit: 'HIT', miss: 'MISS', bypass: 'BYPASS' };

/** Why responses counted by `X-Cache` are not what `expect` says every one should be, or null if they are. */
export function invalidBecause(expect: CacheExpectation, xCache: Record<string, number>): string | null {
  const total = Object.values(xCache).reduce((a, b) => a + b, 0);
  if (total === 0) return 'no response counted';
  const want = EXPECTED_STATE[expect];
  const stale = expect === 'hit' ? (xCache.STALE ?? 0) : 0;
  const other = total - (xCache[want] ?? 0) - stale;
  if (other === 0 && stale <= total * STALE_ALLOWED) return null;
  return `${describeCacheStates(xCache)}; every response should be ${want}${expect === 'hit' ? ` (STALE ≤ ${STALE_ALLOWED * 100} %)` : ''}`;
}

/** `HIT 20,113, STALE 12`: the counts, most first. */
export function describeCacheStates(xCache: Record<string, number>): string {
  return Object.entries(xCache)
    .sort(([, a], [, b]) => b - a)
    .map(([state, n]) => `${state} ${n.toLocaleString('en')}`)
    .join(', ');
}

/**
 * When a server counts as quiet after a row (cpu.ts, untilIdle): at most one 10 ms tick of CPU in a quarter of a
 * second (4 % of a core), for 3 s at most. Not "no tick at all": any housekeeping of the runtime's own would then
 * hold every row to the limit.
 */
export const QUIET = { windowMs: 250, movedMs: 11, maxMs: 3_000 };

/** Each request comes from an address of its own, as many readers' do: no row spends one address's miss budget. */
let address = 0;
const nextAddress = () => {
  address += 1;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
};

/** A header of autocannon's response, whatever case the server wrote its name in. */
function headerOf(headers: Record<string, string | string[]>, name: string): string | undefined {
  for (const key in headers) {
    if (key.length === name.length && key.toLowerCase() === name) {
      const value = headers[key];
      return Array.isArray(value) ? value.join(', ') : value;
    }
  }
  return undefined;
}

export async function load(
  baseUrl: string,
  label: string,
  path: string | (() => string),
  options: { seconds?: number; cpuMs?: () => number | null; headers?: Record<string, string> } = {},
): Promise<LoadResult> {
  const cpuBefore = options.cpuMs?.() ?? null;
  // Every row counts its answers' X-Cache, the ceiling's too: the load generator does the same work for each row.
  const xCache: Record<string, number> = {};
  const result = await autocannon({
    url: baseUrl,
    connections: LOAD.connections,
    duration: options.seconds ?? LOAD.seconds,
    headers: options.headers,
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          path: typeof path === 'string' ? path : path(),
          headers: { ...req.headers, 'CF-Connecting-IP': nextAddress() },
        }),
        onResponse: (_status, _body, _context, headers) => {
          const state = headerOf(headers as Record<string, string | string[]>, 'x-cache') ?? 'none';
          xCache[state] = (xCache[state] ?? 0) + 1;
        },
      },
    ],
  });
  // Read "after" once the server has finished what the row's requests left behind (cpu.ts, untilIdle).
  const quietAfterMs = options.cpuMs ? await untilIdle(options.cpuMs, QUIET) : 0;
  const cpuAfter = options.cpuMs?.() ?? null;
  const served = result.requests.total;
  const requestsPerSecond = Math.round(result.requests.average);
  const cpuMsPerRequest =
    cpuBefore === null || cpuAfter === null || served === 0 ? null : (cpuAfter - cpuBefore) / served;
  return {
    route: label,
    requestsPerSecond,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuMsPerRequest,
    rounds: [requestsPerSecond],
    cpuRounds: [cpuMsPerRequest],
    quietAfterMs,
    xCache,
    expected: null,
    invalid: null,
  };
}

/** Round trips a read makes, as the Worker reports them in Server-Timing, and how the edge cache served it. */
async function readTrips(url: string, headers: Record<string, string> = {}): Promise<{ trips: number; cache: string }> {
  // Often a step's first request, after a quiet one.
  const res = await fetchAfterIdle(url, { headers });
  await res.arrayBuffer();
  const timing = res.headers.get('Server-Timing') ?? '';
  const match = /d1;[^,]*desc="(\d+) round trips?"/.exec(timing);
  if (!match?.[1]) throw new Error(`no D1 Server-Timing on ${url}: "${timing}"`);
  return { trips: Number(match[1]), cache: res.headers.get('X-Cache') ?? '' };
}

/** Round trips an uncached read (or a miss) makes. */
export async function roundTripsPerRead(url: string, headers: Record<string, string> = {}): Promise<number> {
  return (await readTrips(url, headers)).trips;
}

/**
 * Round trips a cached read makes: one served from a fresh copy (`X-Cache:
 * HIT`). A copy stored minutes before, as the throughput rows' is by the
 * time this is asked, is past its minute: it is served stale while the
 * Worker refreshes it in the background (src/http/cache.ts), and that read
 * reports the refresh's round trip. So this asks until the refreshed copy
 * answers, a tenth of a second apart, twenty times at most.
 */
export async function roundTripsPerCachedRead(url: string): Promise<number> {
  for (let ask = 0; ask < 20; ask++) {
    const read = await readTrips(url);
    if (read.cache === 'HIT') return read.trips;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no fresh copy of ${url} after 20 reads`);
}
