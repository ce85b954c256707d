/**
 * Writes the Worker's static assets into public/ (git-ignored):
 * - public/widgets/v1/: the widget modules (Vite, from widgets/), resize.js, embed-frame.js and embed-panel.js,
 *   and the widgets' custom elements manifest (custom-elements.json);
 * - public/admin-assets/: the editors' app for /admin (never loaded by readers);
 * - public/api-docs/: Swagger UI, self-hosted so /api/docs works offline, and under kit/ the developer kit's files
 *   that /api/docs links to (the typed client, the framework examples; src/routes/docs/kit.ts);
 * - public/_headers: the assets' response headers (Workers static assets).
 */

import { existsSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { CACHE_CONTROL } from '../src/http/cache-control';
import { DEVELOPER_KIT, KIT_PREFIX } from '../src/routes/docs/kit';
import { WIDGET_MODULES, type WidgetModule, widgetModuleConfig } from '../widgets/vite.config';
import { CLASSIC_SCRIPTS, classicScriptConfig } from '../widgets/vite.scripts.config';
import { MANIFEST_FILE, manifestText } from './element-manifest';
import { runAsMain } from './run-as-main';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Hono's secureHeaders default, which the Worker's answers send; tests/browser/widgets.modules.test.ts compares them. */
const ASSET_HSTS = 'max-age=15552000; includeSubDomains';

export async function buildAssets(): Promise<void> {
  const docs = join(root, 'public/api-docs');
  await mkdir(docs, { recursive: true });
  const swagger = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css']) {
    await cp(join(swagger, file), join(docs, file));
  }
  for (const { source } of DEVELOPER_KIT.flatMap((group) => group.links)) {
    if (!source) continue;
    await mkdir(dirname(join(root, 'public', KIT_PREFIX, source)), { recursive: true });
    await cp(join(root, source), join(root, 'public', KIT_PREFIX, source));
  }
  if (existsSync(join(root, 'widgets/vite.config.ts'))) {
    // Each module is built on its own and none empties the folder, so it is emptied first.
    await rm(join(root, 'public/widgets/v1'), { recursive: true, force: true });
    for (const name of Object.keys(WIDGET_MODULES) as WidgetModule[]) {
      await build(widgetModuleConfig(name));
    }
    await writeFile(join(root, 'public/widgets/v1', MANIFEST_FILE), manifestText());
    for (const name of Object.keys(CLASSIC_SCRIPTS) as (keyof typeof CLASSIC_SCRIPTS)[]) {
      await build(classicScriptConfig(name));
    }
    await build({ configFile: join(root, 'widgets/vite.admin.config.ts'), logLevel: 'warn' });
    await cp(join(root, 'widgets/src/admin/admin.css'), join(root, 'public/admin-assets/admin.css'));
  }
  await writeFile(join(root, 'public/_headers'), assetHeaders());
}

/**
 * The widget module is loaded cross-origin by publishers' pages, which needs
 * CORS. The modules, the classic scripts and the manifest have stable URLs, so they are
 * cached briefly; the chunks are content-hashed, so they are cached for ever.
 */
function assetHeaders(): string {
  const stable = [
    ...[...Object.keys(WIDGET_MODULES), ...Object.keys(CLASSIC_SCRIPTS)].map((name) => `${name}.js`),
    MANIFEST_FILE,
  ].map(
    (file) => `/widgets/v1/${file}
  Cache-Control: ${CACHE_CONTROL.widgetModule}
`,
  );
  // Every asset carries what the Worker's own answers carry on every response (src/app.ts): no MIME sniffing, no
  // referrer, HSTS. A header two matching rules set is joined with a comma, so each is set in one rule only.
  return `/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Strict-Transport-Security: ${ASSET_HSTS}
/widgets/*
  Access-Control-Allow-Origin: *
  Cross-Origin-Resource-Policy: cross-origin
${stable.join('')}/widgets/v1/chunks/*
  Cache-Control: ${CACHE_CONTROL.immutable}
/admin-assets/*
  Cache-Control: ${CACHE_CONTROL.revalidate}
  Cross-Origin-Resource-Policy: same-origin
/api-docs/*
  Cross-Origin-Resource-Policy: same-origin
${KIT_PREFIX}*
  Content-Type: text/plain; charset=utf-8
  Cache-Control: ${CACHE_CONTROL.reference}
`;
}

if (runAsMain(import.meta.url)) {
  await buildAssets();
  console.log('Assets built into public/.');
}
