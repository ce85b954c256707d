/**
 * The one place that maps what a request ends with, when no route answers it
 * or something throws, to problem+json. The app and every lazily loaded
 * router (src/http/lazy.ts) answer through these two, so a router loaded on
 * first use fails exactly as the app does.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { WriteRefused } from '../../shared/domain/errors';
import { Problem, type ProblemType, problemResponse } from './problem';

/**
 * The problem's `instance`: the path as sent, percent-encoded, since RFC 9457 makes it a URI reference (`c.req.path`
 * is decoded: a space, `<` or a NUL in it made no URI).
 */
export const problemInstance = (c: Context) => new URL(c.req.url).pathname;

export const notFound: NotFoundHandler = (c) =>
  problemResponse(new Problem('not-found', `Nothing at ${c.req.path}.`), problemInstance(c));

export const handleError: ErrorHandler = (error, c) => {
  if (error instanceof Problem) return problemResponse(error, problemInstance(c));
  if (error instanceof WriteRefused) return problemResponse(writeProblem(error), problemInstance(c));
  if (error instanceof HTTPException && error.status < 500) {
    const type =
      error.status === 413 ? 'payload-too-large' : error.status === 415 ? 'unsupported-media-type' : 'validation';
    return problemResponse(new Problem(type, error.message || undefined), problemInstance(c));
  }
  if (isD1Failure(error)) {
    return problemResponse(
      new Problem('unavailable', 'The database did not answer. Try again shortly.', {
        headers: { 'Retry-After': '5' },
      }),
      problemInstance(c),
    );
  }
  console.error(`${c.req.method} ${c.req.path} failed:`, error);
  return problemResponse(new Problem('internal', 'The request could not be completed.'), problemInstance(c));
};

/** D1's own failures (unreachable, overloaded, reset) are transient: 503, not 500. */
function isD1Failure(error: unknown): boolean {
  const text = String((error as { cause?: unknown })?.cause ?? error);
  return /D1_ERROR|D1 DB|Network connection lost|storage|overloaded|reset because/i.test(text);
}

/** How each kind of refusal by the write layer (shared/domain/errors.ts) reads over HTTP. */
const WRITE_PROBLEMS: Record<WriteRefused['kind'], ProblemType> = {
  missing: 'not-found',
  conflict: 'conflict',
  invalid: 'validation',
  stale: 'precondition-failed',
  'not-yours': 'forbidden',
};

const writeProblem = (error: WriteRefused) =>
  new Problem(WRITE_PROBLEMS[error.kind], error.message, { errors: error.issues });
