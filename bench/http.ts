/**
 * Throughput and latency of routes on one local server, measured side by
 * side with autocannon. Absolute figures move between runs and machines;
 * the ratios to the constant-JSON baseline, taken in the same run, are what
 * the goals are about.
 */
import autocannon from 'autocannon';
import { median } from './stats';

export type LoadResult = {
  route: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** workerd CPU per request during the row, when /proc shows it. */
  cpuMsPerRequest: number | null;
  /** Requests per second in each round, in order (one for a single load): what a ratio pairs round by round. */
  rounds: number[];
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

export type LoadRow = {
  label: string;
  path: string | (() => string);
  headers?: Record<string, string>;
  /** Another server than the run's (the ceiling Worker), with its own CPU meter. */
  server?: { baseUrl: string; cpuMs: () => number | null };
};

/**
 * Each row in turn, `LOAD.rounds` times over (interleaved, so a slow spell of
 * the shared machine hits every row alike), then each figure's median.
 */
export async function loadRows(baseUrl: string, rows: LoadRow[], cpuMs?: () => number | null): Promise<LoadResult[]> {
  const runs: LoadResult[][] = rows.map(() => []);
  for (let round = 0; round < LOAD.rounds; round++) {
    for (const [i, row] of rows.entries()) {
      const server = row.server ?? { baseUrl, cpuMs };
      runs[i]?.push(await load(server.baseUrl, row.label, row.path, { cpuMs: server.cpuMs, headers: row.headers }));
    }
  }
  return runs.map((r, i) => {
    const cpu = r.map((x) => x.cpuMsPerRequest).filter((x): x is number => x !== null);
    return {
      route: rows[i]?.label ?? '',
      requestsPerSecond: median(r.map((x) => x.requestsPerSecond)),
      p50Ms: median(r.map((x) => x.p50Ms)),
      p99Ms: median(r.map((x) => x.p99Ms)),
      non2xx: r.reduce((n, x) => n + x.non2xx, 0),
      errors: r.reduce((n, x) => n + x.errors, 0),
      cpuMsPerRequest: cpu.length ? median(cpu) : null,
      rounds: r.map((x) => x.requestsPerSecond),
    };
  });
}

/** Each request comes from an address of its own, as many readers' do: no row spends one address's miss budget. */
let address = 0;
const nextAddress = () => {
  address += 1;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
};

export async function load(
  baseUrl: string,
  label: string,
  path: string | (() => string),
  options: { seconds?: number; cpuMs?: () => number | null; headers?: Record<string, string> } = {},
): Promise<LoadResult> {
  const cpuBefore = options.cpuMs?.() ?? null;
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
      },
    ],
  });
  const cpuAfter = options.cpuMs?.() ?? null;
  const served = result.requests.total;
  const requestsPerSecond = Math.round(result.requests.average);
  return {
    route: label,
    requestsPerSecond,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuMsPerRequest: cpuBefore === null || cpuAfter === null || served === 0 ? null : (cpuAfter - cpuBefore) / served,
    rounds: [requestsPerSecond],
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
