/**
 * Work a request starts that its reader need not wait for (storing the copy
 * it read in the edge cache, spending the client's miss budget) begins a
 * beat after the response has left the app, not while it is being made.
 *
 * Why: an isolate runs one thing at a time, and the first call of each
 * platform API in a new isolate is slow (the Cache API's first store, the
 * rate-limit binding's first call: 5–20 ms each on a fresh `wrangler dev`).
 * Begun at once, that work ran between the request's own steps, and a
 * fresh isolate's first read and first embed page each answered about 20 ms
 * later (bench/README.md, the first-request rows). Correctness never
 * depends on the order: a store checks purges made since its read began,
 * and a budget's count includes the miss however late it is spent.
 */
import type { Context, MiddlewareHandler } from 'hono';

type Work = () => Promise<unknown>;

/** The work each request in flight has deferred, until its outermost middleware is done. */
const deferred = new WeakMap<Context, Work[]>();

/** Runs `work` after the response has gone; work that fails is dropped (it was a cache or a count, never an answer). */
export function afterResponse(c: Context, work: Work): void {
  const queue = deferred.get(c);
  if (queue) queue.push(work);
  else runLater(c, [work]);
}

/**
 * How long deferred work waits once the response has left the app. A
 * Worker cannot see its response delivered, and work started on the next
 * turn of the event loop (a 0 ms timer) still ran before the bytes had gone
 * through the runtime to the client: a fresh `wrangler dev`'s first read
 * took as long as with no deferral (bench/README.md). A beat of 20 ms did
 * as well as 100; nothing waits on this work but the next isolate's copy,
 * and this isolate serves its own answer from memory meanwhile
 * (./hot-copies.ts).
 */
export const DEFER_MS = 20;

/**
 * The app's outermost middleware: collects what the request defers and
 * starts it a beat after the response has left the app, kept alive by
 * `waitUntil`.
 */
export function deferredWork(): MiddlewareHandler {
  return async (c, next) => {
    const queue: Work[] = [];
    deferred.set(c, queue);
    try {
      await next();
    } finally {
      deferred.delete(c);
      if (queue.length) runLater(c, queue);
    }
  };
}

function runLater(c: Context, queue: Work[]): void {
  background(
    c,
    new Promise((resolve) => setTimeout(resolve, DEFER_MS)).then(() => Promise.allSettled(queue.map((work) => work()))),
  );
}

/**
 * Work already under way that outlives the response, where the runtime
 * allows it (`waitUntil`); without an execution context (a test calling the
 * app directly) it still runs, unawaited. Its failure is dropped.
 */
export function background(c: Context, work: Promise<unknown>): void {
  try {
    c.executionCtx.waitUntil(work.catch(() => undefined));
  } catch {
    void work.catch(() => undefined);
  }
}
