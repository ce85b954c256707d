/**
 * Failed admin authentications, limited per client address (an IPv6 client by its /64) through the Workers
 * Rate Limiting binding `AUTH_FAILURES` (10 a minute, wrangler.toml). Only
 * failures are counted, so an editor's own traffic never locks them out;
 * past the limit every failure answers 429 with `Retry-After`.
 */
import type { Context } from 'hono';
import type { AdminEnv } from '../env';
import { clientAddress } from '../http/client-address';
import { Problem } from '../http/problem';

/** The binding's period, in seconds: how long a client must wait at worst. */
export const FAILURE_WINDOW_SECONDS = 60;

export async function countFailedAttempt(c: Context<AdminEnv>): Promise<void> {
  const { success } = await c.env.AUTH_FAILURES.limit({ key: `auth:${clientAddress(c)}` });
  if (!success) {
    throw new Problem('rate-limited', 'Too many failed sign-in attempts from this address. Try again later.', {
      headers: { 'Retry-After': String(FAILURE_WINDOW_SECONDS) },
    });
  }
}
