/**
 * A D1 binding that counts its round trips and the time spent in them. The
 * statements still run against the real database: the meter only watches.
 *
 * The app meters every API request and reports it in `Server-Timing`, which
 * is how the benchmark (and anyone with devtools) sees that a public read
 * costs one round trip and a cache hit none.
 */
import type { D1Database } from '@cloudflare/workers-types';
import { interceptRoundTrips } from './round-trips';

export type D1Meter = { binding: D1Database; roundTrips: () => number; milliseconds: () => number };

export function meterD1(d1: D1Database): D1Meter {
  let trips = 0;
  let spent = 0;
  const binding = interceptRoundTrips(d1, (run) => {
    trips += 1;
    const start = Date.now();
    return run().finally(() => {
      spent += Date.now() - start;
    });
  });
  return { binding, roundTrips: () => trips, milliseconds: () => spent };
}

/** The meter's reading as a `Server-Timing` entry. */
export function serverTiming(meter: Pick<D1Meter, 'roundTrips' | 'milliseconds'>): string {
  const trips = meter.roundTrips();
  return `d1;dur=${meter.milliseconds()};desc="${trips} round trip${trips === 1 ? '' : 's'}"`;
}
