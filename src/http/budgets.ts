/**
 * Budgets per client address, so that no one client can spend D1 for
 * everyone else. Each is a Workers Rate Limiting binding (wrangler.toml),
 * keyed by the client's address (an IPv6 client by its /64: ./client-address.ts):
 *
 * - `READ_MISSES`: public reads that miss the edge cache and go to D1,
 *   300 a minute per address: generous for a newsroom behind one address
 *   (a page of widgets costs a handful of misses a minute; hits are free),
 *   tight for a script looping over URLs. Past it a miss answers 429 with
 *   `Retry-After` (or a stale copy if one is cached); cached reads stay
 *   unlimited.
 * - `EDITOR_REQUESTS`: the editors' API, 600 a minute per address, its own
 *   budget so that readers behind the same address cannot exhaust it.
 *
 * A rate-limit binding is shared by every isolate in a Cloudflare location
 * and costs no D1 write. Its counts are per location and approximate, which
 * is what a budget against floods needs.
 */
import type { RateLimit } from '@cloudflare/workers-types';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { afterResponse } from './after-response';
import { clientAddress } from './client-address';
import { Problem } from './problem';

/** The bindings' limits and period, as configured in wrangler.toml (checked by tests/node/budgets.test.ts). */
export const BUDGETS = {
  READ_MISSES: { limit: 300, periodSeconds: 60 },
  EDITOR_REQUESTS: { limit: 600, periodSeconds: 60 },
} as const;

async function spend(binding: RateLimit, key: string): Promise<boolean> {
  return (await binding.limit({ key })).success;
}

/**
 * Clients whose misses this isolate has already let through (keyed as the
 * binding is). Bounded: past the cap it starts again, which at worst lets
 * one more miss per client through without waiting.
 */
const missedBefore = new Set<string>();
const MISSED_BEFORE_CAP = 10_000;

/** The `READ_MISSES` key of a client (its address, or an IPv6 client's /64: ./client-address.ts). */
export const missKey = (client: string) => `miss:${client}`;

/**
 * Spends one cache miss of the client's budget; false when it is spent.
 *
 * A client's first miss in this isolate does not wait for the binding: it
 * is admitted, and spent once the response has left (./after-response.ts).
 * That first miss is usually the isolate's first request too, the one a
 * reader waits on while the isolate starts, and the binding's first call
 * costs the most (bench/README.md, the first-request rows). Every later
 * miss of the client waits for its answer as before, concurrent ones
 * included, so a flood from one address gains one miss per isolate, and the
 * count the binding keeps includes the first.
 */
export function withinMissBudget(c: Context<AppEnv>): Promise<boolean> {
  const key = missKey(clientAddress(c));
  if (missedBefore.has(key)) return spend(c.env.READ_MISSES, key);
  if (missedBefore.size >= MISSED_BEFORE_CAP) missedBefore.clear();
  missedBefore.add(key);
  afterResponse(c, () => spend(c.env.READ_MISSES, key));
  return Promise.resolve(true);
}

/** The answer to a miss past the budget. At worst the client waits out the binding's period. */
export function missBudgetSpent(): Problem {
  return new Problem(
    'rate-limited',
    'Too many uncached reads from this address. Cached reads still answer; try again later.',
    { headers: { 'Retry-After': String(BUDGETS.READ_MISSES.periodSeconds) } },
  );
}

/** The editors' API: every request spends the address's editor budget, apart from the readers'. */
export function editorBudget(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!(await spend(c.env.EDITOR_REQUESTS, `editor:${clientAddress(c)}`))) {
      throw new Problem('rate-limited', 'Too many requests to the editors’ API from this address. Try again later.', {
        headers: { 'Retry-After': String(BUDGETS.EDITOR_REQUESTS.periodSeconds) },
      });
    }
    await next();
  };
}
