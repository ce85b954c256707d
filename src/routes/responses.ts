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

export const publicReadErrors = {
  304: {
    description:
      'Not modified: the `If-None-Match` ETag is current, or (without `If-None-Match`) nothing changed after the `If-Modified-Since` date, where the answer carries `Last-Modified`.',
  },
  400: problem('Invalid query parameters.'),
  404: problem('No such resource.'),
  429: problem(
    'Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds.',
  ),
  503: problem('The database is unavailable or busy; retry after `Retry-After` seconds.'),
} as const;
