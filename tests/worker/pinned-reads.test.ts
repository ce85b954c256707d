/**
 * Bounded cache keys for reads pinned in time (src/http/pinned-reads.ts):
 * however many instants a client asks, a resource costs at most one D1 read
 * per change (plus one before its first), equivalent spellings share a key,
 * and every answer is byte for byte what the read would have been without
 * the cache (the operators' bypass reads D1 for the instant as asked).
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProblemShape } from '../../shared/contract/common';
import { ceasefireChangeInstants } from '../../shared/domain/ceasefire';
import { pinnedMoment } from '../../shared/domain/time';
import { createApp } from '../../src/app';
import { readCeasefire, readIncident } from '../../src/db/queries/recorded-reads';
import type { CeasefireRow } from '../../src/db/rows/ceasefires';
import type { IncidentRecord } from '../../src/db/rows/incidents';
import { presentCeasefire } from '../../src/presenters/ceasefire';
import { presentIncident } from '../../src/presenters/incident';
import { addEditor, adminJson, claimBody, freshCeasefire, freshIncident, freshIp } from './admin-helpers';
import { BASE, get } from './helpers';

const SECRET = 'pinned-reads-test-secret';
const app = createApp();
let token = '';

beforeAll(async () => {
  token = (await addEditor()).token;
});

type Read = { status: number; body: string; etag: string | null; xCache: string | null; roundTrips: number };

/** One request as a client makes it (`bypass`: the uncached read, straight from D1). */
async function read(path: string, { bypass = false, ip = freshIp() } = {}): Promise<Read> {
  const ctx = createExecutionContext();
  const headers: Record<string, string> = { 'CF-Connecting-IP': ip };
  if (bypass) headers['X-Cache-Bypass'] = SECRET;
  const res = await app.fetch(new Request(`${BASE}${path}`, { headers }), { ...env, CACHE_BYPASS_SECRET: SECRET }, ctx);
  const body = await res.text();
  await waitOnExecutionContext(ctx);
  const trips = /desc="(\d+) round trips?"/.exec(res.headers.get('Server-Timing') ?? '')?.[1];
  if (trips === undefined) throw new Error(`no D1 meter on ${path}`);
  return {
    status: res.status,
    body,
    etag: res.headers.get('ETag'),
    xCache: res.headers.get('X-Cache'),
    roundTrips: Number(trips),
  };
}

/** A small seeded generator, so a failing run can be repeated. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An instant spelled one of the ways `?asOf=` takes it: a bare date, UTC, or a local time with an offset. */
function spell(ms: number, pick: number): string {
  if (pick < 0.2) return new Date(ms).toISOString().slice(0, 10);
  if (pick < 0.6) return new Date(ms).toISOString();
  const [sign, minutes] = pick < 0.8 ? ['+', 180] : ['-', 330];
  const local = new Date(ms + (sign === '+' ? 1 : -1) * minutes * 60_000).toISOString().slice(0, 23);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/** An incident whose claims change on several days: added, revised (superseding one) and retracted. */
async function changingIncident(): Promise<string> {
  const { slug } = await freshIncident(token);
  const add = (body: Record<string, unknown>) =>
    adminJson<{ id: string }>(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body });
  const first = await add(claimBody({ claimedOn: '2016-09-17', low: 60, asWritten: '60' }));
  const un = { name: 'UN', kind: 'un' };
  const second = await add(claimBody({ claimedOn: '2016-09-18', low: 80, asWritten: '80', claimant: un }));
  const revised = await add(
    claimBody({ claimedOn: '2016-09-21', low: 90, asWritten: '90', claimant: un, supersedes: second.body.id }),
  );
  expect(revised.status, JSON.stringify(revised.body)).toBe(201);
  await add(claimBody({ claimedOn: '2016-09-19', metric: 'wounded', low: 12, asWritten: '12' }));
  const claim = await adminJson(`/api/v1/admin/claims/${first.body.id}`, { token });
  const retracted = await adminJson(`/api/v1/admin/claims/${first.body.id}`, {
    method: 'DELETE',
    token,
    ifMatch: claim.res.headers.get('ETag') ?? '',
  });
  expect(retracted.status).toBe(200);
  return slug;
}

