/**
 * Static assets answer before the Worker, except on the paths wrangler.toml
 * lists in `[assets] run_worker_first`. That list is the one place outside
 * the source that names the Worker's paths, so it is held here to the
 * router table (src/routes/routers.ts) and to the editors' side
 * (`ADMIN_PREFIXES`): a route it missed could be shadowed by a file in
 * public/, and a pattern no router answers would send asset requests
 * through the Worker for nothing.
 */

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unstable_readConfig } from 'wrangler';
import { ADMIN_PREFIXES } from '../../shared/contract/paths';
import { ROUTERS } from '../../src/routes/routers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runWorkerFirst = unstable_readConfig({ config: join(root, 'wrangler.toml') }).assets?.run_worker_first;

/** Whether `path` (a Hono pattern) is among the paths a run_worker_first pattern sends to the Worker. */
const covers = (pattern: string, path: string) =>
  pattern === path || (pattern.endsWith('/*') && path.startsWith(pattern.slice(0, -1)));

const patterns = Array.isArray(runWorkerFirst) ? runWorkerFirst : [];
const routerPaths = ROUTERS.flatMap((router) => router.paths);

describe('run_worker_first (wrangler.toml)', () => {
  it('is a list of paths', () => {
    expect(patterns.length).toBeGreaterThan(0);
  });

  it.each(routerPaths)('sends %s, a router’s path, to the Worker first', (path) => {
    expect(patterns.some((pattern) => covers(pattern, path))).toBe(true);
  });

  it.each(ADMIN_PREFIXES.flatMap((prefix) => [prefix, `${prefix}/*`]))(
    'sends the editors’ side (%s) to the Worker first',
    (path) => {
      expect(patterns.some((pattern) => covers(pattern, path))).toBe(true);
    },
  );

  it.each(patterns)('lists %s because a router answers there', (pattern) => {
    expect(routerPaths.some((path) => covers(pattern, path))).toBe(true);
  });
});
