import { createRoute, z } from '@hono/zod-openapi';
import { json } from '../responses';

export const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    d1: z.enum(['ok', 'unreachable']),
    checkedAt: z.string(),
  })
  .openapi('Health');

export const getHealth = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Operations'],
  summary: 'Liveness, with D1 reachability',
  responses: {
    200: json(Health, 'The Worker is up and D1 answers.'),
    503: json(Health, 'The Worker is up but D1 does not answer.'),
  },
});
