import { createRoute, z } from '@hono/zod-openapi';
import { Ceasefire } from '../../../shared/contract/ceasefire';
import { AsOfQuery, Slug } from '../../../shared/contract/common';
import { API_V1 } from '../../../shared/contract/paths';
import { SeenAtQuery } from '../../../shared/contract/recorded';
import { problem, publicRead, publicReadErrors } from '../responses';

export const getCeasefire = createRoute({
  method: 'get',
  path: `${API_V1}/ceasefires/{slug}`,
  tags: ['Public'],
  summary: 'A ceasefire with its status history, tallies, milestones and gauge reading',
  request: {
    params: z.object({ slug: Slug.openapi({ param: { name: 'slug', in: 'path' } }) }),
    query: AsOfQuery.extend(SeenAtQuery.shape),
  },
  responses: {
    200: publicRead(Ceasefire, 'The ceasefire as its data describes it (or as it stood at `asOf`).'),
    ...publicReadErrors,
    404: problem(
      'No such ceasefire; or, with `asOf`, one that had not started by then (the detail gives its start): an incident asked before its first claim is there with none, but no gauge can read a ceasefire before it began.',
    ),
  },
});
