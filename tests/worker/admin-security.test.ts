/** The admin API is for editors only: no CORS, no caching, no framing, and guessing is throttled. */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateToken, hashToken } from '../../src/auth/token';
import { SEED } from '../../src/db/seed/story';
import { addEditor, admin, freshIp, snapshotDb } from './admin-helpers';
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

  it('differing in one character are refused', async () => {
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    const nearMiss = `${token.slice(0, -1)}${last}`;
    expect((await admin(INCIDENT, { token: nearMiss })).status).toBe(401);
    expect((await admin(INCIDENT, { token: `${token}A` })).status).toBe(401);
    expect((await admin(INCIDENT, { token: token.toUpperCase() })).status).toBe(401);
  });
});
