import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { meterD1 } from '../../src/db/meter';
import { SEED } from '../../src/db/seed/story';
import { cacheKey } from '../../src/http/cache-keys';
import { timelineKey, unpinnedUrl } from '../../src/http/pinned-reads';
import { PROBLEM_TYPES } from '../../src/http/problem';
import { addEditor, admin, claimBody, freshIncident } from './admin-helpers';
import { unreachableD1 } from './faulty-d1';
import { BASE, get, getJson, seedStory, visibleText } from './helpers';

beforeAll(seedStory);

/** Calls a fresh app with the real D1 wrapped to count round trips. */
async function countedRead(path: string, method = 'GET') {
  const counter = meterD1(env.DB);
  const ctx = createExecutionContext();
  const res = await createApp().fetch(new Request(`${BASE}${path}`, { method }), { ...env, DB: counter.binding }, ctx);
  await waitOnExecutionContext(ctx);
  return { res, roundTrips: counter.roundTrips() };
}

describe('public reads over HTTP', () => {
  it('costs one D1 round trip per uncached read, and none for a cache hit', async () => {
    // A unique asOf makes a cache key no earlier test has filled.
    const stamp = `2016-09-18T10:${String(Math.floor(Math.random() * 60)).padStart(2, '0')}:${String(Date.now() % 60).padStart(2, '0')}Z`;
    for (const path of [
      `/api/v1/incidents/${SEED.incidentSlug}?asOf=${stamp}`,
      `/api/v1/ceasefires/${SEED.ceasefireSlug}?asOf=${stamp}`,
      `/api/v1/articles/${SEED.articleSlug}`,
      `/api/v1/articles?limit=3&lang=en&section=${encodeURIComponent(stamp)}`,
    ]) {
      // Drop any copy an earlier test cached, and the timeline pinned reads are keyed by.
      const cache = await caches.open('public-reads');
      await cache.delete(cacheKey(`${BASE}${path}`));
      await cache.delete(timelineKey(cacheKey(unpinnedUrl(`${BASE}${path}`)).url));
      const miss = await countedRead(path);
      expect(miss.res.status, path).toBe(200);
      expect(miss.res.headers.get('X-Cache'), path).toBe('MISS');
      expect(miss.roundTrips, path).toBe(1);
      expect(miss.res.headers.get('Server-Timing'), path).toMatch(/^d1;dur=\d+;desc="1 round trip"$/);
      const hit = await countedRead(path);
      expect(hit.res.headers.get('X-Cache'), path).toBe('HIT');
      expect(hit.roundTrips, path).toBe(0);
      expect(hit.res.headers.get('Server-Timing'), path).toMatch(/desc="0 round trips"/);
      expect(await hit.res.text()).toBe(await (await countedRead(path)).res.text());
    }
  });

  it('serves a HEAD from the same cached copy as a GET, with no body, and stores a whole one for the GET', async () => {
    // A URL no earlier test has read: a new value of a parameter the cache keys by.
    const path = `/api/v1/incidents/${SEED.incidentSlug}?lang=head-${Date.now()}`;
    const miss = await countedRead(path, 'HEAD');
    expect(miss.res.status).toBe(200);
    expect(miss.res.headers.get('X-Cache')).toBe('MISS');
    expect(miss.roundTrips).toBe(1);
    expect(await miss.res.text()).toBe('');
    const hit = await countedRead(path, 'HEAD');
    expect(hit.res.headers.get('X-Cache')).toBe('HIT');
    expect(hit.roundTrips).toBe(0);
    const read = await countedRead(path);
    expect(read.res.headers.get('X-Cache')).toBe('HIT');
    expect(read.roundTrips).toBe(0);
    expect(((await read.res.json()) as { slug: string }).slug).toBe(SEED.incidentSlug);
    expect(read.res.headers.get('ETag')).toBe(hit.res.headers.get('ETag'));
  });

  it('sends a strong ETag and answers 304 to If-None-Match, keeping CORS', async () => {
    const path = `/api/v1/incidents/${SEED.incidentSlug}`;
    const first = await get(path);
    const tag = first.headers.get('ETag');
    expect(tag).toMatch(/^"[0-9a-f]+"$/);
    const again = await get(path, { headers: { 'If-None-Match': tag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('ETag')).toBe(tag);
    expect(again.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const other = await get(path, { headers: { 'If-None-Match': '"something-else"' } });
    expect(other.status).toBe(200);
  });

  it('answers If-Modified-Since with the read: its date does not cover all a read shows (If-None-Match does)', async () => {
    const token = (await addEditor()).token;
    const { slug } = await freshIncident(token);
    const pinned = `/api/v1/incidents/${slug}?asOf=2016-09-18`;
    const first = await get(pinned);
    const modified = first.headers.get('Last-Modified') ?? '';
    expect(Date.parse(modified)).not.toBeNaN();
    // Recorded now, for a moment before the pinned one: the pinned read shows it, and its Last-Modified (what was
    // recorded by then) stays.
    const added = await admin(`/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      token,
      body: claimBody({ asWritten: 'about 60', low: 60, claimedOn: '2016-09-17' }),
    });
    expect(added.status).toBe(201);
    const later = new Date(Date.parse(modified) + 86_400_000).toUTCString();
    const asked = await get(pinned, { headers: { 'If-Modified-Since': later } });
    expect(asked.status).toBe(200);
    expect(asked.headers.get('Last-Modified')).toBe(modified);
    expect(((await asked.json()) as { claims: { asWritten: string }[] }).claims.map((c) => c.asWritten)).toContain(
      'about 60',
    );
    // The ETag names the read as it is: current, a 304 that keeps the date; an old one, the read.
    const etag = asked.headers.get('ETag') ?? '';
    expect(etag).not.toBe(first.headers.get('ETag'));
    const same = await get(pinned, { headers: { 'If-None-Match': etag } });
    expect([same.status, await same.text(), same.headers.get('Last-Modified')]).toEqual([304, '', modified]);
    expect(same.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const stale = await get(pinned, { headers: { 'If-None-Match': first.headers.get('ETag') ?? '' } });
    expect(stale.status).toBe(200);
  });

  it('allows any origin, including preflight', async () => {
    const res = await get(`/api/v1/ceasefires/${SEED.ceasefireSlug}`, { headers: { Origin: 'https://news.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const preflight = await get('/api/v1/articles', {
      method: 'OPTIONS',
      headers: { Origin: 'https://news.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('GET');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toBeNull();
    const asking = await get(`/api/v1/incidents/${SEED.incidentSlug}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://news.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'x-trace',
      },
    });
    expect(asking.status).toBe(204);
    expect(asking.headers.get('Access-Control-Allow-Headers')).toBe('x-trace');
    expect(asking.headers.get('Vary')).toBe('Access-Control-Request-Headers');
    expect(asking.headers.get('Access-Control-Max-Age')).toBe('86400');
  });

  it('lets any origin read a refusal too: a problem+json answer carries CORS', async () => {
    for (const path of ['/api/v1/incidents/no-such-incident', '/api/v1/ceasefires/x?seenAt=yesterday']) {
      const res = await get(path, { headers: { Origin: 'https://news.example' } });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('Content-Type'), path).toBe('application/problem+json');
      expect(res.headers.get('Access-Control-Allow-Origin'), path).toBe('*');
      expect(res.headers.get('Access-Control-Expose-Headers'), path).toContain('Retry-After');
    }
  });

  it('marks public reads cacheable with stale-while-revalidate and stale-if-error', async () => {
    const res = await get(`/api/v1/ceasefires/${SEED.ceasefireSlug}`);
    const policy = res.headers.get('Cache-Control') ?? '';
    expect(policy).toMatch(/public/);
    expect(policy).toMatch(/stale-while-revalidate=\d+/);
    expect(policy).toMatch(/stale-if-error=\d+/);
  });

  it('answers unknown routes with 404 problem+json, not HTML', async () => {
    for (const path of ['/nope', '/api/v1/nothing', '/api/v2/incidents/x']) {
      const { status, body, res } = await getJson(path);
      expect(status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(body).toMatchObject({ type: '/problems/not-found', status: 404, instance: path });
    }
    // `instance` is a URI reference (RFC 9457): the path as sent, its escapes kept.
    for (const path of ['/api/v1/nothing%20here', '/api/v1/incidents/%3Cb%3E%20x', '/api/v1/x%00y']) {
      const { body } = await getJson<{ instance: string }>(path);
      expect(body.instance).toBe(path);
    }
  });

  it('answers a method a route does not take with 405 and Allow, touching no D1; an unknown path stays 404', async () => {
    const read = `/api/v1/incidents/${SEED.incidentSlug}`;
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const { res, roundTrips } = await countedRead(read, method);
      expect(res.status, method).toBe(405);
      // OPTIONS too: a browser's preflight there is answered (the public API's CORS).
      expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(await res.json()).toMatchObject({ type: '/problems/method-not-allowed', status: 405, instance: read });
      expect(roundTrips).toBe(0);
    }
    const preflight = await get(read, {
      method: 'OPTIONS',
      headers: { Origin: 'https://publisher.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    // oEmbed answers preflights too (its consumers run in browsers), so its Allow names OPTIONS as well.
    const oembedPreflight = await get('/oembed?url=x', {
      method: 'OPTIONS',
      headers: { Origin: 'https://publisher.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(oembedPreflight.status).toBe(204);
    const oembed = await countedRead('/oembed?url=x', 'POST');
    expect([oembed.res.status, oembed.res.headers.get('Allow')]).toEqual([405, 'GET, HEAD, OPTIONS']);
    expect((await countedRead('/api/v1/incidents/x/y/z', 'POST')).res.status).toBe(404);
  });

  it('answers 503 problem+json with Retry-After when D1 fails on an uncached read', async () => {
    const ctx = createExecutionContext();
    const res = await createApp().fetch(
      // An incident nothing has cached: the read must reach D1.
      new Request(`${BASE}/api/v1/incidents/not-cached-${Date.now()}?asOf=2016-09-18T11:11:11Z`),
      { ...env, DB: unreachableD1() },
      ctx,
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toMatch(/^\d+$/);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.type).toBe('/problems/unavailable');
    expect(JSON.stringify(body)).not.toMatch(/D1_ERROR|Network connection/);
  });
});

describe('GET /health', () => {
  it('reports D1 reachable', async () => {
    const { status, body } = await getJson('/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', d1: 'ok' });
  });

  it('reports D1 unreachable with 503', async () => {
    const res = await createApp().fetch(
      new Request(`${BASE}/health`),
      { ...env, DB: unreachableD1() },
      createExecutionContext(),
    );
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'degraded', d1: 'unreachable' });
  });
});

describe('GET /api/docs', () => {
  it('serves the reference page with only same-origin assets', async () => {
    const res = await get('/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThan(2);
    expect(sources.every((s) => s?.startsWith('/'))).toBe(true);
    expect(res.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
  });
});

describe('GET /problems/{type}', () => {
  it('documents the type a problem names, at the URI it names', async () => {
    // A real problem's own type, followed as a developer would.
    const refused = await get('/api/v1/incidents/no-such-incident');
    const { type, title, status } = (await refused.json()) as { type: string; title: string; status: number };
    const res = await get(type);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const text = visibleText(await res.text());
    expect(text).toContain(title);
    expect(text).toContain(`HTTP ${status}`);
    // Every type the API can name answers, each with its own page, and the index lists them all.
    const index = await (await get('/problems')).text();
    const types = Object.keys(PROBLEM_TYPES);
    for (const name of types) {
      expect(index).toContain(`href="/problems/${name}"`);
      expect((await get(`/problems/${name}`)).status, name).toBe(200);
    }
    const unknown = await get('/problems/no-such-type');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Content-Type')).toBe('application/problem+json');
  });
});

describe('GET /api/v1/openapi.json', () => {
  it('serves the OpenAPI 3.1 document to any origin', async () => {
    const { status, body, res } = await getJson('/api/v1/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths as object)).toContain('/api/v1/incidents/{slug}');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('answers liveness without touching D1, even when D1 is down', async () => {
    const res = await createApp().fetch(
      new Request(`${BASE}/health/live`),
      { ...env, DB: unreachableD1() },
      createExecutionContext(),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
