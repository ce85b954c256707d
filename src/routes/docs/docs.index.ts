/**
 * The interactive API reference: Swagger UI, self-hosted from the Worker's
 * assets (`npm run build` copies swagger-ui-dist to public/api-docs/), so it
 * works with no internet access and under a CSP that allows only 'self'.
 */
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import type { AppEnv } from '../../env';
import { DEVELOPER_KIT } from './kit';

/** The developer kit above the reference: the typed client, the widgets' manifest, the framework examples. */
const kit = html`<nav class="kit" aria-label="Developer kit">
${DEVELOPER_KIT.map(
  (
    group,
  ) => html`<section><h2>${group.title}</h2><p>${group.intro}</p>${group.command ? html`<pre><code>${group.command}</code></pre>` : ''}
<ul>${group.links.map((link) => html`<li><a href="${link.href}">${link.label}</a></li>`)}</ul></section>
`,
)}</nav>`;

const KIT_CSS =
  '.kit{display:flex;flex-wrap:wrap;gap:0 2rem;max-width:1460px;margin:0 auto;padding:1rem 20px 0;font:14px/1.45 sans-serif;color:#3b4151}.kit section{flex:1 1 18rem}.kit h2{font-size:16px;margin:.5rem 0 .25rem}.kit p{margin:0 0 .25rem}.kit ul{margin:0;padding-left:1.2rem}.kit pre{margin:.25rem 0;white-space:pre-wrap;font-size:13px}';

const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Explainer Edge API reference</title>
<link rel="stylesheet" href="/api-docs/swagger-ui.css">
<style>${raw(KIT_CSS)}</style>
</head>
<body>
${kit}
<main id="swagger-ui"><noscript>The interactive reference needs JavaScript. The OpenAPI document is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</noscript></main>
<script src="/api-docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>`;

const init = `window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#swagger-ui', deepLinking: true, tryItOutEnabled: true });`;

export const docsRoutes = new Hono<AppEnv>()
  .get('/api/docs', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    return c.html(page);
  })
  .get('/api/docs/init.js', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(init, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
