/**
 * Bundles the images Worker (workers/images/wrangler.toml) the way `wrangler
 * deploy` does, into .wrangler/images-dist/: the worker project of the tests
 * runs that bundle beside the API Worker (vitest.config.ts), and the size
 * test reads it. `wrangler dev` and `wrangler deploy` bundle it themselves.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wranglerBin, wranglerEnv } from './wrangler-cli';

const root = fileURLToPath(new URL('..', import.meta.url));
export const IMAGES_CONFIG = join(root, 'workers/images/wrangler.toml');
export const IMAGES_DIST = join(root, '.wrangler/images-dist');
export const IMAGES_ENTRY = join(IMAGES_DIST, 'worker.js');

/** What the bundle is made of: a change to any of these makes it stale. */
const SOURCES = [
  'src/images',
  'src/embed',
  'src/contract',
  'widgets/src/format',
  'widgets/src/i18n',
  'widgets/src/shared',
  'workers/images',
  'package-lock.json',
];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds the bundle; with `ifStale`, only when a source is newer than the bundle. Returns the bundle's upload size line. */
export function buildImagesWorker(options: { ifStale?: boolean } = {}): string {
  if (options.ifStale && existsSync(IMAGES_ENTRY)) {
    const built = statSync(IMAGES_ENTRY).mtimeMs;
    if (SOURCES.every((s) => !existsSync(join(root, s)) || newest(join(root, s)) < built)) return '';
  }
  const out = execFileSync(wranglerBin(), ['deploy', '--dry-run', '-c', IMAGES_CONFIG, '--outdir', IMAGES_DIST], {
    cwd: root,
    env: wranglerEnv(),
    encoding: 'utf8',
  });
  return out.match(/Total Upload: .*/)?.[0] ?? '';
}

/** The bundle as Miniflare modules: the entry first, then the WebAssembly and the fonts it imports. */
export function imagesWorkerModules(): { type: 'ESModule' | 'CompiledWasm' | 'Data'; path: string }[] {
  const files = readdirSync(IMAGES_DIST);
  return [
    { type: 'ESModule', path: IMAGES_ENTRY },
    ...files
      .filter((f) => f.endsWith('.wasm'))
      .map((f) => ({ type: 'CompiledWasm' as const, path: join(IMAGES_DIST, f) })),
    ...files.filter((f) => f.endsWith('.woff')).map((f) => ({ type: 'Data' as const, path: join(IMAGES_DIST, f) })),
  ];
}
