/**
 * A D1 binding that fails the way D1 fails, on a share of its round trips,
 * for `npm run soak` only: the soak's own entry (soak/worker.ts) is the one
 * thing that imports it, and the deployed Worker's entry never does
 * (tests/node/worker-bundle.test.ts checks the bundle for this file's mark).
 *
 * Each round trip draws one fault, or none:
 * - refused: it never reaches D1 ("Network connection lost");
 * - stalled: it reaches D1 only after longer than the deadline, or runs at
 *   once but answers that late, so its request gives up first (a write may
 *   land after its editor was told 503);
 * - lost: a batch runs, commits, and its answer is lost on the way back.
 */
import type { D1Database } from '@cloudflare/workers-types';
import { interceptRoundTrips } from '../src/db/round-trips';

/** Searched for in the deployed bundle: it must never be there. */
export const FAULT_INJECTOR_MARK = 'explainer-edge soak fault injector';

export type FaultRates = {
  /** Share of round trips refused before D1. */
  refused: number;
  /** Share of round trips stalled past the deadline. */
  stalled: number;
  /** How long a stall lasts, in ms. */
  stallMs: number;
  /** Share of batches whose answer is lost after they committed. */
  lost: number;
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const failure = (what: string) => new Error(`D1_ERROR: Network connection lost. (${FAULT_INJECTOR_MARK}: ${what})`);

export function injectFaults(d1: D1Database, rates: FaultRates, random: () => number = Math.random): D1Database {
  return interceptRoundTrips(d1, async (run, kind) => {
    const draw = random();
    if (draw < rates.refused) throw failure('refused');
    if (draw < rates.refused + rates.stalled / 2) {
      await wait(rates.stallMs);
      return run();
    }
    if (draw < rates.refused + rates.stalled) {
      const answer = await run();
      await wait(rates.stallMs);
      return answer;
    }
    const answer = await run();
    if (kind === 'batch' && draw < rates.refused + rates.stalled + rates.lost) throw failure('answer lost');
    return answer;
  });
}

/** The rates from the soak config's variables. */
export function faultRates(vars: Record<string, unknown>): FaultRates {
  const share = (name: string, fallback: number) => {
    const value = Number(vars[name]);
    return Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    refused: share('SOAK_REFUSED', 0.04),
    stalled: share('SOAK_STALLED', 0.02),
    stallMs: share('SOAK_STALL_MS', 1500),
    lost: share('SOAK_LOST', 0.05),
  };
}
