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

export const Liveness = z.object({ status: z.literal('ok') }).openapi('Liveness');

export const getLiveness = createRoute({
  method: 'get',
  path: '/health/live',
  tags: ['Operations'],
  summary: 'Liveness only: answers without touching D1',
  description:
    'A constant answer from the Worker itself. Load balancers probe it; the benchmark uses it as the runtime’s ceiling.',
  responses: { 200: json(Liveness, 'The Worker is up.') },
});
