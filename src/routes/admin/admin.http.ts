/**
 * HTTP pieces every admin route shares: the headers that keep admin
 * responses out of caches and frames, the JSON body gate, `If-Match`, and
 * the error responses the OpenAPI document lists for them.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { every } from 'hono/combine';
import { unstorableText } from '../../../shared/contract/unicode';
import type { AdminEnv } from '../../env';
import { CACHE_CONTROL } from '../../http/cache-control';
import { Problem } from '../../http/problem';
import { problem, retryAfter } from '../responses';

/** Admin responses carry editors' data and credentials' effects: never stored, framed or scripted. */
export const ADMIN_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function adminHeaders(csp = ADMIN_CSP): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', CACHE_CONTROL.never);
    c.res.headers.set('Content-Security-Policy', csp);
    c.res.headers.delete('Access-Control-Allow-Origin');
  };
}

/**
 * A write a browser sends from another site (a form posted to `…/approve`, which reads no body and so is not
 * held to JSON) is refused before anything else: behind single sign-on the browser adds the editor's Access cookie
 * by itself, and Access signs the request as theirs. The /admin page writes from this origin; scripts and the CLI
 * send neither header.
 */
export function sameSiteWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') {
      const site = c.req.header('Sec-Fetch-Site');
      const origin = c.req.header('Origin');
      if (site === 'cross-site' || site === 'same-site' || (origin && origin !== new URL(c.req.url).origin)) {
        throw new Problem(
          'forbidden',
          'A write to the admin API must come from this origin (the /admin page) or a script, not from another site.',
        );
      }
    }
    await next();
  };
}

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * In front of every route with a body: JSON only (415), at most 64 KB (413),
 * parseable (400 `malformed-json`) and well-formed Unicode (400), before zod
 * sees it. Hono keeps the
 * parsed body, so the validator does not read it twice.
 */
export const jsonBody: MiddlewareHandler<AdminEnv> = every(
  async (c, next) => {
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
      throw new Problem('unsupported-media-type', 'Send the body as application/json.');
    }
    await next();
  },
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new Problem('payload-too-large', `Bodies are limited to ${MAX_BODY_BYTES / 1024} KB.`);
    },
  }),
  async (c, next) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch (error) {
      if (error instanceof Problem) throw error;
      throw new Problem('malformed-json', 'The body is not valid JSON.');
    }
    const unstorable = unstorableText(body);
    if (unstorable) {
      const path = unstorable.path.join('.') || '(body)';
      throw new Problem('validation', `Invalid ${path}`, { errors: [{ path, message: unstorable.message }] });
    }
    await next();
  },
);

/**
 * The entity tags `If-Match` lists, as sent; 428 when there is none. Every
 * tag is kept, weak (`W/"…"`), unquoted or empty ones too: none of those is
 * an ETag this API sends, so each fails the strong comparison (412), as RFC
 * 9110 has it. Dropping them would turn a header that names no usable tag
 * into no precondition at all, which a revision (whose `If-Match` is
 * optional) would then skip.
 */
export function requireIfMatch(header: string | undefined): string[] {
  if (!header?.trim()) {
    throw new Problem(
      'precondition-required',
      'Send If-Match with the ETag you read, so a stale edit cannot overwrite a newer one.',
    );
  }
  const tags = header.split(',').map((tag) => tag.trim());
  // RFC 9110's `*` (any current version) would let an edit through whatever version it was read from: the one
  // thing If-Match is required for here.
  if (tags.includes('*')) {
    throw new Problem(
      'precondition-required',
      'If-Match: * is not accepted here: send the ETag you read, so a stale edit cannot overwrite a newer one.',
    );
  }
  return tags;
}

export const adminErrors = {
  400: problem('Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`.'),
  401: {
    ...problem('No valid, unrevoked editor token, and no valid single sign-on token.'),
    headers: {
      'WWW-Authenticate': {
        description: 'The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`.',
        required: true,
        schema: { type: 'string' as const },
      },
    },
  },
  403: problem(
    'Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this.',
  ),
  404: problem('No such resource.'),
  413: problem('The body is over 64 KB.'),
  415: problem('The body is not application/json.'),
  429: {
    ...problem(
      'Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds.',
    ),
    headers: retryAfter,
  },
  // src/http/errors.ts answers D1's failures (and its 4 s deadline) so; src/auth/access.ts the single sign-on keys'.
  503: {
    ...problem(
      'The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds.',
    ),
    headers: retryAfter,
  },
} as const;

export const versionedErrors = {
  409: problem('The change conflicts with the resource’s state.'),
  412: problem(
    '`If-Match` is not the current ETag: someone changed it since you read it (or it names none: a weak or unquoted tag). Nothing was written.',
  ),
  428: problem('`If-Match` is missing, or `*` (any version), which is not the version you read.'),
} as const;

export const idempotencyErrors = {
  422: problem('This `Idempotency-Key` was used for a different request. Nothing was written.'),
} as const;

export const etagHeader = {
  ETag: {
    description: 'The strong ETag of the version written; send it as `If-Match` to change it again.',
    schema: { type: 'string' as const },
  },
};

/** On a create's 201 that replays the first try's (src/routes/admin/idempotency.ts). */
export const replayedHeader = {
  'Idempotent-Replayed': {
    description:
      '`true` when this answers a retry with the same `Idempotency-Key`: what the first try created, nothing written again. Absent otherwise.',
    schema: { type: 'string' as const, enum: ['true'] },
  },
};
