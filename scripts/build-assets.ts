/**
 * Writes the Worker's static assets into public/ (git-ignored):
 * - public/widgets/v1/: the widget bundle (Vite, from widgets/), resize.js and embed-frame.js;
 * - public/admin-assets/: the editors' app for /admin (never loaded by readers);
 * - public/api-docs/: Swagger UI, self-hosted so /api/docs works offline;
 * - public/_headers: the assets' response headers (Workers static assets).
 */

import { existsSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;

export async function buildAssets(): Promise<void> {
  const docs = join(root, 'public/api-docs');
  await mkdir(docs, { recursive: true });
  const swagger = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css']) {
    await cp(join(swagger, file), join(docs, file));
  }
  const widgetConfig = join(root, 'widgets/vite.config.ts');
  if (existsSync(widgetConfig)) {
    await build({ configFile: widgetConfig, logLevel: 'warn' });
    const { FRAME_SCRIPTS, frameScriptConfig } = await import('../widgets/vite.scripts.config');
    for (const name of Object.keys(FRAME_SCRIPTS) as (keyof typeof FRAME_SCRIPTS)[]) {
      await build(frameScriptConfig(name));
    }
    await build({ configFile: join(root, 'widgets/vite.admin.config.ts'), logLevel: 'warn' });
    await cp(join(root, 'widgets/src/admin/admin.css'), join(root, 'public/admin-assets/admin.css'));
  }
  await writeFile(join(root, 'public/_headers'), ASSET_HEADERS);
}

/**
 * The widget module is loaded cross-origin by publishers' pages, which needs
 * CORS. Its entry URL is stable, so it is cached briefly; the chunks are
 * content-hashed, so they are cached for ever.
 */
const ASSET_HEADERS = `/widgets/*
  Access-Control-Allow-Origin: *
  Cross-Origin-Resource-Policy: cross-origin
/widgets/v1/explainers.js
  Cache-Control: public, max-age=300, stale-while-revalidate=86400
/widgets/v1/resize.js
  Cache-Control: public, max-age=300, stale-while-revalidate=86400
/widgets/v1/embed-frame.js
  Cache-Control: public, max-age=300, stale-while-revalidate=86400
/widgets/v1/chunks/*
  Cache-Control: public, max-age=31536000, immutable
/admin-assets/*
  Cache-Control: no-cache
  X-Content-Type-Options: nosniff
`;

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAssets();
  console.log('Assets built into public/.');
}
