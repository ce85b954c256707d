/** The admin API is for editors only: no CORS, no caching, no framing, and guessing is throttled. */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { generateToken, hashToken } from '../../src/auth/token';
import { SEED } from '../../src/db/seed/story';
import { addEditor, admin, freshIncident, freshIp, revokeEditor, snapshotDb, unique } from './admin-helpers';
import { BASE, get, seedStory } from './helpers';

let token = '';

beforeAll(async () => {
  await seedStory();
  token = (await addEditor()).token;
});

const INCIDENT = `/api/v1/admin/incidents/${SEED.incidentSlug}`;

function expectLockedDown(res: Response, label: string) {
  expect(res.headers.get('Cache-Control'), label).toBe('no-store');
  const csp = res.headers.get('Content-Security-Policy') ?? '';
  expect(csp, label).toContain("frame-ancestors 'none'");
  expect(csp, label).toContain("default-src 'none'");
  expect(csp, label).not.toContain('unsafe-inline');
  expect(res.headers.get('X-Frame-Options'), label).toBe('DENY');
  expect(res.headers.get('Cross-Origin-Resource-Policy'), label).toBe('same-origin');
  expect(res.headers.get('Access-Control-Allow-Origin'), label).toBeNull();
}

describe('admin responses', () => {
  it('are no-store, unframeable, under a strict CSP, whatever the outcome', async () => {
    const origin = { Origin: 'https://news.example' };
    expectLockedDown(await admin(INCIDENT, { token, headers: origin }), '200');
    expectLockedDown(await admin(INCIDENT, { headers: origin }), '401');
    expectLockedDown(await admin('/api/v1/admin/incidents/Bad_Slug', { token, headers: origin }), '400');
    expectLockedDown(await admin('/api/v1/admin/nothing-here', { token, headers: origin }), '404');
    expectLockedDown(await admin(INCIDENT, { method: 'PATCH', token, body: { title: 'x' } }), '428');
  });

  it('grant no CORS preflight', async () => {
    const res = await admin('/api/v1/admin/incidents', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://news.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(res.headers.get('Access-Control-Allow-Methods')).toBeNull();
    expect(res.headers.get('Access-Control-Allow-Headers')).toBeNull();
  });

  it('leave the public reads’ CORS as it was', async () => {
    const res = await get(`/api/v1/incidents/${SEED.incidentSlug}`, { headers: { Origin: 'https://news.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });
});

describe('writes from another site', () => {
  it('are refused (403) before anything is done, reads are not; the page’s own origin and scripts write', async () => {
    const before = await snapshotDb();
    const write = (headers: Record<string, string>) =>
      admin(`/api/v1/admin/audit/999999999/revert`, { method: 'POST', token, headers });
    for (const headers of <Record<string, string>[]>[
      // A form another site posts (no body to hold to JSON), as a signed-in editor's browser sends it.
      { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
      { Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'same-site' },
    ]) {
      const res = await write(headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    }
    expect(await snapshotDb()).toBe(before);
    const read = await admin(INCIDENT, {
      token,
      headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(read.status).toBe(200);
    // The /admin page (its own origin) and a script (neither header) get to the write itself: here, no such entry.
    for (const headers of <Record<string, string>[]>[{ Origin: BASE, 'Sec-Fetch-Site': 'same-origin' }, {}]) {
      expect((await write(headers)).status, JSON.stringify(headers)).toBe(404);
    }
  });
});

describe('GET /admin', () => {
  it('is served no-store, never framed, under a CSP that allows only its own scripts', async () => {
    const res = await get('/admin');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
  });
});

describe('failed authentication', () => {
  it('is rate-limited per client IP: 429 with Retry-After after 10 failures in a minute', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await admin(INCIDENT, { token: generateToken(), ip })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const limited = await admin(INCIDENT, { ip });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(await limited.json()).toMatchObject({ type: '/problems/rate-limited', status: 429 });
    // Another client is unaffected, and only failures count: the editor's own valid token still works.
    expect((await admin(INCIDENT, { token: generateToken(), ip: freshIp() })).status).toBe(401);
    expect((await admin(INCIDENT, { token, ip })).status).toBe(200);
  });

  it('does not count successful requests', async () => {
    const ip = freshIp();
    for (let i = 0; i < 15; i++) expect((await admin(INCIDENT, { token, ip })).status).toBe(200);
    expect((await admin(INCIDENT, { ip })).status).toBe(401);
  });
});

describe('tokens', () => {
  it('are stored only as SHA-256 hashes', async () => {
    const editor = await addEditor();
    const row = await env.DB.prepare('SELECT * FROM editors WHERE id = ?')
      .bind(editor.id)
      .first<Record<string, string>>();
    expect(row?.token_hash).toBe(await hashToken(editor.token));
    expect(row?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.values(row ?? {})).not.toContain(editor.token);
  });

  it('are retired for good by revoking: restored through the API, the account signs in with single sign-on only', async () => {
    const leaving = await addEditor(undefined, { role: 'editor', email: `${unique('leaving')}@newsroom.example` });
    const me = (t: string) => admin('/api/v1/admin/me', { token: t });
    const patch = (body: unknown) => admin(`/api/v1/admin/editors/${leaving.id}`, { method: 'PATCH', token, body });
    expect((await me(leaving.token)).status).toBe(200);
    expect((await patch({ active: false })).status).toBe(200);
    expect((await me(leaving.token)).status).toBe(401);
    const restored = await patch({ active: true });
    expect(restored.status).toBe(200);
    expect(await restored.json()).toMatchObject({ revokedAt: null, email: leaving.email });
    // The old token, which may be why the account was revoked, stays dead; a new one is the CLI's `rotate` to give.
    const res = await me(leaving.token);
    expect(res.status).toBe(401);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const row = await env.DB.prepare('SELECT token_hash AS hash, revoked_at AS revokedAt FROM editors WHERE id = ?')
      .bind(leaving.id)
      .first<{ hash: string; revokedAt: string | null }>();
    expect(row?.revokedAt).toBeNull();
    expect(row?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.hash).not.toBe(await hashToken(leaving.token));
  });

  it('stay dead when an account revoked by other means (SQL of one’s own) is restored through the API', async () => {
    const leaving = await addEditor(undefined, { role: 'editor' });
    await revokeEditor(leaving.id);
    const restored = await admin(`/api/v1/admin/editors/${leaving.id}`, {
      method: 'PATCH',
      token,
      body: { active: true },
    });
    expect(restored.status).toBe(200);
    expect((await admin('/api/v1/admin/me', { token: leaving.token })).status).toBe(401);
  });

  it('differing in one character are refused', async () => {
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    const nearMiss = `${token.slice(0, -1)}${last}`;
    expect((await admin(INCIDENT, { token: nearMiss })).status).toBe(401);
    expect((await admin(INCIDENT, { token: `${token}A` })).status).toBe(401);
    expect((await admin(INCIDENT, { token: token.toUpperCase() })).status).toBe(401);
  });
});

describe('the history of editors’ accounts (their e-mails and roles)', () => {
  it('is an admin’s to read, as their list is: below admin, asking for it is 403, and other lists leave it out', async () => {
    // A story and an account made just now: their entries are the newest.
    const story = await freshIncident(token);
    const email = `${unique('account')}@newsroom.example`;
    const made = await admin('/api/v1/admin/editors', {
      method: 'POST',
      token,
      body: { name: unique('Account'), email, role: 'desk' },
    });
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: string };
    expect(
      (await admin(`/api/v1/admin/editors/${id}`, { method: 'PATCH', token, body: { active: false } })).status,
    ).toBe(200);
    type Page = { data: { entity: { type: string; key: string } }[] };
    const read = async (t: string, query = '') => {
      const res = await admin(`/api/v1/admin/audit?limit=100${query}`, { token: t });
      return { status: res.status, type: res.headers.get('Content-Type'), body: (await res.json()) as Page };
    };
    const asAdmin = await read(token);
    expect(asAdmin.body.data.filter((e) => e.entity.type === 'editor' && e.entity.key === id)).toHaveLength(2);
    expect((await read(token, `&entity=editor:${id}`)).body.data).toHaveLength(2);

    for (const role of ['editor', 'desk'] as const) {
      const below = (await addEditor(undefined, { role })).token;
      for (const entity of ['editor', `editor:${id}`]) {
        const refused = await read(below, `&entity=${entity}`);
        expect(refused.status, `${role} ${entity}`).toBe(403);
        expect(refused.type).toBe('application/problem+json');
        expect(refused.body).toMatchObject({ type: '/problems/forbidden', status: 403 });
        expect(JSON.stringify(refused.body)).not.toContain(email);
      }
      const unfiltered = await read(below);
      expect(unfiltered.status).toBe(200);
      expect(unfiltered.body.data).toContainEqual(
        expect.objectContaining({ entity: { type: 'incident', key: story.slug } }),
      );
      expect(unfiltered.body.data.filter((e) => e.entity.type === 'editor')).toEqual([]);
      expect(JSON.stringify(unfiltered.body)).not.toContain(email);
    }
  });
});

describe('a mistake in single sign-on’s settings (ACCESS_TEAM_DOMAIN not https)', () => {
  const misconfigured = { ACCESS_TEAM_DOMAIN: 'http://team.example', ACCESS_AUD: 'an-aud-tag' };
  const call = async (path: string, headers: Record<string, string>) => {
    const ctx = createExecutionContext();
    const res = await createApp().fetch(
      new Request(`${BASE}${path}`, { headers: { 'CF-Connecting-IP': freshIp(), ...headers } }),
      { ...env, ...misconfigured },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    return res;
  };

  it('leaves bearer tokens working, the /admin page asking for one, and answers an Access sign-in saying what is wrong', async () => {
    expect((await call('/api/v1/admin/me', { Authorization: `Bearer ${token}` })).status).toBe(200);
    // Sent through Access as well, a bearer token is judged alone (scripts behind Access).
    const both = await call('/api/v1/admin/me', {
      Authorization: `Bearer ${token}`,
      'Cf-Access-Jwt-Assertion': 'x.y.z',
    });
    expect(both.status).toBe(200);
    const none = await call('/api/v1/admin/me', {});
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ detail: expect.stringMatching(/single sign-on/) });
    const page = await call('/admin', { 'Cf-Access-Jwt-Assertion': 'x.y.z' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<editor-app>');

    const sso = await call('/api/v1/admin/me', { 'Cf-Access-Jwt-Assertion': 'x.y.z' });
    expect(sso.status).toBe(500);
    expect(sso.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await sso.json()).toMatchObject({
      type: '/problems/internal',
      status: 500,
      detail: expect.stringMatching(/ACCESS_TEAM_DOMAIN.*Authorization: Bearer/),
    });
  });
});
