import { CACHE_CONTROL } from '../../http/cache-control';
import { ReadShed } from '../../http/load-shedding';
import { createRouter } from '../../http/router';
import { getHealth, getLiveness } from './health.routes';

export const healthRoutes = createRouter()
  .openapi(getHealth, async (c) => {
    const checkedAt = new Date().toISOString();
    c.header('Cache-Control', CACHE_CONTROL.never);
    try {
      await c.env.DB.prepare('select 1').first();
      return c.json({ status: 'ok' as const, d1: 'ok' as const, checkedAt }, 200);
    } catch (error) {
      c.header('Retry-After', '10');
      // Shed by the probes' own gate (src/app.ts): D1 was not asked, so it is not said to be unreachable.
      const d1 = error instanceof ReadShed ? ('shed' as const) : ('unreachable' as const);
      return c.json({ status: 'degraded' as const, d1, checkedAt }, 503);
    }
  })
  .openapi(getLiveness, (c) => {
    c.header('Cache-Control', CACHE_CONTROL.never);
    return c.json({ status: 'ok' as const }, 200);
  });
