/**
 * Shedding load: a cap on the public D1 reads one isolate has waiting on D1
 * at once. D1 runs one query at a time; when it is slow or failing, reads
 * that queue behind it only make every reader wait longer and hold the
 * queue in front of the editors' writes. Past the cap a read is refused at
 * once, before it reaches D1: the edge cache then serves its stale copy if
 * it has one, and otherwise the reader gets 503 with `Retry-After`
 * (src/http/cache.ts, the app's error handler).
 *
 * Only public requests pass through the gate: the editors' API reads and
 * writes D1 directly, so a flood of readers never sheds an editor's write.
 */
import type { D1Database } from '@cloudflare/workers-types';
import type { MiddlewareHandler } from 'hono';
import { deadlineFrom } from '../db/deadline';
import { interceptRoundTrips } from '../db/round-trips';
import type { AppEnv } from '../env';

/** Enough for a busy isolate on a healthy D1 (a read takes milliseconds); a slow D1 fills it in moments. */
export const D1_READS_IN_FLIGHT = 16;

/**
 * `/health`'s probes (`select 1`) have a gate of their own: behind the
 * readers', a busy isolate would report a D1 that answers as unreachable.
 * A monitor sends one at a time; a few let several through, and keep a
 * flood of probes (they spend no budget) from queuing on D1 past them.
 */
export const HEALTH_PROBES_IN_FLIGHT = 4;

/** Named like D1's own failures, so the app answers it as one: 503 with `Retry-After`. */
export class ReadShed extends Error {
  constructor(cap: number) {
    super(`D1_ERROR: shed: ${cap} reads already waiting on D1`);
    this.name = 'ReadShed';
  }
}

/**
 * The reads in flight in this isolate behind one gate, by when each began.
 * A read counts until it settles, or at most until its deadline has long
 * passed: a round trip dropped with its request never settles, and must not
 * hold a place forever.
 */
export type Places = Map<symbol, number>;

/** The readers' places: every public read's round trips but `/health`'s. */
const readers: Places = new Map();

function placesTaken(inFlight: Places, now: number, forgetAfterMs: number): number {
  for (const [read, began] of inFlight) if (now - began > forgetAfterMs) inFlight.delete(read);
  return inFlight.size;
}

const GATED = Symbol('gated');

/** A D1 binding whose round trips wait on D1 only while fewer than `cap` others (of `inFlight`) do. */
export function gateReads(d1: D1Database, cap: number, forgetAfterMs: number, inFlight: Places = readers): D1Database {
  const gated = interceptRoundTrips(d1, (run) => {
    if (placesTaken(inFlight, Date.now(), forgetAfterMs) >= cap) return Promise.reject(new ReadShed(cap));
    const read = Symbol('read');
    inFlight.set(read, Date.now());
    return run().finally(() => inFlight.delete(read));
  });
  return new Proxy(gated, {
    get: (target, prop, receiver) => (prop === GATED ? true : Reflect.get(target, prop, receiver)),
  });
}

/**
 * Puts a request's D1 binding behind the readers' gate (`D1_READS_IN_FLIGHT`
 * places), or another (`gate`: a cap and places of its own). A request the
 * app runs again for itself (a background refresh) already has a gated
 * binding and is not counted twice.
 */
export function shedReadsBeyondCap(gate?: { cap: number; places: Places }): MiddlewareHandler<AppEnv> {
  // The gate's count is the isolate's (its places), so one gated copy of the bindings serves every request: made
  // once per bindings object the runtime hands in, not per request (a cached read's cost, bench/README.md).
  const gated = new WeakMap<AppEnv['Bindings'], AppEnv['Bindings']>();
  return async (c, next) => {
    if (!(c.env.DB as unknown as { [GATED]?: boolean })[GATED]) {
      let env = gated.get(c.env);
      if (!env) {
        const configured = Number(c.env.D1_READS_IN_FLIGHT) > 0 ? Number(c.env.D1_READS_IN_FLIGHT) : D1_READS_IN_FLIGHT;
        const cap = gate?.cap ?? configured;
        env = { ...c.env, DB: gateReads(c.env.DB, cap, 2 * deadlineFrom(c.env), gate?.places) };
        gated.set(c.env, env);
      }
      c.env = env;
    }
    await next();
  };
}
