import type { ExecutionContext } from '@cloudflare/workers-types';
import { createApp, HOT_THROUGH } from './app';
import type { AppEnv } from './env';
import { fromMemory } from './http/hot-copies';

const app = createApp();

export default {
  /** A public read this isolate served within the last second is answered before the app's router runs. */
  fetch: (request: Request, env: AppEnv['Bindings'], ctx: ExecutionContext): Response | Promise<Response> =>
    fromMemory(request, HOT_THROUGH) ?? app.fetch(request, env, ctx),
};
