import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import {
  AlreadyDecided,
  Conflict,
  NotFound,
  ReviewRefused,
  StaleVersion,
  ValidationFailed,
  type WriteRefused,
} from '../../shared/domain/errors';
import { handleError } from './errors';

/** What an editor's client receives when the write layer refuses with `error`. */
async function answerTo(error: WriteRefused) {
  const app = new Hono()
    .get('/api/v1/admin/thing', () => {
      throw error;
    })
    .onError(handleError);
  const res = await app.request('https://edge.example/api/v1/admin/thing');
  return { res, body: await res.json() };
}

describe('the write layer’s refusals over HTTP', () => {
  it.each([
    [new NotFound('No incident "x".'), 404, 'not-found', 'Not found'],
    [new Conflict('The slug "x" is taken.'), 409, 'conflict', 'Conflict'],
    [new AlreadyDecided('Another editor decided this change a moment ago.'), 409, 'conflict', 'Conflict'],
    [new StaleVersion('This has changed.'), 412, 'precondition-failed', 'The resource has changed since you read it'],
    [new ReviewRefused('You proposed this change.'), 403, 'forbidden', 'Not allowed'],
  ] as const)('%s is %i %s, its message the detail', async (error, status, type, title) => {
    const { res, body } = await answerTo(error);
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(body).toEqual({
      type: `/problems/${type}`,
      title,
      status,
      detail: error.message,
      instance: '/api/v1/admin/thing',
    });
  });

  it('names the fields of a failed validation in `errors`', async () => {
    const issues = [{ path: 'asOf', message: 'must not be before startedAt' }];
    const { res, body } = await answerTo(new ValidationFailed('The dates are out of order.', issues));
    expect(res.status).toBe(400);
    expect(body).toEqual({
      type: '/problems/validation',
      title: 'The request is not valid',
      status: 400,
      detail: 'The dates are out of order.',
      errors: issues,
      instance: '/api/v1/admin/thing',
    });
  });
});
