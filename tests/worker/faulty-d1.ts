/**
 * The one faulty D1 of the tests. It wraps the real binding, so everything
 * up to a round trip (src/db/round-trips.ts) is the real thing, and it
 * fails the way D1 fails: inside D1's own asynchronous calls, as a promise
 * from `run`/`all`/`first`/`raw`/`batch`/`exec` that rejects or never
 * settles. Nothing here throws synchronously; `prepare` and `bind` are
 * always the real binding's.
 *
 * Faults:
 * - `unreachable`: every round trip is refused;
 * - `hanging`: no round trip ever answers;
 * - `rolled back`: a batch reaches D1 and its statements run, then D1 fails
 *   the transaction before it commits (a statement that fails at run time
 *   is appended, so the real D1 rolls back everything the batch did), and
 *   the caller sees D1's transient error;
 * - `answer lost`: a batch commits, and its answer is lost on the way back;
 * - `slow`: round trips wait inside the call until released;
 * - `before each batch`: something else happens in D1 just before each
 *   batch reaches it (another request's write winning a race).
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import type { D1Database, D1PreparedStatement } from '@cloudflare/workers-types';
import { createApp } from '../../src/app';
import { interceptRoundTrips } from '../../src/db/round-trips';
import type { Bindings } from '../../src/env';
import { BASE } from './helpers';

const real = () => env.DB as D1Database;

/** What D1 answers when the connection to it drops: the app reads it as transient (503). */
const connectionLost = (cause?: unknown) => new Error('D1_ERROR: Network connection lost.', { cause });

/** A statement that passes SQLite's compilation and fails when it runs, and how its failure reads. */
const FAILS_WHEN_RUN = "SELECT json('{ not json')";
const FAILED_AS_PLANNED = 'malformed JSON';

/** A D1 over the real one that counts the writing batches reaching it. */
type Faulty = { binding: D1Database; batches: () => number };

/** Whether a batch writes (reads are batched too: the faults below leave those alone). */
function writes(statements: D1PreparedStatement[]): boolean {
  return statements.some((s) => {
    const sql = (s as unknown as { statement?: unknown }).statement;
    if (typeof sql !== 'string') throw new Error('D1PreparedStatement no longer shows its SQL as `statement`');
    return /^\s*(insert|update|delete)\b/i.test(sql);
  });
}

/** Every round trip is refused, as when D1 is unreachable. */
export const unreachableD1 = (): D1Database => interceptRoundTrips(real(), () => Promise.reject(connectionLost()));

/** Every round trip hangs forever, as when D1 is overloaded and never answers. */
export const hangingD1 = (): D1Database => interceptRoundTrips(real(), () => new Promise<never>(() => {}));

/** The real D1, with each writing batch it is handed changed on its way in or out. */
function aroundBatches(batch: (statements: D1PreparedStatement[], d1: D1Database) => Promise<unknown>): Faulty {
  const d1 = real();
  let batches = 0;
  const binding = new Proxy(d1, {
    get(target, prop) {
      if (prop === 'batch') {
        return async (statements: D1PreparedStatement[]) => {
          if (!writes(statements)) return target.batch(statements);
          batches += 1;
          return batch(statements, target);
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { binding, batches: () => batches };
}

/**
 * Each batch runs inside D1 and then fails before it commits: the real
 * transaction is rolled back by D1 itself, so what the caller's statements
 * did is undone only if they were all in that one batch. The caller sees
 * D1's transient error; a batch that failed on one of the caller's own
 * statements instead fails with that statement's error, as it would anyway.
 */
export const rollingBackD1 = (): Faulty =>
  aroundBatches(async (statements, d1) => {
    try {
      await d1.batch([...statements, d1.prepare(FAILS_WHEN_RUN)]);
    } catch (error) {
      if (String((error as { cause?: unknown }).cause ?? error).includes(FAILED_AS_PLANNED)) throw connectionLost();
      throw error;
    }
    throw new Error(`the batch did not fail at "${FAILS_WHEN_RUN}": the fault did not happen`);
  });

/** Each batch reaches the real D1 as it is; `batches()` counts those that write. */
export const countingD1 = (): Faulty => aroundBatches((statements, d1) => d1.batch(statements));

/** Each batch commits in D1, and its answer never reaches the caller. */
export const answerLostD1 = (): Faulty =>
  aroundBatches(async (statements, d1) => {
    await d1.batch(statements);
    throw connectionLost();
  });

/** `before` runs in D1 just before each batch reaches it: the race where someone else writes first. */
export const racedD1 = (before: (d1: D1Database) => Promise<unknown>): Faulty =>
  aroundBatches(async (statements, d1) => {
    await before(d1);
    return d1.batch(statements);
  });

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
  const binding = interceptRoundTrips(real(), async (run) => {
    held += 1;
    await opened;
    return run();
  });
  return { binding, held: () => held, release };
}

export const FAULTS = { unreachable: unreachableD1, hanging: hangingD1 } as const;

/** The app, as the Worker runs it, over a given D1; a short deadline so a hanging D1 fails fast. */
export function callWith(
  DB: D1Database,
  path: string,
  init: RequestInit = {},
): Promise<{ res: Response; text: string }> {
  return fetchWith(DB, new Request(`${BASE}${path}`, init), '100');
}

/** The app, as the Worker runs it, answering `request` over a given D1 with D1 round trips bounded at `deadlineMs`. */
export async function fetchWith(
  DB: D1Database,
  request: Request,
  deadlineMs = '4000',
): Promise<{ res: Response; text: string }> {
  const ctx = createExecutionContext();
  const bindings = { ...env, DB, D1_DEADLINE_MS: deadlineMs } as unknown as Bindings;
  const res = await createApp().fetch(request, bindings, ctx);
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, text };
}
