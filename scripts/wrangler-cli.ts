/**
 * How every script, test and bench of ours runs the wrangler CLI: the copy
 * this repository installed, and one environment, so that no call forgets a
 * part of it.
 */
import { fileURLToPath } from 'node:url';
export function wranglerBin(): string {
  return fileURLToPath(new URL('../node_modules/.bin/wrangler', import.meta.url));
}

/**
 * `wrangler dev`'s configs: the API Worker first (it gets the port), then the
 * images Worker it reaches through the IMAGES service binding. One process
 * runs both, as Cloudflare does once both are deployed.
 */
export const DEV_CONFIGS = ['-c', 'wrangler.toml', '-c', 'workers/images/wrangler.toml'];

/**
 * The environment of a wrangler command: no usage metrics sent; `CI`, so that
 * it never stops to ask (a login, a confirmation) where nobody can answer,
 * unless `prompts` says a person is at the terminal (`npm start`, the editors'
 * CLI); and with `dev`, for `wrangler dev`, the placeholder `request.cf` and,
 * with `ownRegistry`, a dev registry of this process's own (below).
 *
 * The placeholder `request.cf`: no Worker here reads it, and wrangler would
 * otherwise fetch a real one from workers.cloudflare.com as it starts, which on
 * a machine offline prints an error (`getaddrinfo ENOTFOUND
 * workers.cloudflare.com`) in `npm start`, and on a network that drops the
 * request waits for it. The bench's bare Workers run with it too, so every
 * Worker it compares gets the same object.
 *
 * The registry: the API and images Workers run in the one process, so they need
 * no registry to find each other; and a Worker registered in the machine's
 * shared one would be bound by any other local start of the API Worker alone
 * (`unstable_startWorker`, a second `wrangler dev`), where wrangler then
 * refuses to start ("refers to a service … but no such service is defined").
 */
export function wranglerEnv(
  options: { prompts?: boolean; dev?: boolean; ownRegistry?: boolean } = {},
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    ...(options.prompts ? {} : { CI: 'true' }),
    ...(options.dev ? { CLOUDFLARE_CF_FETCH_ENABLED: 'false' } : {}),
    ...(options.ownRegistry
      ? { WRANGLER_REGISTRY_PATH: fileURLToPath(new URL(`../.wrangler/dev-registry/${process.pid}`, import.meta.url)) }
      : {}),
  };
}
