/**
 * The soak's Worker: the app exactly as deployed, over a D1 wrapped in the
 * fault injector. Served only by `npm run soak` through
 * soak/wrangler.soak.toml; wrangler.toml's entry is src/index.ts, which
 * never imports this.
 */
import type { ExecutionContext } from '@cloudflare/workers-types';
import { createApp } from '../src/app';
import type { Bindings } from '../src/env';
import { faultRates, injectFaults } from './fault-injector';

const app = createApp();

export default {
  fetch(request: Request, env: Bindings, ctx: ExecutionContext): Response | Promise<Response> {
    const rates = faultRates(env as unknown as Record<string, unknown>);
    return app.fetch(request, { ...env, DB: injectFaults(env.DB, rates) }, ctx);
  },
};
