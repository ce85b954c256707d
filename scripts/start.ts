/**
 * `npm start`: build the widgets and docs assets, migrate and seed the local
 * D1, then serve everything with `wrangler dev` on http://127.0.0.1:8787.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { ADMIN_API, ADMIN_PAGE, API_V1, OPENAPI_PATH } from '../shared/contract/paths';
import { SEED } from '../src/db/seed/slugs';
import { buildAssets } from './build-assets';
import { localEditorToken } from './editor';
import { applyMigrations, seedLocalDb } from './local-db';
import { DEV_CONFIGS, wranglerBin, wranglerEnv } from './wrangler-cli';

const host = '127.0.0.1';
const port = process.env.PORT ?? '8787';
const origin = `http://${host}:${port}`;

await buildAssets();
applyMigrations();
const inserted = await seedLocalDb();
console.log(inserted === 0 ? 'Local D1: seed already loaded.' : `Local D1: seeded ${inserted} rows.`);
const editorToken = await localEditorToken();

const dev = spawn(wranglerBin(), ['dev', ...DEV_CONFIGS, '--ip', host, '--port', port], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: wranglerEnv({ prompts: true, dev: true, ownRegistry: true }),
});
/**
 * wrangler dev compares each Worker's bindings with ./worker-configuration.d.ts,
 * the API Worker's, so it always finds the images Worker's "out of date" and
 * tells the reader to run `wrangler types`, which would write the wrong
 * Worker's types there. The API Worker's own are checked by `npm run check`.
 */
const MISLEADING = /^.*Your types might be out of date.*\n?/gm;
let announced = false;
// Decoded as a stream, so that a character split between two chunks stays whole.
dev.stdout.setEncoding('utf8');
dev.stdout.on('data', (chunk: string) => {
  process.stdout.write(chunk.replace(MISLEADING, ''));
  if (!announced && chunk.includes('Ready on')) {
    announced = true;
    console.log(
      [
        '',
        'Explainer Edge is running:',
        `  demo page      ${origin}/`,
        `  API            ${origin}${API_V1}/incidents/${SEED.incidentSlug}`,
        `                 ${origin}${API_V1}/ceasefires/${SEED.ceasefireSlug}`,
        `  API reference  ${origin}/api/docs`,
        `  OpenAPI        ${origin}${OPENAPI_PATH}`,
        `  widgets        ${origin}/widgets/v1/explainers.js`,
        `  images         ${origin}/embed/casualty-claims/deir-ez-zor-airstrike-2016.png`,
        `  editors        ${origin}${ADMIN_PAGE}  (admin API under ${origin}${ADMIN_API}/)`,
        '',
        'Editor token for "Local editor" (new on every start; the previous one no longer works):',
        `  ${editorToken}`,
        '',
      ].join('\n'),
    );
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal));
// Killed by a signal (the OOM killer, a SIGKILL), wrangler has no exit code: that is a failure, not a clean stop.
dev.on('exit', (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)));
