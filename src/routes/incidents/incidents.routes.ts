import { createRoute, z } from '@hono/zod-openapi';
import { AsOfQuery, Slug } from '../../contract/common';
import { Incident } from '../../contract/incident';
import { SeenAtQuery } from '../../contract/recorded';
import { json, publicReadErrors } from '../responses';

export const getIncident = createRoute({
  method: 'get',
  path: '/api/v1/incidents/{slug}',
  tags: ['Public'],
  summary: 'An incident with every claim and a per-metric summary',
  request: {
    params: z.object({ slug: Slug.openapi({ param: { name: 'slug', in: 'path' } }) }),
    query: AsOfQuery.extend(SeenAtQuery.shape),
  },
  responses: {
    200: json(Incident, 'The incident, its claims (current and superseded) and the summary of current claims.'),
    ...publicReadErrors,
  },
});
