/**
 * The public reads' 304s come from `If-None-Match` alone (the ETag middleware): the strong ETag names exactly the
 * bytes of the read. `If-Modified-Since` is not answered, by decision (a request carrying only it gets the read):
 * `Last-Modified` is the resource's `updatedAt`, when its own rows last changed, and a read shows more than them (a
 * cited article's headline, edited or taken down; in a pinned read, a claim recorded today for an earlier moment),
 * so a date-based 304 would keep a client on a read that has changed.
 */
import { RETAINED_304_HEADERS } from 'hono/etag';

/** What a 304 keeps of the 200 it stands for: what a client re-checking needs (when it changed, what the check cost). */
export const RETAINED_ON_304 = [
  ...RETAINED_304_HEADERS,
  'access-control-allow-origin',
  'access-control-expose-headers',
  'last-modified',
  'server-timing',
  'x-cache',
];
