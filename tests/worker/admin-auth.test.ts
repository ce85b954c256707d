/**
 * Every admin route, taken from the app's own route table (so a route added
 * later is covered without anyone listing it here), against a missing, a
 * wrong and a revoked token, and a valid one.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { generateToken } from '../../src/auth/token';
import { SEED } from '../../src/db/seed/story';
import { allRoutes, openApiDocument } from '../../src/routes/openapi/openapi.index';
import { addEditor, admin, revokeEditor, snapshotDb } from './admin-helpers';
import { BASE, seedStory } from './helpers';

beforeAll(seedStory);

/** Path parameters filled by the collection they follow; an unknown one gets a harmless value. */
const SAMPLE: Record<string, string> = {
  articles: SEED.articleSlug,
  incidents: SEED.incidentSlug,
  ceasefires: SEED.ceasefireSlug,
  claims: 'clm_russia_killed',
  milestones: 'mst_syria_2016_joint_strikes',
  // An entry that does not exist: a valid call must not undo anything.
  audit: '999999999',
};

function concrete(path: string): string {
  const segments = path.split('/');
  return segments.map((s, i) => (s.startsWith(':') ? (SAMPLE[segments[i - 1] ?? ''] ?? 'x') : s)).join('/');
}

const ADMIN_ROUTES = [
  ...new Map(
    (await allRoutes()).routes
      .filter((r) => r.path.startsWith('/api/v1/admin') && r.method !== 'ALL')
      .map((r) => [`${r.method} ${r.path}`, { method: r.method, path: r.path }]),
  ).values(),
];

const hasBody = (method: string) => ['POST', 'PATCH', 'PUT'].includes(method);

describe('the admin route table', () => {
  it('holds every admin route of SPEC §6 (and the table is what the matrix runs over)', () => {
    const table = ADMIN_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(table).toEqual(
      expect.arrayContaining([
        'POST /api/v1/admin/articles',
        'PATCH /api/v1/admin/articles/:slug',
        'POST /api/v1/admin/incidents',
        'PATCH /api/v1/admin/incidents/:slug',
        'POST /api/v1/admin/incidents/:slug/claims',
        'PATCH /api/v1/admin/claims/:id',
        'DELETE /api/v1/admin/claims/:id',
        'POST /api/v1/admin/ceasefires',
        'PATCH /api/v1/admin/ceasefires/:slug',
        'POST /api/v1/admin/ceasefires/:slug/tallies',
        'POST /api/v1/admin/ceasefires/:slug/milestones',
        'PATCH /api/v1/admin/ceasefires/:slug/milestones/:id',
        'GET /api/v1/admin/audit',
        'POST /api/v1/admin/audit/:id/revert',
      ]),
    );
  });

  it('documents every admin route in the OpenAPI document, behind bearer auth', async () => {
    const doc = await openApiDocument();
    expect(doc.components?.securitySchemes?.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const route of ADMIN_ROUTES) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      const operation = doc.paths?.[path]?.[route.method.toLowerCase() as 'get'];
      expect(operation, `${route.method} ${path}`).toBeDefined();
      expect(operation?.security, `${route.method} ${path}`).toEqual([{ bearerAuth: [] }]);
    }
  });
});

describe.each(ADMIN_ROUTES)('$method $path', ({ method, path }) => {
  const url = concrete(path);
  const body = hasBody(method) ? {} : undefined;

  it.each([
    ['no token', async () => undefined],
    ['a wrong token', async () => generateToken()],
    ['a malformed token', async () => 'letmein'],
    [
      'a revoked token',
      async () => {
        const editor = await addEditor();
        await revokeEditor(editor.id);
        return editor.token;
      },
    ],
  ])('refuses %s with 401 problem+json and changes nothing', async (_, makeToken) => {
    const token = await makeToken();
    const before = await snapshotDb();
    const res = await admin(url, { method, token, body });
    expect(res.status).toBe(401);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer /);
    expect(await res.json()).toMatchObject({ type: '/problems/unauthorized', status: 401 });
    expect(await snapshotDb()).toBe(before);
  });

  it('lets a valid token through', async () => {
    const { token } = await addEditor();
    const res = await admin(url, { method, token, body });
    expect([401, 403, 429]).not.toContain(res.status);
    expect(res.status).toBeLessThan(500);
    // Reads answer; writes get as far as validation or If-Match with this empty body.
    expect(method === 'GET' ? [200] : [400, 404, 428]).toContain(res.status);
  });

  it('is shut when no editor exists: no default password, no open mode', async () => {
    await env.EMPTY_DB.exec('SELECT 1');
    const { results } = await env.EMPTY_DB.prepare("SELECT name FROM sqlite_master WHERE name = 'editors'").all();
    if (results.length === 0) {
      const { applyD1Migrations } = await import('cloudflare:test');
      await applyD1Migrations(env.EMPTY_DB, env.TEST_MIGRATIONS);
    }
    const count = await env.EMPTY_DB.prepare('SELECT count(*) AS n FROM editors').first<{ n: number }>();
    expect(count?.n).toBe(0);
    for (const authorization of [
      undefined,
      'Bearer ',
      'Bearer admin',
      `Bearer ${generateToken()}`,
      'Basic YWRtaW46YWRtaW4=',
    ]) {
      const headers: Record<string, string> = { 'CF-Connecting-IP': `192.0.2.${Math.floor(Math.random() * 250)}` };
      if (authorization) headers.Authorization = authorization;
      if (body) headers['Content-Type'] = 'application/json';
      const ctx = createExecutionContext();
      const res = await createApp().fetch(
        new Request(`${BASE}${url}`, { method, headers, body: body && JSON.stringify(body) }),
        { ...env, DB: env.EMPTY_DB },
        ctx,
      );
      await waitOnExecutionContext(ctx);
      expect(res.status, authorization).toBe(401);
    }
  });
});
