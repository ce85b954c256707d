/**
 * The one place that maps what a request ends with, when no route answers it
 * or something throws, to problem+json. The app and every lazily loaded
 * router (src/http/lazy.ts) answer through these two, so a router loaded on
 * first use fails exactly as the app does.
 */
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { Problem, problemResponse } from './problem';

export const notFound: NotFoundHandler = (c) =>
  problemResponse(new Problem('not-found', `Nothing at ${c.req.path}.`), c.req.path);

export const handleError: ErrorHandler = (error, c) => {
  if (error instanceof Problem) return problemResponse(error, c.req.path);
  if (error instanceof HTTPException && error.status < 500) {
    const type =
      error.status === 413 ? 'payload-too-large' : error.status === 415 ? 'unsupported-media-type' : 'validation';
    return problemResponse(new Problem(type, error.message || undefined), c.req.path);
  }
  if (isD1Failure(error)) {
    return problemResponse(
      new Problem('unavailable', 'The database did not answer. Try again shortly.', {
        headers: { 'Retry-After': '5' },
      }),
      c.req.path,
    );
  }
  console.error(`${c.req.method} ${c.req.path} failed:`, error);
  return problemResponse(new Problem('internal', 'The request could not be completed.'), c.req.path);
};

/** D1's own failures (unreachable, overloaded, reset) are transient: 503, not 500. */
function isD1Failure(error: unknown): boolean {
  const text = String((error as { cause?: unknown })?.cause ?? error);
  return /D1_ERROR|D1 DB|Network connection lost|storage|overloaded|reset because/i.test(text);
}
