/**
 * A client busting the cache: every request asks a resource `?asOf=` an
 * instant no earlier request asked (a millisecond later each time), as fast
 * as `connections` concurrent requests go. What it costs is read from the
 * Worker's own `Server-Timing` (D1 round trips per response), so the figure
 * is D1 reads per second that the client causes, whatever answered them.
 *
 * Run alone against any server (also an older commit's, for a before/after
 * figure): `tsx bench/cache-busting.ts http://127.0.0.1:8787 [seconds]`.
 */

import { runAsMain } from '../scripts/run-as-main';
import { SEED } from '../src/db/seed/story';

export type CacheBusting = {
  requests: number;
  requestsPerSecond: number;
  d1ReadsPerSecond: number;
  d1Reads: number;
  /** Answers that were not 200: 429 once an address's miss budget is spent, 503 when reads are shed. */
  refused: number;
};

/** Shared by every run in a process, so no run asks an instant an earlier one asked. */
let sequence = 0;

export async function cacheBusting(
  base: string,
  options: { seconds: number; connections: number; addresses: 'one' | 'many'; path?: string },
): Promise<CacheBusting> {
  const path = options.path ?? `/api/v1/incidents/${SEED.incidentSlug}`;
  // Instants spread over a month around the strike, every one distinct (the step is coprime with the span).
  const start = Date.UTC(2016, 8, 15);
  const span = 30 * 86_400_000;
  let reads = 0;
  let sent = 0;
  let refused = 0;
  const until = Date.now() + options.seconds * 1000;
  const began = Date.now();
  const client = async () => {
    while (Date.now() < until) {
      sequence += 1;
      sent += 1;
      const instant = new Date(start + ((sequence * 104_729_113) % span)).toISOString();
      // One address (a single client), or a new one each time (a client spread over many addresses).
      const address =
        options.addresses === 'one'
          ? '192.0.2.1'
          : `10.${(sequence >> 16) & 255}.${(sequence >> 8) & 255}.${sequence & 255}`;
      const res = await fetch(`${base}${path}?asOf=${encodeURIComponent(instant)}`, {
        headers: { 'CF-Connecting-IP': address },
      });
      await res.arrayBuffer();
      if (res.status !== 200) refused += 1;
      reads += Number(/desc="(\d+) round trips?"/.exec(res.headers.get('Server-Timing') ?? '')?.[1] ?? 0);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  const seconds = (Date.now() - began) / 1000;
  return {
    requests: sent,
    requestsPerSecond: Math.round(sent / seconds),
    d1Reads: reads,
    d1ReadsPerSecond: Math.round((reads / seconds) * 10) / 10,
    refused,
  };
}

if (runAsMain(import.meta.url)) {
  const [base = 'http://127.0.0.1:8787', seconds = '8'] = process.argv.slice(2);
  for (const addresses of ['one', 'many'] as const) {
    const result = await cacheBusting(base, { seconds: Number(seconds), connections: 20, addresses });
    console.log(addresses === 'one' ? 'one address:' : 'a new address each request:', result);
  }
}
