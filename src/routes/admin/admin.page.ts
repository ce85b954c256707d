/**
 * GET /admin: the editors' page. The Worker sends only a shell; the Lit app
 * in widgets/src/admin/ (built to /admin-assets/, apart from the readers'
 * widget module) does everything through the admin API with the editor's
 * token, so the page can do nothing that token could not.
 */
import { Hono } from 'hono';
import { ADMIN_PAGE } from '../../../shared/contract/paths';
import { ACCESS_HEADER, accessConfig } from '../../auth/access';
import type { AppEnv } from '../../env';
import { adminHeaders } from './admin.http';

/**
 * No inline script or style, nothing from another origin, never framed:
 * the page holds a bearer token, so clickjacking and injected script are
 * what the policy is for. `img-src data:` is for the widgets' inline SVG.
 */
const ADMIN_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * With `sso` (Access is configured and put its token on this request, as it
 * does on every request behind it), the app signs in with that token: no
 * token to paste. Without it, the app asks for a token and never tries, so
 * a page load costs no failed sign-in.
 */
const page = (sso: boolean) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Explainer Edge · editors</title>
<link rel="stylesheet" href="/admin-assets/admin.css">
<script type="module" src="/admin-assets/editor.js"></script>
</head>
<body>
<editor-app${sso ? ' sso' : ''}><noscript><p>The editors’ page needs JavaScript. The admin API is documented at <a href="/api/docs">/api/docs</a>.</p></noscript></editor-app>
</body>
</html>`;

export const adminPage = new Hono<AppEnv>();
adminPage.use(ADMIN_PAGE, adminHeaders(ADMIN_PAGE_CSP));
adminPage.use(`${ADMIN_PAGE}/*`, adminHeaders(ADMIN_PAGE_CSP));
adminPage.get(ADMIN_PAGE, (c) => c.html(page(c.req.header(ACCESS_HEADER) !== undefined && accessUsable(c.env))));

/** A mistake in Access's settings (see accessConfig) leaves the page asking for a token, which still signs in. */
function accessUsable(env: AppEnv['Bindings']): boolean {
  try {
    return accessConfig(env) !== null;
  } catch {
    return false;
  }
}
