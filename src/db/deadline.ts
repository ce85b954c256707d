/**
 * A D1 binding whose round trips give up after a deadline. A D1 that hangs
 * would otherwise hold a reader's request open until the client gives up
 * (the widgets abort at 8 s); failing it sooner lets the edge cache serve its
 * stale copy, or the client get a 503 it can retry.
 *
 * A batch that times out may still commit later: D1 runs it as one
 * transaction, so it lands whole or not at all, never half. A client that
 * retries a create after such a 503 sends the same `Idempotency-Key`, and
 * the create lands once (src/routes/admin/idempotency.ts).
 */
import type { D1Database } from '@cloudflare/workers-types';
import { interceptRoundTrips } from './round-trips';

/** Long enough for any real query (they take milliseconds), well inside the widgets' 8 s. */
export const D1_DEADLINE_MS = 4000;

/** The deadline a Worker's variables set (`D1_DEADLINE_MS`), or the default. */
export function deadlineFrom(vars: { D1_DEADLINE_MS?: string }): number {
  const ms = Number(vars.D1_DEADLINE_MS);
  return ms > 0 ? ms : D1_DEADLINE_MS;
}

export class D1Timeout extends Error {
  constructor(ms: number) {
    super(`D1_ERROR: no answer within ${ms} ms`);
    this.name = 'D1Timeout';
  }
}

export function withDeadline(d1: D1Database, ms: number = D1_DEADLINE_MS): D1Database {
  return interceptRoundTrips(d1, (run) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new D1Timeout(ms)), ms);
    });
    return Promise.race([run(), expired]).finally(() => {
      if (timer !== undefined) clearTimeout(timer);
    });
  });
}
