/**
 * Throughput and latency of routes on one local server, measured side by
 * side with autocannon. Absolute figures move between runs and machines;
 * the ratios to the constant-JSON baseline, taken in the same run, are what
 * the goals are about.
 */
import autocannon from 'autocannon';

export type LoadResult = {
  route: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** workerd CPU per request during the row, when /proc shows it. */
  cpuMsPerRequest: number | null;
};

export const LOAD = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 20),
  seconds: Number(process.env.BENCH_SECONDS ?? 8),
};

export async function load(
  baseUrl: string,
  label: string,
  path: string | (() => string),
  options: { seconds?: number; cpuMs?: () => number | null } = {},
): Promise<LoadResult> {
  const cpuBefore = options.cpuMs?.() ?? null;
  const result = await autocannon({
    url: baseUrl,
    connections: LOAD.connections,
    duration: options.seconds ?? LOAD.seconds,
    requests: [typeof path === 'string' ? { path } : { setupRequest: (req) => ({ ...req, path: path() }) }],
  });
  const cpuAfter = options.cpuMs?.() ?? null;
  const served = result.requests.total;
  return {
    route: label,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuMsPerRequest: cpuBefore === null || cpuAfter === null || served === 0 ? null : (cpuAfter - cpuBefore) / served,
  };
}

/** Round trips an uncached read makes, as the Worker reports them in Server-Timing. */
export async function roundTripsPerRead(url: string): Promise<number> {
  const res = await fetch(url);
  await res.arrayBuffer();
  const timing = res.headers.get('Server-Timing') ?? '';
  const match = /d1;[^,]*desc="(\d+) round trips?"/.exec(timing);
  if (!match?.[1]) throw new Error(`no D1 Server-Timing on ${url}: "${timing}"`);
  return Number(match[1]);
}
