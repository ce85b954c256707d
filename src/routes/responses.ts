/** OpenAPI response entries that many routes share. */
import { Problem } from '../../shared/contract/common';

export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

export const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const text = { type: 'string' as const };

/**
 * The headers a public read's 200 carries (src/app.ts, `publicRead`): `required` where every answer has it, so
 * tests/browser/client.test.ts can hold each route to them.
 */
export const READ_HEADERS = {
  ETag: {
    description: 'The strong ETag of the body: send it as `If-None-Match` for a 304.',
    required: true,
    schema: text,
  },
  'Cache-Control': {
    description:
      'A minute fresh, ten more stale while revalidating, a day if the database fails; a year and `immutable` for a settled `seenAt`.',
    required: true,
    schema: text,
  },
  'X-Cache': {
    description:
      'Whether the edge cache answered: `HIT`, `STALE` (served while it refreshes) or `MISS`; `BYPASS` for the operator’s requests that carry the bypass secret.',
    required: true,
    schema: { type: 'string' as const, enum: ['HIT', 'STALE', 'MISS', 'BYPASS'] },
  },
  'Last-Modified': {
    description: 'When what it shows was last recorded, where it says (`updatedAt`, a feed’s newest change).',
    schema: text,
  },
};

/** A public read's 200: its headers, and its body in `type`. */
export const publicRead = <T>(schema: T, description: string, type = 'application/json') => ({
  description,
  headers: READ_HEADERS,
  content: { [type]: { schema } },
});

/** The header every 429 and 503 carries. */
export const retryAfter = {
  'Retry-After': { description: 'Seconds to wait before trying again.', required: true, schema: text },
};

export const publicReadErrors = {
  304: {
    description:
      'Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.)',
  },
  400: problem('Invalid query parameters.'),
  404: problem('No such resource.'),
  429: {
    ...problem(
      'Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds.',
    ),
    headers: retryAfter,
  },
  503: {
    ...problem('The database is unavailable or busy; retry after `Retry-After` seconds.'),
    headers: retryAfter,
  },
} as const;
