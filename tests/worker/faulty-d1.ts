/**
 * D1 bindings that fail, for the fault tests: each wraps the real binding
 * and breaks its round trips (src/db/round-trips.ts), so everything up to
 * the round trip is the real thing.
 */

import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import type { D1Database } from '@cloudflare/workers-types';
import { createApp } from '../../src/app';
import { interceptRoundTrips } from '../../src/db/round-trips';
import type { Bindings } from '../../src/env';
import { BASE } from './helpers';

const lost = () => Promise.reject(new Error('D1_ERROR: Network connection lost.'));

/** Every round trip fails, as when D1 is unreachable. */
export const unreachableD1 = (): D1Database => interceptRoundTrips(env.DB as D1Database, lost);

/** Every round trip hangs forever, as when D1 is overloaded and never answers. */
export const hangingD1 = (): D1Database =>
  interceptRoundTrips(env.DB as D1Database, () => new Promise<never>(() => {}));

/** Statements run on their own work; every batch fails (an admin write dies at D1, after its reads). */
export const batchFailingD1 = (): D1Database =>
  new Proxy(env.DB as D1Database, {
    get(target, prop, receiver) {
      if (prop === 'batch') return lost;
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

export const FAULTS = { unreachable: unreachableD1, hanging: hangingD1 } as const;

/** The app, as the Worker runs it, over a given D1; a short deadline so a hanging D1 fails fast. */
export async function callWith(
  DB: D1Database,
  path: string,
  init: RequestInit = {},
): Promise<{ res: Response; text: string }> {
  const ctx = createExecutionContext();
  const bindings = { ...env, DB, D1_DEADLINE_MS: '100' } as unknown as Bindings;
  const res = await createApp().fetch(new Request(`${BASE}${path}`, init), bindings, ctx);
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, text };
}

/**
 * A D1 whose round trips wait, inside the call, until `release()`: as when
 * D1 is slow. `held()` counts the round trips that reached it.
 */
export function slowD1(): { binding: D1Database; held: () => number; release: () => void } {
  let release = () => {};
  const opened = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = 0;
  const binding = interceptRoundTrips(env.DB as D1Database, async (run) => {
    held += 1;
    await opened;
    return run();
  });
  return { binding, held: () => held, release };
}
