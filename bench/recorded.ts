/**
 * Reads in recorded time (`?seenAt=`): a read of a settled past moment never
 * changes, so it is cached as immutable (every reader after the first is a
 * cache hit, and a browser keeps it for a year) and a miss is one D1 round
 * trip like any read. Measured on the seed incident as published when this
 * run seeded it.
 */
import { IMMUTABLE_CACHE_CONTROL, SETTLED_AFTER_MS } from '../src/http/recorded-reads';
import { fetchAfterIdle, roundTripsPerRead } from './http';

export type RecordedReadCosts = {
  cacheControl: string;
  missRoundTrips: number;
  hitRoundTrips: number;
};

const atMoment = (path: string, ms: number) => `${path}?seenAt=${new Date(ms).toISOString()}`;

/**
 * A settled moment (nothing recorded at or before it can still be landing)
 * at which the run's seed story was already published, and the read of it:
 * what the cached seenAt row loads, beside the ceiling. Waits (at most 20 s)
 * for the seed to be that old.
 */
export async function settledRead(base: string, path: string): Promise<{ moment: number; path: string }> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const moment = Date.now() - SETTLED_AFTER_MS - 1000;
    const res = await fetchAfterIdle(base + atMoment(path, moment));
    await res.arrayBuffer();
    if (res.status === 200) return { moment, path: atMoment(path, moment) };
    if (Date.now() > deadline) throw new Error(`the seed story was not published by ${new Date(moment).toISOString()}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** The seenAt read's headers and D1 round trips: a moment no request asked before (a miss), then `moment`'s own (cached). */
export async function recordedReadCosts(base: string, path: string, moment: number): Promise<RecordedReadCosts> {
  const missRoundTrips = await roundTripsPerRead(base + atMoment(path, moment - 1));
  const first = await fetchAfterIdle(base + atMoment(path, moment));
  await first.arrayBuffer();
  const hitRoundTrips = await roundTripsPerRead(base + atMoment(path, moment));
  return { cacheControl: first.headers.get('Cache-Control') ?? '', missRoundTrips, hitRoundTrips };
}

export const IMMUTABLE = IMMUTABLE_CACHE_CONTROL;
