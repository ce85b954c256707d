/**
 * Single sign-on through Cloudflare Access, against a team key set served on
 * a loopback port from RSA keys made for the run (tests/access/): a valid
 * Access token admits the editor with its e-mail; expired, wrong audience,
 * wrong issuer, unknown key, tampered and `alg: none` tokens are 401; an
 * e-mail no editor has is 403 and creates nobody; bearer tokens keep
 * working; keys are cached and refetched on an unknown key id at most once
 * a minute.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, inject, it, onTestFinished, vi } from 'vitest';
import { createApp } from '../../src/app';
import { accessToken, TEST_AUD } from '../access/keys';
import { addEditor, freshIp, revokeEditor, snapshotDb, unique } from './admin-helpers';
import { BASE, seedStory } from './helpers';

const keys = inject('accessKeys');
const ACCESS = { ACCESS_TEAM_DOMAIN: keys.teamDomain, ACCESS_AUD: TEST_AUD };
const ME = '/api/v1/admin/me';
const app = createApp();

beforeAll(seedStory);
afterEach(() => {
  vi.useRealTimers();
});

async function call(
  path: string,
  headers: Record<string, string>,
  vars: Record<string, string | undefined> = ACCESS,
): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(
    new Request(`${BASE}${path}`, { headers: { 'CF-Connecting-IP': freshIp(), ...headers } }),
    { ...env, ...vars },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

const withJwt = (jwt: string) => ({ 'Cf-Access-Jwt-Assertion': jwt });

async function keyFetches(): Promise<number> {
  return ((await (await fetch(`${keys.teamDomain}/stats`)).json()) as { fetches: number }).fetches;
}

function base64url(value: unknown): string {
  return btoa(JSON.stringify(value)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

async function editorWithEmail(role: 'editor' | 'desk' | 'admin' = 'editor') {
  const email = `${unique('sso')}@newsroom.example`;
  return { ...(await addEditor(undefined, { role, email })), email };
}

describe('an Access token', () => {
  it('admits the editor whose e-mail it carries (matched without regard to case), with no bearer token', async () => {
    const editor = await editorWithEmail('desk');
    const res = await call(ME, withJwt(await accessToken(keys, { email: editor.email.toUpperCase() })));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      name: editor.name,
      role: 'desk',
      email: editor.email,
      signedInWith: 'access',
    });
    const list = await call('/api/v1/admin/incidents', withJwt(await accessToken(keys, { email: editor.email })));
    expect(list.status).toBe(200);
  });

  it.each([
    [
      'expired',
      async (email: string) => accessToken(keys, { email }, { expiresIn: Math.floor(Date.now() / 1000) - 60 }),
    ],
    [
      'for another application (wrong audience)',
      async (email: string) => accessToken(keys, { email }, { audience: 'another-aud' }),
    ],
    [
      'from another team (wrong issuer)',
      async (email: string) => accessToken(keys, { email }, { issuer: 'https://another-team.cloudflareaccess.com' }),
    ],
    [
      'signed with a key the team never published',
      async (email: string) => accessToken(keys, { email }, { key: keys.stranger }),
    ],
    [
      'tampered with (another e-mail under the same signature)',
      async (email: string) => {
        const [header, , signature] = (await accessToken(keys, { email: 'someone@newsroom.example' })).split('.');
        const payload = base64url({ email, aud: [TEST_AUD], iss: keys.teamDomain, exp: Date.now() / 1000 + 3600 });
        return `${header}.${payload}.${signature}`;
      },
    ],
    [
      'unsigned (alg: none)',
      async (email: string) =>
        `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ email, aud: [TEST_AUD], iss: keys.teamDomain, exp: Math.floor(Date.now() / 1000) + 3600 })}.`,
    ],
    ['not a token at all', async () => 'not.a.token'],
  ])('is refused with 401 when %s, changing nothing', async (_, make) => {
    const editor = await editorWithEmail();
    const before = await snapshotDb();
    const res = await call(ME, withJwt(await make(editor.email)));
    expect(res.status).toBe(401);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer /);
    const body = (await res.json()) as { type: string; detail: string };
    expect(body.type).toBe('/problems/unauthorized');
    expect(body.detail).toMatch(/single sign-on token was refused/);
    expect(await snapshotDb()).toBe(before);
  });

  it('with an e-mail no editor has is 403, and no editor is created', async () => {
    const before = await snapshotDb();
    const res = await call(ME, withJwt(await accessToken(keys, { email: 'stranger@newsroom.example' })));
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({
      type: '/problems/forbidden',
      detail: expect.stringMatching(/not an editor/),
    });
    expect(await snapshotDb()).toBe(before);
  });

  it('of a revoked editor is 403', async () => {
    const editor = await editorWithEmail();
    await revokeEditor(editor.id);
    expect((await call(ME, withJwt(await accessToken(keys, { email: editor.email })))).status).toBe(403);
  });

  it('naming no person (a service token) is 403 unless a bearer token comes with it', async () => {
    const service = await accessToken(keys, { common_name: 'ci.access' });
    expect((await call(ME, withJwt(service))).status).toBe(403);
    const editor = await addEditor();
    const res = await call(ME, { ...withJwt(service), Authorization: `Bearer ${editor.token}` });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: editor.name, signedInWith: 'token' });
  });

  it('is ignored when Access is not configured: only a bearer token admits', async () => {
    const editor = await editorWithEmail();
    const jwt = await accessToken(keys, { email: editor.email });
    expect((await call(ME, withJwt(jwt), { ACCESS_TEAM_DOMAIN: undefined, ACCESS_AUD: undefined })).status).toBe(401);
    expect((await call(ME, withJwt(jwt), { ...ACCESS, ACCESS_AUD: undefined })).status).toBe(401);
  });
});

describe('bearer tokens behind Access', () => {
  it('keep working for scripts and the CLI; without either credential it is 401 naming both', async () => {
    const editor = await addEditor();
    const res = await call(ME, { Authorization: `Bearer ${editor.token}` });
    expect(res.status).toBe(200);
    const none = await call(ME, {});
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ detail: expect.stringMatching(/single sign-on.*Bearer/) });
  });
});

describe('the team’s keys', () => {
  it('are cached, and fetched again for an unknown key id at most once a minute', async () => {
    const editor = await editorWithEmail();
    vi.useFakeTimers({ toFake: ['Date'] });
    // A day on: whatever an earlier test cached is stale, so the first request fetches.
    const start = Date.now() + 86_400_000;
    vi.setSystemTime(start);
    const before = await keyFetches();
    for (let i = 0; i < 3; i++) {
      expect((await call(ME, withJwt(await accessToken(keys, { email: editor.email })))).status).toBe(200);
    }
    expect(await keyFetches()).toBe(before + 1);

    // Access rotates: the next key is published. Within the minute, a token signed with it is not yet known…
    await fetch(`${keys.teamDomain}/rotate`, { method: 'POST' });
    vi.setSystemTime(start + 10_000);
    const rotated = () => accessToken(keys, { email: editor.email }, { key: keys.next });
    expect((await call(ME, withJwt(await rotated()))).status).toBe(401);
    // …and made-up key ids cannot make the Worker fetch again.
    for (let i = 0; i < 20; i++) {
      const forged = await accessToken(
        keys,
        { email: editor.email },
        { key: { ...keys.stranger, kid: crypto.randomUUID() } },
      );
      expect((await call(ME, withJwt(forged))).status).toBe(401);
    }
    expect(await keyFetches()).toBe(before + 1);

    // A minute after the last fetch, the unknown key id is looked up once, and the new key works.
    vi.setSystemTime(start + 61_000);
    expect((await call(ME, withJwt(await rotated()))).status).toBe(200);
    expect(await keyFetches()).toBe(before + 2);
    vi.setSystemTime(start + 70_000);
    const stranger = await accessToken(keys, { email: editor.email }, { key: keys.stranger });
    expect((await call(ME, withJwt(stranger))).status).toBe(401);
    // The current key still works alongside the next, from the cache.
    expect((await call(ME, withJwt(await accessToken(keys, { email: editor.email })))).status).toBe(200);
    expect(await keyFetches()).toBe(before + 2);
  });

  it('are kept while the team domain cannot be reached, which is asked again at most once a minute', async () => {
    const editor = await editorWithEmail();
    const signIn = async () => (await call(ME, withJwt(await accessToken(keys, { email: editor.email })))).status;
    vi.useFakeTimers({ toFake: ['Date'] });
    // Two days on: whatever an earlier test cached is stale.
    const start = Date.now() + 2 * 86_400_000;
    vi.setSystemTime(start);
    expect(await signIn()).toBe(200);
    const fetched = await keyFetches();
    await fetch(`${keys.teamDomain}/outage`, { method: 'POST' });
    onTestFinished(async () => {
      await fetch(`${keys.teamDomain}/recover`, { method: 'POST' });
    });
    // Past the keys' ten minutes: the refresh fails, and the keys fetched before still sign the editor in…
    vi.setSystemTime(start + 11 * 60_000);
    for (let i = 0; i < 5; i++) expect(await signIn()).toBe(200);
    expect(await keyFetches()).toBe(fetched + 1);
    // …the team domain asked again only a minute after the last try.
    vi.setSystemTime(start + 11 * 60_000 + 30_000);
    expect(await signIn()).toBe(200);
    expect(await keyFetches()).toBe(fetched + 1);
    vi.setSystemTime(start + 12 * 60_000 + 1_000);
    expect(await signIn()).toBe(200);
    expect(await keyFetches()).toBe(fetched + 2);
  });

  it('answer 503, not 401, when the team domain cannot be reached', async () => {
    const editor = await editorWithEmail();
    const res = await call(ME, withJwt(await accessToken(keys, { email: editor.email })), {
      ACCESS_TEAM_DOMAIN: 'http://127.0.0.1:9',
      ACCESS_AUD: TEST_AUD,
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toBe('5');
  });
});
