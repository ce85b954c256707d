/**
 * With D1 failing (every round trip refused, or never answered), the Worker
 * degrades the way a reader and an editor can live with: cached public
 * reads are served stale, uncached ones are 503 problem+json with
 * Retry-After, /health says D1 is unreachable, and an admin write fails
 * whole. No error body carries a stack trace or SQL.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/http/cache';
import { dropHot } from '../../src/http/hot-copies';
import { timelineKey, unpinnedUrl } from '../../src/http/pinned-reads';
import { addEditor, admin, claimBody, freshCeasefire, freshIncident, snapshotDb, unique } from './admin-helpers';
import { batchFailingD1, callWith, FAULTS } from './faulty-d1';
import { BASE, internalsIn, seedStory } from './helpers';

let token = '';

beforeAll(async () => {
  await seedStory();
  token = (await addEditor()).token;
});

/** The public reads of a fresh incident, ceasefire and article: nothing else has cached them. */
async function freshReads(): Promise<string[]> {
  const incident = await freshIncident(token);
  const ceasefire = await freshCeasefire(token);
  return [
    `/api/v1/incidents/${incident.slug}`,
    `/api/v1/incidents/${incident.slug}?asOf=2016-09-18`,
    `/api/v1/ceasefires/${ceasefire.slug}`,
    `/api/v1/articles/${incident.articleSlug}`,
    `/api/v1/articles?section=${unique('section')}`,
    `/embed/casualty-claims/${incident.slug}`,
    `/embed/ceasefire-gauge/${ceasefire.slug}?lang=es`,
  ];
}

/**
 * Makes the cached copy of `path` look `ageMs` old: past the point where it
 * is served without asking D1. A pinned read's copy is as old as the
 * timeline it is found by (src/http/pinned-reads.ts).
 */
async function age(path: string, ageMs: number): Promise<void> {
  const cache = await caches.open('public-reads');
  const url = `${BASE}${path}`;
  const keys = [cacheKey(url), timelineKey(cacheKey(unpinnedUrl(url)).url)];
  let aged = 0;
  for (const key of keys) {
    const copy = await cache.match(key);
    if (!copy) continue;
    const older = new Response(copy.body, copy);
    older.headers.set('x-edge-stored-at', String(Date.now() - ageMs));
    await cache.put(key, older);
    aged += 1;
    // This isolate's in-memory copy of the fresh read would answer for another second: let that second pass.
    dropHot([key.url]);
  }
  if (aged === 0) throw new Error(`${path} was not cached`);
}

async function expectUnavailable(res: Response, text: string, label: string) {
  expect(res.status, label).toBe(503);
  expect(res.headers.get('Content-Type'), label).toBe('application/problem+json');
  expect(res.headers.get('Retry-After'), label).toMatch(/^\d+$/);
  expect(JSON.parse(text), label).toMatchObject({ type: '/problems/unavailable', status: 503 });
  expect(internalsIn(text), label).toEqual([]);
}

describe.each(Object.entries(FAULTS))('with D1 %s', (_, faultyD1) => {
  it('serves cached public reads stale, as they were, for as long as the cache keeps them', async () => {
    for (const path of await freshReads()) {
      const fresh = await callWith(env.DB as D1Database, path);
      expect(fresh.res.status, path).toBe(200);
      // Past the ten minutes of stale-while-revalidate: now only stale-if-error may serve it.
      await age(path, 60 * 60_000);
      const { res, text } = await callWith(faultyD1(), path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('X-Cache'), path).toBe('STALE');
      expect(res.headers.get('Cache-Control'), path).toContain('stale-if-error');
      expect(res.headers.get('Retry-After'), path).toBeNull();
      expect(text, path).toBe(fresh.text);
    }
  });

  it('answers uncached public reads with 503 problem+json and Retry-After', async () => {
    const paths = [...(await freshReads()), '/', '/api/v1/incidents/no-such-incident'];
    for (const path of paths) {
      const { res, text } = await callWith(faultyD1(), path);
      await expectUnavailable(res, text, path);
    }
  });

  it('says so on /health, while /health/live stays up', async () => {
    const health = await callWith(faultyD1(), '/health');
    expect(health.res.status).toBe(503);
    expect(health.res.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(JSON.parse(health.text)).toMatchObject({ status: 'degraded', d1: 'unreachable' });
    expect(internalsIn(health.text)).toEqual([]);
    const live = await callWith(faultyD1(), '/health/live');
    expect(live.res.status).toBe(200);
  });

  it('refuses admin calls with 503, writing nothing and counting no failed sign-in', async () => {
    const { slug } = await freshIncident(token);
    const before = await snapshotDb();
    const post = await callWith(faultyD1(), `/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'CF-Connecting-IP': '10.9.9.9' },
      body: JSON.stringify(claimBody()),
    });
    await expectUnavailable(post.res, post.text, 'POST claim');
    expect(await snapshotDb()).toBe(before);
  });
});

describe('with D1 failing as a write is committed', () => {
  it('leaves the database as it was for every kind of admin write, and says 503', async () => {
    const incident = await freshIncident(token);
    const ceasefire = await freshCeasefire(token);
    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const writes: [string, string, unknown, string?][] = [
      ['POST', `/api/v1/admin/incidents/${incident.slug}/claims`, claimBody()],
      ['PATCH', `/api/v1/admin/incidents/${incident.slug}`, { title: 'Never saved' }, incident.etag],
      ['PATCH', `/api/v1/admin/ceasefires/${ceasefire.slug}`, { status: 'strained' }, ceasefire.etag],
      [
        'POST',
        `/api/v1/admin/ceasefires/${ceasefire.slug}/tallies`,
        { claimant: null, count: 3, qualifier: 'exact', asWritten: '3', reportedOn: '2016-09-13' },
      ],
      [
        'POST',
        '/api/v1/admin/incidents',
        { slug: unique('never'), title: 'Never', occurredOn: '2016-09-17', placeName: 'Nowhere' },
      ],
    ];
    for (const [method, path, body, etag] of writes) {
      const before = await snapshotDb();
      const headers: Record<string, string> = { ...auth, ...(etag ? { 'If-Match': etag } : {}) };
      const { res, text } = await callWith(batchFailingD1(), path, { method, headers, body: JSON.stringify(body) });
      await expectUnavailable(res, text, `${method} ${path}`);
      expect(await snapshotDb(), `${method} ${path}`).toBe(before);
    }
    // The same writes go through once D1 is back: the refusals were D1's, not the requests'.
    const retry = await admin(`/api/v1/admin/incidents/${incident.slug}`, {
      method: 'PATCH',
      token,
      ifMatch: incident.etag,
      body: { title: 'Saved' },
    });
    expect(retry.status).toBe(200);
  });
});
