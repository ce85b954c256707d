import { createRoute, z } from '@hono/zod-openapi';
import { AsOfQuery, Slug } from '../../../shared/contract/common';
import { Incident } from '../../../shared/contract/incident';
import { API_V1 } from '../../../shared/contract/paths';
import { SeenAtQuery } from '../../../shared/contract/recorded';
import { publicRead, publicReadErrors } from '../responses';

export const getIncident = createRoute({
  method: 'get',
  path: `${API_V1}/incidents/{slug}`,
  tags: ['Public'],
  summary: 'An incident with every claim and a per-metric summary',
  request: {
    params: z.object({ slug: Slug.openapi({ param: { name: 'slug', in: 'path' } }) }),
    query: AsOfQuery.extend(SeenAtQuery.shape),
  },
  responses: {
    200: publicRead(Incident, 'The incident, its claims (current and superseded) and the summary of current claims.'),
    ...publicReadErrors,
  },
});
