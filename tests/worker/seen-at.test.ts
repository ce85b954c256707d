/**
 * Recorded time: every write recorded at one instant of its own, and reads
 * `?seenAt=` showing exactly what the API served then (the property test
 * over random writes is seen-at.property.test.ts).
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createApp } from '../../src/app';
import { meterD1 } from '../../src/db/meter';
import { SEED } from '../../src/db/seed/story';
import { IMMUTABLE_CACHE_CONTROL } from '../../src/http/recorded-reads';
import { addEditor, admin, adminJson, claimBody, freshCeasefire, freshIncident } from './admin-helpers';
import { BASE, get, getJson, seedStory } from './helpers';

let token: string;
beforeAll(async () => {
  await seedStory();
  token = (await addEditor()).token;
});

/** The instant of the latest write: the write clock (src/db/recorded-time.ts). */
async function lastRecorded(): Promise<number> {
  const row = await env.DB.prepare('SELECT at FROM write_clock WHERE id = 1').first<{ at: number }>();
  return Number(row?.at);
}

/** A response body without the fields that echo what was asked. */
function withoutEchoes(body: Record<string, unknown>): Record<string, unknown> {
  const { seenAt: _, ...rest } = body;
  return rest;
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('recorded time', () => {
  it('records every row a write changes at one instant, and each write at a later one', async () => {
    const { slug } = await freshIncident(token);
    const afterCreate = await lastRecorded();
    const claim = await adminJson<{ id: string }>(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody(),
    });
    expect(claim.status).toBe(201);
    const afterClaim = await lastRecorded();
    expect(afterClaim).toBeGreaterThan(afterCreate);
    // The revision inserts a claim and supersedes the old one: both versions carry the revision's instant.
    const revision = await adminJson<{ id: string }>(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody({ low: 90, asWritten: '90', claimedOn: '2016-09-18', supersedes: claim.body.id }),
    });
    expect(revision.status).toBe(201);
    const afterRevision = await lastRecorded();
    const { results } = await env.DB.prepare(
      'SELECT id, status, recorded_from, recorded_to FROM casualty_claims_history WHERE id IN (?, ?) ORDER BY history_id',
    )
      .bind(claim.body.id, revision.body.id)
      .all<{ id: string; status: string; recorded_from: number; recorded_to: number | null }>();
    expect(results).toEqual([
      { id: claim.body.id, status: 'current', recorded_from: afterClaim, recorded_to: afterRevision },
      { id: revision.body.id, status: 'current', recorded_from: afterRevision, recorded_to: null },
      { id: claim.body.id, status: 'superseded', recorded_from: afterRevision, recorded_to: null },
    ]);
  });

  it('reads an incident as served at any moment, statuses included, whatever was recorded later', async () => {
    const { slug } = await freshIncident(token);
    const path = `/api/v1/incidents/${slug}`;
    const claim = await adminJson<{ id: string }>(`${path.replace('/api/v1/', '/api/v1/admin/')}/claims`, {
      method: 'POST',
      token,
      body: claimBody(),
    });
    const served = (await getJson(path)).body;
    const moment = await lastRecorded();
    // Later: a claim back-dated before everything, and a retraction of the first one.
    await admin(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody({
        claimant: { name: 'UN monitors', kind: 'un' },
        low: 20,
        asWritten: '20',
        claimedOn: '2016-09-01',
      }),
    });
    const current = await admin(`/api/v1/admin/claims/${claim.body.id}`, { token });
    await admin(`/api/v1/admin/claims/${claim.body.id}`, {
      method: 'DELETE',
      token,
      ifMatch: current.headers.get('ETag') ?? '',
    });
    const now = (await getJson(path)).body;
    expect(now).not.toEqual(served);
    const seen = await getJson(`${path}?seenAt=${iso(moment)}`);
    expect(seen.status).toBe(200);
    expect(seen.body.seenAt).toBe(iso(moment));
    expect(withoutEchoes(seen.body)).toEqual(served);
    // Asked with an offset, the moment is echoed in it, so the day it names ("as published on") is the day asked.
    const east = `${iso(moment + 3 * 3_600_000).slice(0, 23)}+03:00`;
    for (const read of [path, `/api/v1/articles/${SEED.articleSlug}`]) {
      const asked = await getJson(`${read}?seenAt=${encodeURIComponent(east)}`);
      expect([asked.status, asked.body.seenAt], read).toEqual([200, east]);
    }
    expect(withoutEchoes((await getJson(`${path}?seenAt=${encodeURIComponent(east)}`)).body)).toEqual(served);
    // Combined with asOf: the data as of a date, from what had been recorded by then.
    const pinned = await getJson(`${path}?asOf=2016-09-17&seenAt=${iso(moment)}`);
    const asOfThen = (await getJson(`${path}?asOf=2016-09-17&seenAt=${iso(moment + 1)}`)).body;
    expect(withoutEchoes(pinned.body)).toEqual(withoutEchoes(asOfThen));
    expect((pinned.body.claims as unknown[]).length).toBe(1);
  });

  it('keeps a ceasefire’s note edited without a status change, and the article as it was', async () => {
    const { slug } = await freshCeasefire(token);
    const path = `/api/v1/ceasefires/${slug}`;
    const served = (await getJson(path)).body;
    const moment = await lastRecorded();
    const read = await admin(`/api/v1/admin/ceasefires/${slug}`, { token });
    const edit = await admin(`/api/v1/admin/ceasefires/${slug}`, {
      method: 'PATCH',
      token,
      ifMatch: read.headers.get('ETag') ?? '',
      body: { statusNote: 'Edited, same status.' },
    });
    expect(edit.status).toBe(200);
    expect((await getJson(path)).body.statusNote).toBe('Edited, same status.');
    expect(withoutEchoes((await getJson(`${path}?seenAt=${iso(moment)}`)).body)).toEqual(served);

    const article = `/api/v1/articles/${SEED.articleSlug}`;
    const before = (await getJson(article)).body;
    const at = await lastRecorded();
    expect(withoutEchoes((await getJson(`${article}?seenAt=${iso(at)}`)).body)).toEqual(before);
  });

  it('answers a moment in the future with 400 and one before the resource was published with 404, as problem+json', async () => {
    const { slug } = await freshIncident(token);
    const created = await lastRecorded();
    const future = await get(`/api/v1/incidents/${slug}?seenAt=${iso(Date.now() + 3_600_000)}`);
    expect(future.status).toBe(400);
    expect(future.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = (await future.json()) as { type: string; errors: { path: string }[] };
    expect(problem.type).toBe('/problems/validation');
    expect(problem.errors[0]?.path).toBe('query.seenAt');
    const early = await get(`/api/v1/incidents/${slug}?seenAt=${iso(created - 1)}`);
    expect(early.status).toBe(404);
    expect(early.headers.get('Content-Type')).toBe('application/problem+json');
    const detail = ((await early.json()) as { detail: string }).detail;
    expect(detail).toContain(`first published at ${iso(created)}`);
    for (const path of [
      `/embed/casualty-claims/${slug}?seenAt=${iso(created - 1)}`,
      `/api/v1/ceasefires/nothing-here?seenAt=2020-01-01`,
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
    // Through oEmbed, the embed page and its image too, and an article's: when each was first published.
    for (const path of [
      `/oembed?url=${encodeURIComponent(`${BASE}/embed/casualty-claims/${slug}`)}&seenAt=${iso(created - 1)}`,
      `/embed/casualty-claims/${slug}?seenAt=${iso(created - 1)}`,
      `/embed/casualty-claims/${slug}.svg?seenAt=${iso(created - 1)}`,
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { detail: string }).detail, path).toContain(`first published at ${iso(created)}`);
    }
    const unpublished = await get(`/api/v1/articles/${SEED.articleSlug}?seenAt=2000-01-01`);
    expect(unpublished.status).toBe(404);
    expect(((await unpublished.json()) as { detail: string }).detail).toMatch(
      /had not been published by 2000-01-01T23:59:59\.999Z: it was first published at \d{4}-\d\d-\d\dT/,
    );
    expect((await get(`/api/v1/articles?seenAt=${iso(Date.now() + 60_000)}`)).status).toBe(400);
    expect((await get(`/api/v1/incidents/${slug}?seenAt=yesterday`)).status).toBe(400);
    // An offset that carries the moment past the year 9999 in UTC: refused, where it read as before every date.
    expect((await get(`/api/v1/incidents/${slug}?asOf=9999-12-31T23:59:59-23:59`)).status).toBe(400);
    expect((await get(`/api/v1/incidents/${slug}?asOf=9999-12-31T23:59:59Z`)).status).toBe(200);
  });

  it('costs one D1 round trip, and a settled moment is cached as immutable', async () => {
    const { slug } = await freshIncident(token);
    const moment = iso(await lastRecorded());
    // A minute later (the Worker's clock, driven by fake time), that moment is settled: nothing recorded later can
    // be recorded at or before it.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const path = `/api/v1/incidents/${SEED.incidentSlug}?seenAt=${moment}&asOf=2016-09-19`;
    const counted = async () => {
      const counter = meterD1(env.DB);
      const ctx = createExecutionContext();
      const res = await createApp().fetch(new Request(`${BASE}${path}`), { ...env, DB: counter.binding }, ctx);
      await waitOnExecutionContext(ctx);
      return { res, roundTrips: counter.roundTrips() };
    };
    const miss = await counted();
    expect(miss.res.status).toBe(200);
    expect(miss.res.headers.get('X-Cache')).toBe('MISS');
    expect(miss.roundTrips).toBe(1);
    expect(miss.res.headers.get('Cache-Control')).toBe(IMMUTABLE_CACHE_CONTROL);
    // A write to the incident purges the live read, not what was served before it.
    await admin(`/api/v1/admin/incidents/${SEED.incidentSlug}/claims`, { method: 'POST', token, body: claimBody() });
    const hit = await counted();
    expect(hit.res.headers.get('X-Cache')).toBe('HIT');
    expect(hit.roundTrips).toBe(0);
    expect(hit.res.headers.get('Cache-Control')).toBe(IMMUTABLE_CACHE_CONTROL);
    expect(await hit.res.text()).toBe(await miss.res.text());
    // The widget attribute's spelling is the embed pages' only: a JSON read ignores it, and answers (and is cached)
    // live, not as a settled moment.
    const spelled = await get(`/api/v1/incidents/${slug}?seen-at=${moment}`);
    expect(spelled.headers.get('Cache-Control')).toMatch(/max-age=60/);
    // A moment just past is not settled yet: cached as a live read is.
    vi.useRealTimers();
    const recent = await get(`/api/v1/incidents/${slug}?seenAt=${iso(await lastRecorded())}`);
    expect(recent.headers.get('Cache-Control')).toMatch(/max-age=60/);
  });

  it('pins embed pages and oEmbed: the iframe carries seenAt, the widget seen-at', async () => {
    const { slug } = await freshIncident(token);
    await admin(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body: claimBody() });
    const moment = iso(await lastRecorded());
    await admin(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody({
        claimant: { name: 'Back-dated source', kind: 'media' },
        low: 7,
        asWritten: '7',
        claimedOn: '2016-09-02',
      }),
    });
    const page = await (await get(`/embed/casualty-claims/${slug}?seenAt=${moment}`)).text();
    expect(page).toContain(`seen-at="${moment}"`);
    expect(page).not.toContain('Back-dated source');
    expect(await (await get(`/embed/casualty-claims/${slug}`)).text()).toContain('Back-dated source');
    const embedUrl = `${BASE}/embed/casualty-claims/${slug}?seenAt=${encodeURIComponent(moment)}`;
    const oembed = await getJson<{ html: string }>(`/oembed?url=${encodeURIComponent(embedUrl)}`);
    expect(oembed.status).toBe(200);
    expect(oembed.body.html).toContain(`seenAt=${encodeURIComponent(moment)}`);
    // oEmbed's own seenAt pins a latest URL too; one in the future is refused.
    const latest = encodeURIComponent(`${BASE}/embed/casualty-claims/${slug}`);
    const pinned = await getJson<{ html: string }>(`/oembed?url=${latest}&seenAt=${moment}`);
    expect(pinned.body.html).toContain(`seenAt=${encodeURIComponent(moment)}`);
    expect((await get(`/oembed?url=${latest}&seenAt=${iso(Date.now() + 60_000)}`)).status).toBe(400);
  });

  it('names the parameter a future moment was sent in, as the client spelled it', async () => {
    const future = iso(Date.now() + 3_600_000);
    const claims = `/embed/casualty-claims/${SEED.incidentSlug}`;
    const embedUrl = (name: string) => encodeURIComponent(`${BASE}${claims}?${name}=${future}`);
    for (const [path, named] of [
      [`${claims}?seen-at=${future}`, 'query.seen-at'],
      [`${claims}?seenAt=${future}`, 'query.seenAt'],
      [`${claims}.svg?seen-at=${future}`, 'query.seen-at'],
      [`${claims}.svg?seenAt=${future}`, 'query.seenAt'],
      // oEmbed: the moment the embed URL names was sent as `url`; its own `seenAt` as itself.
      [`/oembed?url=${embedUrl('seen-at')}`, 'query.url'],
      [`/oembed?url=${embedUrl('seenAt')}`, 'query.url'],
      [`/oembed?url=${encodeURIComponent(`${BASE}${claims}`)}&seenAt=${future}`, 'query.seenAt'],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      const problem = (await res.json()) as { errors: { path: string }[]; instance: string };
      expect(
        problem.errors.map((e) => e.path),
        path,
      ).toEqual([named]);
      expect(problem.instance, path).toBe(path.split('?')[0]);
    }
  });
});
