/**
 * What each problem `type` means, at the URI the problem names (`/problems/validation`): RFC 9457 has a type URI,
 * dereferenced, give its documentation to the developer who met it. One line each on what happened and what to do;
 * `PROBLEM_TYPES` (src/http/problem.ts) holds each type's status and title.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { OPENAPI_PATH, PROBLEMS_PATH } from '../../../shared/contract/paths';
import type { AppEnv } from '../../env';
import { CACHE_CONTROL } from '../../http/cache-control';
import { isProblemType, PROBLEM_TYPES, Problem, type ProblemType } from '../../http/problem';

const WHAT_TO_DO: Record<ProblemType, string> = {
  validation:
    'A parameter, header or field of the body is not what the route takes. `errors` names each one (`query.asOf`, `body.low`) with what is wrong; nothing was written.',
  'malformed-json':
    'The body is not JSON. Send `Content-Type: application/json` with a JSON object; nothing was written.',
  unauthorized:
    'The editors’ API needs `Authorization: Bearer <token>` (or, behind Cloudflare Access, its token). The token is missing, unknown, or its editor was revoked.',
  forbidden:
    'Signed in, but this editor’s role does not allow it (the route’s `x-role` says which does), or the single sign-on e-mail is no active editor’s.',
  'not-found':
    'No such resource: check the slug or id. A story read before it was first published is not found either.',
  'method-not-allowed': 'The path exists, but not with this method: `Allow` lists the ones it takes.',
  conflict:
    'The change conflicts with the resource as it stands (a slug already taken, a decision already made, a change someone else made meanwhile). `detail` says which; read it again and decide.',
  'precondition-failed':
    '`If-Match` is not the ETag of the version as it stands: someone changed it since you read it. Read it again (its new ETag comes with it), reapply your change, and send it with that ETag.',
  'payload-too-large': 'The body is over 64 KB.',
  'unsupported-media-type': 'The body must be `application/json`.',
  'idempotency-key-reused':
    'This `Idempotency-Key` was used for another request. Use a new key for each create, and the same key only to retry the same one.',
  'precondition-required':
    'This change needs `If-Match` with the ETag of the version you read (`*` is not accepted): read the resource and send its `ETag` back.',
  'rate-limited':
    'Too many requests from this address (or too many failed sign-ins). Wait the seconds `Retry-After` gives, then try again.',
  internal:
    'Something failed on the server; nothing of the request is known to have been written. Try again, and report it if it stays.',
  'not-implemented': 'The server does not do this (an oEmbed format other than JSON, for instance).',
  unavailable:
    'The database or a service it needs did not answer in time; nothing was written. Try again after the seconds `Retry-After` gives.',
};

const STYLE =
  'body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:16px/1.5 system-ui,sans-serif}code{font-size:.95em}';

const page = (title: string, body: ReturnType<typeof html>) => html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${STYLE}</style></head>
<body>${body}<p><a href="${PROBLEMS_PATH}">Every problem type</a> · <a href="/api/docs">The API reference</a> · <a href="${OPENAPI_PATH}">The OpenAPI document</a></p></body>
</html>`;

/** `code` spans in the one-line texts, which hold no markup of their own. */
const withCode = (text: string) =>
  text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : html`${part}`));

export const problemTypeRoutes = new Hono<AppEnv>()
  .get(PROBLEMS_PATH, (c) => {
    c.header('Cache-Control', CACHE_CONTROL.reference);
    return c.html(
      page(
        'Problem types',
        html`<h1>Problem types</h1><p>Every error is <code>application/problem+json</code> (RFC 9457) whose <code>type</code> is one of these.</p>
<dl>${(Object.keys(PROBLEM_TYPES) as ProblemType[]).map(
          (type) =>
            html`<dt><a href="${PROBLEMS_PATH}/${type}"><code>${PROBLEMS_PATH}/${type}</code></a> (${PROBLEM_TYPES[type].status})</dt><dd>${PROBLEM_TYPES[type].title}</dd>`,
        )}</dl>`,
      ),
    );
  })
  .get(`${PROBLEMS_PATH}/:type`, (c) => {
    const type = c.req.param('type');
    if (!isProblemType(type)) throw new Problem('not-found', `No problem type "${type}": ${PROBLEMS_PATH} lists them.`);
    const { status, title } = PROBLEM_TYPES[type];
    c.header('Cache-Control', CACHE_CONTROL.reference);
    return c.html(
      page(
        title,
        html`<h1>${title}</h1><p><code>type: "${PROBLEMS_PATH}/${type}"</code>, HTTP ${status}.</p><p>${withCode(WHAT_TO_DO[type])}</p>`,
      ),
    );
  });
