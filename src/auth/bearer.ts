/**
 * The gate in front of every admin route: a valid, unrevoked editor token
 * or 401. There is no default password and no open mode: with no editor in
 * D1, nothing gets through.
 */
import type { MiddlewareHandler } from 'hono';
import type { AdminEnv } from '../env';
import { Problem } from '../http/problem';
import { editorForToken } from './editors';
import { countFailedAttempt } from './rate-limit';

export function requireEditor(): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const match = /^Bearer +(\S+)$/i.exec(c.req.header('Authorization') ?? '');
    const editor = match?.[1] ? await editorForToken(c.env.DB, match[1]) : null;
    if (!editor) {
      await countFailedAttempt(c);
      throw new Problem(
        'unauthorized',
        match ? 'The token is not valid or has been revoked.' : 'Send Authorization: Bearer <editor token>.',
        { headers: { 'WWW-Authenticate': 'Bearer realm="explainer-edge-admin"' } },
      );
    }
    c.set('editor', editor);
    await next();
  };
}
