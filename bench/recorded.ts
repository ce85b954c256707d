/**
 * Reads in recorded time (`?seenAt=`): a read of a settled past moment never
 * changes, so it is cached as immutable (every reader after the first is a
 * cache hit, and a browser keeps it for a year) and a miss is one D1 round
 * trip like any read. Measured on the seed incident as published when this
 * run seeded it.
 */
import { IMMUTABLE_CACHE_CONTROL, SETTLED_AFTER_MS } from '../src/http/recorded-reads';
import { fetchAfterIdle, type LoadResult, loadRows, roundTripsPerRead } from './http';

export type RecordedReadCosts = {
  cacheControl: string;
  missRoundTrips: number;
  hitRoundTrips: number;
  cached: LoadResult;
};

export async function recordedReadCosts(
  base: string,
  path: string,
  cpuMs: () => number | null,
): Promise<RecordedReadCosts> {
  // A settled moment (nothing recorded at or before it can still be landing) after this run seeded the story:
  // the throughput rows before this one took longer than that.
  const moment = Date.now() - SETTLED_AFTER_MS - 1000;
  // The first request after the images' quiet start-up runs.
  const published = await fetchAfterIdle(`${base}${path}?seenAt=${new Date(moment).toISOString()}`);
  await published.arrayBuffer();
  if (published.status !== 200)
    throw new Error(`the seed story was not published by ${new Date(moment).toISOString()}`);
  const at = (ms: number) => `${path}?seenAt=${new Date(ms).toISOString()}`;
  // A moment no earlier request asked: a miss.
  const missRoundTrips = await roundTripsPerRead(base + at(moment - 1));
  const first = await fetch(base + at(moment));
  await first.arrayBuffer();
  const hitRoundTrips = await roundTripsPerRead(base + at(moment));
  const [cached] = await loadRows(base, [{ label: 'cached seenAt read (a settled moment)', path: at(moment) }], cpuMs);
  return {
    cacheControl: first.headers.get('Cache-Control') ?? '',
    missRoundTrips,
    hitRoundTrips,
    cached: cached as LoadResult,
  };
}

export const IMMUTABLE = IMMUTABLE_CACHE_CONTROL;
