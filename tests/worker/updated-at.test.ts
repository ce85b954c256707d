/**
 * `updatedAt` (and `Last-Modified`): when anything a public read shows was
 * last recorded, so live widgets can check often while a story moves and
 * rarely once it has settled. A write to a claim, a tally or a milestone
 * moves the time of the incident or ceasefire it belongs to, and of the
 * article that reports it; and a conditional re-check costs no D1.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app';
import { meterD1 } from '../../src/db/meter';
import { SEED } from '../../src/db/seed/story';
import { cacheKey } from '../../src/http/cache-keys';
import { addEditor, admin, claimBody, freshCeasefire, freshIncident } from './admin-helpers';
import { BASE, getJson, seedStory } from './helpers';

beforeAll(seedStory);

type Dated = { updatedAt: string };

describe('updatedAt and Last-Modified', () => {
  it('give the seed’s recording time, as an instant and as an HTTP date', async () => {
    for (const path of [
      `/api/v1/incidents/${SEED.incidentSlug}`,
      `/api/v1/ceasefires/${SEED.ceasefireSlug}`,
      `/api/v1/articles/${SEED.articleSlug}`,
    ]) {
      const { body, res } = await getJson<Dated>(path);
      expect(body.updatedAt, path).toBe('2016-09-19T09:00:00Z');
      expect(res.headers.get('Last-Modified'), path).toBe('Mon, 19 Sep 2016 09:00:00 GMT');
    }
  });

  it('move forward with a new claim, and the article reporting the incident follows', async () => {
    const { token } = await addEditor();
    const { slug, articleSlug } = await freshIncident(token);
    const before = (await getJson<Dated>(`/api/v1/incidents/${slug}`)).body.updatedAt;
    const start = Date.now();
    const written = await admin(`/api/v1/admin/incidents/${slug}/claims`, { method: 'POST', token, body: claimBody() });
    expect(written.status).toBe(201);
    const { body, res } = await getJson<Dated>(`/api/v1/incidents/${slug}`);
    expect(Date.parse(body.updatedAt)).toBeGreaterThanOrEqual(Math.max(Date.parse(before), start - 1000));
    expect(body.updatedAt).not.toBe(before);
    expect(Date.parse(res.headers.get('Last-Modified') ?? '')).toBe(
      Math.floor(Date.parse(body.updatedAt) / 1000) * 1000,
    );
    const article = await getJson<Dated & { incidents: Dated[] }>(`/api/v1/articles/${articleSlug}`);
    expect(article.body.updatedAt).toBe(body.updatedAt);
    expect(article.body.incidents[0]?.updatedAt).toBe(body.updatedAt);
  });

  it('move forward with a new tally and a milestone edit on a ceasefire', async () => {
    const { token } = await addEditor();
    const { slug } = await freshCeasefire(token);
    const first = (await getJson<Dated>(`/api/v1/ceasefires/${slug}`)).body.updatedAt;
    const tally = await admin(`/api/v1/admin/ceasefires/${slug}/tallies`, {
      method: 'POST',
      token,
      body: { claimant: null, count: 3, qualifier: 'exact', asWritten: '3', reportedOn: '2016-09-14' },
    });
    expect(tally.status).toBe(201);
    const second = (await getJson<Dated>(`/api/v1/ceasefires/${slug}`)).body.updatedAt;
    expect(Date.parse(second)).toBeGreaterThan(Date.parse(first));
  });

  it('a re-check with If-None-Match is a 304 from the edge copy, without D1', async () => {
    const path = `/api/v1/incidents/${SEED.incidentSlug}`;
    const run = async (init?: RequestInit) => {
      const counter = meterD1(env.DB);
      const ctx = createExecutionContext();
      const res = await createApp().fetch(new Request(`${BASE}${path}`, init), { ...env, DB: counter.binding }, ctx);
      await waitOnExecutionContext(ctx);
      return { res, roundTrips: counter.roundTrips() };
    };
    const first = await run();
    // A read's copy is stored a beat after its response (src/http/after-response.ts); the first answer may have
    // come from the isolate's memory, which a conditional request skips.
    const edge = await caches.open('public-reads');
    await vi.waitUntil(async () => (await edge.match(cacheKey(`${BASE}${path}`))) !== undefined);
    const tag = first.res.headers.get('ETag') ?? '';
    const check = await run({ headers: { 'If-None-Match': tag } });
    expect(check.res.status).toBe(304);
    expect(check.roundTrips).toBe(0);
    expect(await check.res.text()).toBe('');
    expect(check.res.headers.get('Last-Modified')).toBe(first.res.headers.get('Last-Modified'));
    expect(check.res.headers.get('Server-Timing')).toMatch(/desc="0 round trips"/);
  });
});
