/**
 * Writes the Worker's static assets into public/ (git-ignored):
 * - public/widgets/v1/: the widget bundle (Vite, from widgets/);
 * - public/api-docs/: Swagger UI, self-hosted so /api/docs works offline.
 */

import { existsSync } from 'node:fs';
import { cp, mkdir } from 'node:fs/promises';
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
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAssets();
  console.log('Assets built into public/.');
}
