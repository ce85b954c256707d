/**
 * The gate in front of every admin route: an editor, identified either by a
 * valid, unrevoked bearer token (scripts, the CLI, the /admin page's token
 * form) or, when Cloudflare Access is configured, by the Access token whose
 * e-mail belongs to an active editor (src/auth/access.ts). There is no
 * default password and no open mode: with no editor in D1, nothing gets
 * through.
 */
import type { MiddlewareHandler } from 'hono';
import type { AdminEnv, Editor } from '../env';
import { Problem } from '../http/problem';
import { ACCESS_HEADER, accessConfig, accessConfigured, accessEmail, CHALLENGE } from './access';
import { editorForEmail, editorForToken } from './editors';
import { countFailedAttempt } from './rate-limit';

export function requireEditor(): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    let editor: Editor;
    try {
      editor = await identify(c.req.header('Authorization'), c.req.header(ACCESS_HEADER), c.env);
    } catch (error) {
      if (error instanceof Problem && (error.status === 401 || error.status === 403)) await countFailedAttempt(c);
      throw error;
    }
    c.set('editor', editor);
    c.set('signedInWith', c.req.header('Authorization') === undefined ? 'access' : 'token');
    await next();
  };
}

/** A bearer token when one is sent (scripts keep working behind Access); otherwise the Access token. */
async function identify(
  authorization: string | undefined,
  assertion: string | undefined,
  env: AdminEnv['Bindings'],
): Promise<Editor> {
  // Access's settings are read only for a request that signs in with it: a mistake in them (a 500 naming it) then
  // fails single sign-on alone, and bearer tokens keep working.
  const access = authorization === undefined && assertion ? accessConfig(env) : null;
  if (access && assertion) {
    const email = await accessEmail(access, assertion);
    const editor = await editorForEmail(env.DB, email);
    if (!editor) {
      throw new Problem(
        'forbidden',
        `${email} is signed in but is not an editor here. An admin can add an editor with this e-mail.`,
      );
    }
    return editor;
  }
  const match = /^Bearer +(\S+)$/i.exec(authorization ?? '');
  const editor = match?.[1] ? await editorForToken(env.DB, match[1]) : null;
  if (!editor) {
    throw new Problem(
      'unauthorized',
      match
        ? 'The token is not valid or has been revoked.'
        : accessConfigured(env)
          ? 'Sign in through single sign-on, or send Authorization: Bearer <editor token>.'
          : 'Send Authorization: Bearer <editor token>.',
      { headers: CHALLENGE },
    );
  }
  return editor;
}
