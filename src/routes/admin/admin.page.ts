/**
 * GET /admin: the editors' page. A placeholder until the full editor UI
 * lands; it already carries the headers the page must have (no-store, a
 * strict CSP, never framed), so they are tested from the start.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { adminHeaders } from './admin.http';

const ADMIN_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Explainer Edge — editors</title></head>
<body>
<main>
<h1>Editors</h1>
<p>The editing page is on its way. Meanwhile, the admin API is documented at <a href="/api/docs">/api/docs</a> (the Admin section); every call needs <code>Authorization: Bearer &lt;token&gt;</code>, from <code>npm run editor -- add "Name"</code>.</p>
</main>
</body>
</html>`;

export const adminPage = new Hono<AppEnv>();
adminPage.use('/admin', adminHeaders(ADMIN_PAGE_CSP));
adminPage.use('/admin/*', adminHeaders(ADMIN_PAGE_CSP));
adminPage.get('/admin', (c) => c.html(page));
