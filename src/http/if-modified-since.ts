/**
 * `If-Modified-Since` on the public reads (RFC 9110 §13.1.3): a read that has
 * not changed since the date the client holds is a 304. Only where no
 * `If-None-Match` came, which takes precedence (the ETag middleware answers
 * it), and only for a 200 that carries `Last-Modified` (every public read of
 * a resource: its `updatedAt`, whole seconds in an HTTP date).
 */
import type { MiddlewareHandler } from 'hono';
import { RETAINED_304_HEADERS } from 'hono/etag';
import { isRead } from './cache';

/** What a 304 keeps of the 200 it stands for: what a client re-checking needs (when it changed, what the check cost). */
export const RETAINED_ON_304 = [
  ...RETAINED_304_HEADERS,
  'access-control-allow-origin',
  'access-control-expose-headers',
  'last-modified',
  'server-timing',
  'x-cache',
];

export function ifModifiedSince(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const since = Date.parse(c.req.header('If-Modified-Since') ?? '');
    const last = Date.parse(c.res.headers.get('Last-Modified') ?? '');
    if (!isRead(c.req.method) || c.res.status !== 200 || c.req.header('If-None-Match') !== undefined) return;
    if (Number.isNaN(since) || Number.isNaN(last) || last > since) return;
    const headers = new Headers();
    for (const name of RETAINED_ON_304) {
      const value = c.res.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    c.res = new Response(null, { status: 304, headers });
  };
}
