/**
 * RFC 9457 problem details: the one way this API reports an error. Handlers
 * throw `Problem`s; the app's error handler turns them (and anything else)
 * into `application/problem+json`. No stack trace or SQL ever reaches a
 * client.
 */
import type { ZodError } from 'zod';
import type { ProblemShape } from '../../shared/contract/common';
import { PROBLEMS_PATH } from '../../shared/contract/paths';
import { CACHE_CONTROL } from './cache-control';

/** Stable problem types, relative URIs each documented at its own URI (src/routes/docs/problem-types.ts). */
export const PROBLEM_TYPES = {
  validation: { status: 400, title: 'The request is not valid' },
  'malformed-json': { status: 400, title: 'The request body is not valid JSON' },
  unauthorized: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Not allowed' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  'precondition-failed': { status: 412, title: 'The resource has changed since you read it' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'idempotency-key-reused': { status: 422, title: 'This Idempotency-Key was used for another request' },
  'precondition-required': { status: 428, title: 'If-Match is required' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Something went wrong on our side' },
  'not-implemented': { status: 501, title: 'Not implemented' },
  unavailable: { status: 503, title: 'The service is temporarily unavailable' },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export const isProblemType = (name: string): name is ProblemType => Object.hasOwn(PROBLEM_TYPES, name);

/** The type a problem's `type` URI names (`/problems/validation`), or null for any other URI. */
export function problemTypeOf(uri: string | undefined): ProblemType | null {
  const name = uri?.startsWith(`${PROBLEMS_PATH}/`) ? uri.slice(PROBLEMS_PATH.length + 1) : '';
  return isProblemType(name) ? name : null;
}

export class Problem extends Error {
  readonly type: ProblemType;
  readonly status: number;
  readonly errors?: ProblemShape['errors'];
  readonly headers?: Record<string, string>;

  constructor(
    type: ProblemType,
    detail?: string,
    extra: { errors?: ProblemShape['errors']; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? PROBLEM_TYPES[type].title);
    this.type = type;
    this.status = PROBLEM_TYPES[type].status;
    this.errors = extra.errors;
    this.headers = extra.headers;
  }
}

export function problemBody(type: ProblemType, detail?: string, errors?: ProblemShape['errors']): ProblemShape {
  return {
    type: `${PROBLEMS_PATH}/${type}`,
    title: PROBLEM_TYPES[type].title,
    status: PROBLEM_TYPES[type].status,
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors }),
  };
}

export function problemResponse(problem: Problem, instance?: string): Response {
  const body = { ...problemBody(problem.type, problem.message, problem.errors), ...(instance ? { instance } : {}) };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': CACHE_CONTROL.never, ...problem.headers },
  });
}

/** A zod failure as a validation problem naming each field. */
export function validationProblem(error: ZodError, where?: string): Problem {
  const at = (path: PropertyKey[]) => [where, ...path.map(String)].filter(Boolean).join('.') || '(body)';
  // An unknown field is named as a field of its own, not as its parent object.
  const all = error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: at([...issue.path, key]), message: 'unknown field' }))
      : [{ path: at(issue.path), message: issue.message }],
  );
  // Once each: a value two checks refuse in the same words (a limit neither whole nor at most 100) is one error.
  const errors = all.filter((e, i) => all.findIndex((o) => o.path === e.path && o.message === e.message) === i);
  const fields = [...new Set(errors.map((e) => e.path))].join(', ');
  return new Problem('validation', `Invalid ${fields}`, { errors });
}
