/**
 * With D1 failing (every round trip refused, or never answered), the Worker
 * degrades the way a reader and an editor can live with: cached public
 * reads are served stale, uncached ones are 503 problem+json with
 * Retry-After, /health says D1 is unreachable, and an admin write fails
 * whole. No error body carries a stack trace or SQL.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { FAILURE_WINDOW_SECONDS } from '../../src/auth/rate-limit';
import { cacheKey } from '../../src/http/cache-keys';
import { budgetKeyOf } from '../../src/http/client-address';
import { dropHot } from '../../src/http/hot-copies';
import { timelineKey, unpinnedUrl } from '../../src/http/pinned-reads';
import {
  addEditor,
  admin,
  adminRequest,
  claimBody,
  freshCeasefire,
  freshIncident,
  snapshotDb,
  unique,
} from './admin-helpers';
import { REQUESTED_ROUTES, WRITE_ROUTES, writeFor } from './admin-write-requests';
import { answerLostD1, callWith, countingD1, FAULTS, fetchWith, rollingBackD1 } from './faulty-d1';
import { BASE, internalsIn, seedStory } from './helpers';

let token = '';
/** An editor whose held changes the admin (`token`) approves or rejects. */
let proposer = '';

beforeAll(async () => {
  await seedStory();
  token = (await addEditor()).token;
  proposer = (await addEditor(undefined, { role: 'editor' })).token;
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

/**
 * How many failed sign-ins the `AUTH_FAILURES` binding still allows `ip` (src/auth/rate-limit.ts counts them under
 * `auth:<address>`), spending them all as the app would.
 */
async function failuresLeft(ip: string): Promise<number> {
  let allowed = 0;
  while ((await env.AUTH_FAILURES.limit({ key: `auth:${budgetKeyOf(ip)}` })).success) {
    allowed += 1;
    if (allowed > 1000) throw new Error('the binding never refused');
  }
  return allowed;
}

/** A client address of its own: a random /64 of the documentation prefix, which no other test's address shares. */
function ownAddress(): string {
  const [a = 0, b = 0] = crypto.getRandomValues(new Uint16Array(2));
  return `2001:db8:${a.toString(16)}:${b.toString(16)}::1`;
}

/**
 * What `run` read, from a run that fell in one window of the binding, which counts in fixed windows of
 * `FAILURE_WINDOW_SECONDS` aligned to the clock: a run that straddles two is tried again, with new addresses.
 */
async function inOneFailureWindow<T>(run: () => Promise<T>): Promise<T> {
  const windowOf = () => Math.floor(Date.now() / (FAILURE_WINDOW_SECONDS * 1000));
  for (let tries = 0; tries < 3; tries++) {
    const started = windowOf();
    const read = await run();
    if (windowOf() === started) return read;
  }
  throw new Error('three runs straddled a window');
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
    const left = await inOneFailureWindow(async () => {
      // Addresses of this run's own: the one calling during the outage, and one whose sign-in fails with D1 working.
      const [during, refused] = [ownAddress(), ownAddress()];
      const before = await snapshotDb();
      const post = await callWith(faultyD1(), `/api/v1/admin/incidents/${slug}/claims`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'CF-Connecting-IP': during },
        body: JSON.stringify(claimBody()),
      });
      await expectUnavailable(post.res, post.text, 'POST claim');
      expect(await snapshotDb()).toBe(before);
      // What a failed sign-in costs, on the same binding and key: the count this test reads is the one the app keeps.
      const wrong = await callWith(env.DB as D1Database, '/api/v1/admin/audit?limit=1', {
        headers: { Authorization: 'Bearer not-a-token', 'CF-Connecting-IP': refused },
      });
      expect(wrong.res.status).toBe(401);
      const allowance = await failuresLeft(ownAddress());
      return { allowance, during: await failuresLeft(during), refused: await failuresLeft(refused) };
    });
    // The outage cost the caller none of its allowance; the refused sign-in cost its one.
    expect(left.allowance).toBeGreaterThan(1);
    expect(left).toEqual({ allowance: left.allowance, during: left.allowance, refused: left.allowance - 1 });
  });
});

describe.each(WRITE_ROUTES.filter((route) => REQUESTED_ROUTES.includes(route)))(
  'with D1 failing as a write is committed: %s',
  (route) => {
    it('D1 rolls back all the write did and the answer is 503; with D1 working, the write is that one batch', async () => {
      const write = await writeFor(route, { token, proposer });
      const request = () => adminRequest(write.path, { method: write.method, token, ...write.call });
      const before = await snapshotDb();
      const fault = rollingBackD1();
      const failed = await fetchWith(fault.binding, request());
      await expectUnavailable(failed.res, failed.text, route);
      // The write reached D1 as a batch and ran there, and D1 rolled it back: nothing was written, in it or outside it.
      expect(fault.batches(), route).toBe(1);
      expect(await snapshotDb(), route).toBe(before);
      // The same request with D1 working is written, in one batch: so a failure anywhere in it leaves nothing.
      const working = countingD1();
      const done = await fetchWith(working.binding, request());
      expect(done.res.status, done.text).toBeLessThan(300);
      expect(working.batches(), route).toBe(1);
      expect(await snapshotDb(), route).not.toBe(before);
    });
  },
);

describe('with D1 losing its answer after a write committed', () => {
  it('says 503, and a retry with the same Idempotency-Key answers with what landed instead of writing it again', async () => {
    const { slug } = await freshCeasefire(token);
    const path = `/api/v1/admin/ceasefires/${slug}/tallies`;
    const key = unique('lost-answer');
    const body = { claimant: null, count: 4, qualifier: 'exact', asWritten: unique('4'), reportedOn: '2016-09-13' };
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': key };
    const before = await snapshotDb();
    const fault = answerLostD1();
    const lost = await callWith(fault.binding, path, { method: 'POST', headers, body: JSON.stringify(body) });
    await expectUnavailable(lost.res, lost.text, 'POST tally');
    expect(fault.batches()).toBe(1);
    // The editor was told it failed, but it landed: D1 committed before the answer was lost.
    expect(await snapshotDb()).not.toBe(before);
    const retry = await admin(path, { method: 'POST', token, body, headers: { 'Idempotency-Key': key } });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    const read = await admin(`/api/v1/admin/ceasefires/${slug}`, { token });
    const tallies = ((await read.json()) as { tallies: { asWritten: string }[] }).tallies;
    expect(tallies.filter((t) => t.asWritten === body.asWritten)).toHaveLength(1);
  });
});
