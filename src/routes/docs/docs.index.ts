/**
 * The interactive API reference: Swagger UI, self-hosted from the Worker's
 * assets (`npm run build` copies swagger-ui-dist to public/api-docs/), so it
 * works with no internet access and under a CSP that allows only 'self'.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../env';

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Explainer Edge API reference</title>
<link rel="stylesheet" href="/api-docs/swagger-ui.css">
</head>
<body>
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
