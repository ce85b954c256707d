import { createRoute, z } from '@hono/zod-openapi';
import { HEALTH_PATH } from '../../../shared/contract/paths';
import { json, retryAfter } from '../responses';

export const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    d1: z.enum(['ok', 'unreachable', 'shed']).openapi({
      description:
        '`unreachable`: D1 failed or did not answer within its deadline. `shed`: not asked, as this isolate already has its few health probes waiting on D1 (a flood of probes, or a D1 too slow to answer them).',
    }),
    checkedAt: z.string(),
  })
  .openapi('Health');

export const getHealth = createRoute({
  method: 'get',
  path: HEALTH_PATH,
  tags: ['Operations'],
  summary: 'Liveness, with D1 reachability',
  description:
    'Asks D1 `select 1`, however busy the readers keep it: the probe is not shed with their reads, it has a few places of its own.',
  responses: {
    200: json(Health, 'The Worker is up and D1 answers.'),
    503: {
      ...json(Health, 'The Worker is up but D1 does not answer (or was not asked: `shed`).'),
      headers: retryAfter,
    },
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