/** The instants at which the incident's pinned reads can change, counted straight from D1. */
async function changesInD1(slug: string): Promise<number[]> {
  const { results } = await env.DB.prepare(
    'SELECT claimed_on, status_changed_at FROM casualty_claims WHERE incident_id = (SELECT id FROM incidents WHERE slug = ?)',
  )
    .bind(slug)
    .all<{ claimed_on: string; status_changed_at: string | null }>();
  const instants = results.flatMap((r) => [
    Date.parse(`${r.claimed_on}T00:00:00Z`),
    ...(r.status_changed_at ? [Date.parse(r.status_changed_at)] : []),
  ]);
  return [...new Set(instants)].sort((a, b) => a - b);
}

describe('reads pinned in time', () => {
  it('cost at most one D1 read per change for 1,000 random instants, each answered as D1 would', async () => {
    const slug = await changingIncident();
    const changes = await changesInD1(slug);
    expect(changes.length).toBeGreaterThanOrEqual(5);
    // The uncached answer for any instant: the route's own response for the record, read once.
    const { found, changes: log } = await readIncident(env.DB, slug);
    const record = found as IncidentRecord;
    const uncached = (asOf: string) =>
      JSON.stringify({ ...presentIncident(record, pinnedMoment(asOf)), changeCount: log.length });
    const seed = Date.now();
    const random = generator(seed);
    const from = Date.UTC(2016, 8, 10);
    const to = Date.now() + 365 * 86_400_000;
    let trips = 0;
    for (let i = 0; i < 1000; i++) {
      // Half the instants near the changes (the same day), half anywhere.
      const near = changes[Math.floor(random() * changes.length)] ?? from;
      const ms =
        random() < 0.5 ? near + Math.floor((random() - 0.5) * 86_400_000) : from + Math.floor(random() * (to - from));
      const asOf = spell(ms, random());
      const path = `/api/v1/incidents/${slug}?asOf=${encodeURIComponent(asOf)}`;
      const pinned = await read(path);
      const label = `${path} (seed ${seed})`;
      expect(pinned.status, label).toBe(200);
      expect(pinned.body, label).toBe(uncached(asOf));
      if (i % 25 === 0) {
        // And, every so often, against a real uncached read over HTTP (the operators' bypass).
        const direct = await read(path, { bypass: true });
        expect([pinned.body, pinned.etag], label).toEqual([direct.body, direct.etag]);
      }
      trips += pinned.roundTrips;
    }
    expect(trips).toBeLessThanOrEqual(changes.length + 1);
  }, 120_000);

  it('share one key between spellings of the same instant, each echoing the instant asked', async () => {
    const { slug } = await freshIncident(token);
    await adminJson(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body: claimBody() });
    const spellings = ['2016-09-18', '2016-09-18T23:59:59.999Z', '2016-09-19T02:59:59.999+03:00'];
    const reads = [];
    for (const asOf of spellings) reads.push(await read(`/api/v1/incidents/${slug}?asOf=${encodeURIComponent(asOf)}`));
    expect(reads.map((r) => [r.xCache, r.roundTrips])).toEqual([
      ['MISS', 1],
      ['HIT', 0],
      ['HIT', 0],
    ]);
    // One answer, echoing each instant in the offset it was asked in: east of UTC, the 19th stays the 19th.
    expect(reads.map((r) => JSON.parse(r.body).asOf)).toEqual([
      '2016-09-18T23:59:59.999Z',
      '2016-09-18T23:59:59.999Z',
      '2016-09-19T02:59:59.999+03:00',
    ]);
    expect(new Set(reads.map((r) => r.body.replace(/"asOf":"[^"]*"/, ''))).size).toBe(1);
    const east = `/api/v1/incidents/${slug}?asOf=${encodeURIComponent(spellings[2] ?? '')}`;
    expect(reads[2]?.body).toBe((await read(east, { bypass: true })).body);
    // Another instant of the same stretch: served from the same copy, echoing its own instant.
    const later = await read(`/api/v1/incidents/${slug}?asOf=2016-09-20T08:00:00Z`);
    expect([later.xCache, later.roundTrips]).toEqual(['HIT', 0]);
    expect(JSON.parse(later.body)).toMatchObject({ asOf: '2016-09-20T08:00:00.000Z', updatedSince: false });
    expect(later.body).toBe((await read(`/api/v1/incidents/${slug}?asOf=2016-09-20T08:00:00Z`, { bypass: true })).body);
  });

  it('show an editor’s change at once: the write purges the timeline the keys come from', async () => {
    const { slug } = await freshIncident(token);
    await adminJson(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body: claimBody() });
    const path = `/api/v1/incidents/${slug}?asOf=2016-09-25`;
    const before = await read(path);
    expect(JSON.parse(before.body).claims).toHaveLength(1);
    expect((await read(`/api/v1/incidents/${slug}?asOf=2016-09-17T12:00:00Z`)).xCache).toBe('HIT');
    const added = await adminJson(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody({ claimedOn: '2016-09-22', claimant: { name: 'UN', kind: 'un' }, low: 70, asWritten: '70' }),
    });
    expect(added.status).toBe(201);
    const after = await read(path);
    expect(after.xCache).toBe('MISS');
    expect(JSON.parse(after.body).claims).toHaveLength(2);
    // An earlier instant now has something newer to point to.
    const earlier = await read(`/api/v1/incidents/${slug}?asOf=2016-09-17T12:00:00Z`);
    expect(JSON.parse(earlier.body)).toMatchObject({ updatedSince: true });
    expect(earlier.body).toBe(
      (await read(`/api/v1/incidents/${slug}?asOf=2016-09-17T12:00:00Z`, { bypass: true })).body,
    );
  });

  it('bound a ceasefire too, including every instant before it began', async () => {
    const { slug } = await freshCeasefire(token, { asOf: '2016-09-19T12:00:00+03:00' });
    const random = generator(7);
    const before = [];
    for (let i = 0; i < 20; i++) {
      const ms = Date.UTC(2016, 0, 1) + Math.floor(random() * 200 * 86_400_000);
      before.push(await read(`/api/v1/ceasefires/${slug}?asOf=${encodeURIComponent(new Date(ms).toISOString())}`));
    }
    expect(before.every((r) => r.status === 404)).toBe(true);
    expect(before.reduce((n, r) => n + r.roundTrips, 0)).toBe(1);
    expect(new Set(before.map((r) => r.body)).size).toBe(1);
    // Its changes: the start, the data's asOf, the status history, and each new day in force.
    const { found: foundRow, changes: log } = await readCeasefire(env.DB, slug);
    const row = foundRow as CeasefireRow;
    const changes = ceasefireChangeInstants(row);
    expect(changes.length).toBeGreaterThanOrEqual(8);
    let trips = 0;
    for (let i = 0; i < 200; i++) {
      const ms = Date.UTC(2016, 8, 12, 16) + Math.floor(random() * 10 * 86_400_000);
      const asOf = spell(ms, random());
      const path = `/api/v1/ceasefires/${slug}?asOf=${encodeURIComponent(asOf)}`;
      const pinned = await read(path);
      expect(pinned.body, path).toBe(
        JSON.stringify({ ...presentCeasefire(row, pinnedMoment(asOf)), changeCount: log.length }),
      );
      if (i % 25 === 0) expect(pinned.body, path).toBe((await read(path, { bypass: true })).body);
      trips += pinned.roundTrips;
    }
    expect(trips).toBeLessThanOrEqual(changes.length + 1);
  }, 60_000);

  it('leave what the route refuses to the route: an unreadable or repeated asOf is a 400, never a cached answer', async () => {
    const { slug } = await freshIncident(token);
    await read(`/api/v1/incidents/${slug}?asOf=2016-09-18`);
    for (const query of ['asOf=yesterday', 'asOf=2016-09-18&asOf=2016-09-19', 'asOf=2016-09-18T10:00']) {
      const res = await read(`/api/v1/incidents/${slug}?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.roundTrips, query).toBe(0);
    }
    // An offset's + unescaped reads as a space: the problem says how to write it.
    const plus = await get(`/api/v1/incidents/${slug}?asOf=2016-09-12T19:00:00+03:00`);
    expect(plus.status).toBe(400);
    expect(((await plus.json()) as ProblemShape).errors?.[0]?.message).toMatch(/write \+ as %2B/);
  });
});
