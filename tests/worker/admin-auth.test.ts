/**
 * Every admin route, taken from the app's own route table (so a route added
 * later is covered without anyone listing it here), against a missing, a
 * wrong and a revoked token, and a valid one of each role: the roles'
 * matrix.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_ROLES, type EditorRole } from '../../shared/contract/enums';
import { createApp } from '../../src/app';
import { generateToken } from '../../src/auth/token';
import { SEED } from '../../src/db/seed/story';
import { allRoutes, openApiDocument } from '../../src/routes/openapi/openapi.index';
import { addEditor, admin, adminJson, freshIncident, revokeEditor, snapshotDb } from './admin-helpers';
import { BASE, seedStory } from './helpers';

/** A change held for review, so reading one answers 200. */
let heldChange = '';
/** Writes to changes and editors name ones that do not exist, so a valid call decides or changes nothing. */
const NO_CHANGE = `chg_${'0'.repeat(32)}`;
const NO_EDITOR = `ed_${'0'.repeat(32)}`;

beforeAll(async () => {
  await seedStory();
  const { token } = await addEditor(undefined, { role: 'desk' });
  const incident = await freshIncident(token);
  await admin(`/api/v1/admin/incidents/${incident.slug}`, { method: 'PATCH', token, body: { review: 'required' } });
  const held = await adminJson<{ id: string }>(`/api/v1/admin/incidents/${incident.slug}/claims`, {
    method: 'POST',
    token,
    body: {
      claimant: { name: 'A monitor', kind: 'ngo' },
      metric: 'killed',
      subject: 'people',
      qualifier: 'exact',
      low: 1,
      asWritten: '1',
      claimedOn: '2016-09-18',
    },
  });
  if (held.status !== 202) throw new Error(`held change: ${held.status}`);
  heldChange = held.body.id;
});

/**
 * The least role each route needs, written out here rather than read from
 * the routes, so the matrix checks the rule and not only its enforcement.
 * Every admin route not listed needs `editor`.
 */
const LEAST_ROLE: Record<string, EditorRole> = {
  'POST /api/v1/admin/changes/:id/approve': 'desk',
  'POST /api/v1/admin/changes/:id/reject': 'desk',
  'GET /api/v1/admin/editors': 'admin',
  'POST /api/v1/admin/editors': 'admin',
  'PATCH /api/v1/admin/editors/:id': 'admin',
};
const leastRole = (method: string, path: string): EditorRole => LEAST_ROLE[`${method} ${path}`] ?? 'editor';
const allows = (role: EditorRole, needed: EditorRole) => EDITOR_ROLES.indexOf(role) >= EDITOR_ROLES.indexOf(needed);

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

function concrete(path: string, method: string): string {
  const segments = path.split('/');
  const sample = (collection: string) => {
    if (collection === 'changes') return method === 'GET' ? heldChange : NO_CHANGE;
    if (collection === 'editors') return NO_EDITOR;
    return SAMPLE[collection] ?? 'x';
  };
  return segments.map((s, i) => (s.startsWith(':') ? sample(segments[i - 1] ?? '') : s)).join('/');
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

  it('documents every admin route in the OpenAPI document, behind a bearer or Access token, with its role', async () => {
    const doc = await openApiDocument();
    expect(doc.components?.securitySchemes?.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components?.securitySchemes?.accessJwt).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'Cf-Access-Jwt-Assertion',
    });
    for (const route of ADMIN_ROUTES) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      const operation = doc.paths?.[path]?.[route.method.toLowerCase() as 'get'] as Record<string, unknown>;
      expect(operation, `${route.method} ${path}`).toBeDefined();
      expect(operation?.security, `${route.method} ${path}`).toEqual([{ bearerAuth: [] }, { accessJwt: [] }]);
      const role = leastRole(route.method, route.path);
      expect(operation?.['x-role'], `${route.method} ${path}`).toBe(role === 'editor' ? undefined : role);
    }
  });

  it('names in the matrix only routes that exist', () => {
    const table = ADMIN_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(table).toEqual(expect.arrayContaining(Object.keys(LEAST_ROLE)));
  });
});

describe.each(ADMIN_ROUTES)('$method $path', ({ method, path }) => {
  const url = () => concrete(path, method);
  const body = hasBody(method) ? {} : undefined;
  const needed = leastRole(method, path);

  it.each(EDITOR_ROLES)('as %s: through if the role allows it, else 403 with nothing changed', async (role) => {
    const { token } = await addEditor(undefined, { role });
    const before = await snapshotDb();
    const res = await admin(url(), { method, token, body });
    if (allows(role, needed)) {
      expect([401, 403, 429]).not.toContain(res.status);
      expect(res.status).toBeLessThan(500);
      // Reads answer; writes get as far as validation, If-Match or a missing resource with this empty body.
      expect(method === 'GET' ? [200] : [400, 404, 428]).toContain(res.status);
      return;
    }
    expect(res.status).toBe(403);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ type: '/problems/forbidden', status: 403 });
    expect(await snapshotDb()).toBe(before);
  });

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
    const res = await admin(url(), { method, token, body });
    expect(res.status).toBe(401);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer /);
    expect(await res.json()).toMatchObject({ type: '/problems/unauthorized', status: 401 });
    expect(await snapshotDb()).toBe(before);
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
        new Request(`${BASE}${url()}`, { method, headers, body: body && JSON.stringify(body) }),
        { ...env, DB: env.EMPTY_DB },
        ctx,
      );
      await waitOnExecutionContext(ctx);
      expect(res.status, authorization).toBe(401);
    }
  });
});

describe('switching review (a PATCH of an incident or ceasefire, by its body)', () => {
  it.each(EDITOR_ROLES.flatMap((role) => (['incidents', 'ceasefires'] as const).map((kind) => [role, kind] as const)))(
    'as %s on %s: desk editors and admins only, else 403 with nothing changed',
    async (role, kind) => {
      const { token } = await addEditor(undefined, { role });
      const slug = kind === 'incidents' ? SEED.incidentSlug : SEED.ceasefireSlug;
      const before = await snapshotDb();
      const on = await admin(`/api/v1/admin/${kind}/${slug}`, { method: 'PATCH', token, body: { review: 'required' } });
      if (!allows(role, 'desk')) {
        expect(on.status).toBe(403);
        expect(await snapshotDb()).toBe(before);
        return;
      }
      expect(on.status).toBe(200);
      expect(((await on.json()) as { review: string }).review).toBe('required');
      // Switching it off is held for another desk editor (tests/worker/admin-review.test.ts), who approves it.
      const off = await admin(`/api/v1/admin/${kind}/${slug}`, { method: 'PATCH', token, body: { review: 'off' } });
      expect(off.status).toBe(202);
      const { id } = (await off.json()) as { id: string };
      const second = await addEditor(undefined, { role: 'desk' });
      const approved = await admin(`/api/v1/admin/changes/${id}/approve`, { method: 'POST', token: second.token });
      expect(approved.status).toBe(200);
      const now = await admin(`/api/v1/admin/${kind}/${slug}`, { token });
      expect(((await now.json()) as { review: string }).review).toBe('off');
    },
  );
});
