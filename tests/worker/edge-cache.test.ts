import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ADMIN_API, API_V1, OPENAPI_PATH } from '../../shared/contract/paths';
import { createApp } from '../../src/app';
import { meterD1 } from '../../src/db/meter';
import { SEED } from '../../src/db/seed/story';
import { IMAGE_ROUTE_DOC_PATH } from '../../src/embed/image-path';
import { DEFER_MS } from '../../src/http/after-response';
import { purgeAffectedReads, storeUnlessPurged } from '../../src/http/cache';
import { CACHE_CONTROL } from '../../src/http/cache-control';
import { cacheKey, KEYED_QUERIES } from '../../src/http/cache-keys';
import { unreachableD1 } from './faulty-d1';
import { BASE, seedStory } from './helpers';

beforeAll(seedStory);

const MINUTE = 60_000;

/** A URL no other test has cached: the listing, filtered by a section of its own. */
function freshUrl(): string {
  return `${BASE}/api/v1/articles?section=${crypto.randomUUID()}`;
}

/** Plants a cached copy stored `ageMs` ago, with a body no real read would give. */
async function plant(url: string, ageMs: number): Promise<void> {
  const cache = await caches.open('public-reads');
  await cache.put(
    new Request(url),
    new Response('{"planted":true}', {
      headers: {
        'Content-Type': 'application/json',
        'Cache-Control': 'public, s-maxage=86400',
        'x-edge-stored-at': String(Date.now() - ageMs),
      },
    }),
  );
}

async function read(url: string, DB: D1Database = env.DB, extra: { headers?: HeadersInit; secret?: string } = {}) {
  const ctx = createExecutionContext();
  const meter = meterD1(DB);
  const bindings = { ...env, DB: meter.binding, CACHE_BYPASS_SECRET: extra.secret };
  const res = await createApp().fetch(new Request(url, { headers: extra.headers }), bindings, ctx);
  const body = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, body, roundTrips: meter.roundTrips() };
}

describe('the edge cache', () => {
  it('serves a copy under a minute old without touching D1', async () => {
    const url = freshUrl();
    await plant(url, 10_000);
    const { res, body, roundTrips } = await read(url);
    expect(res.headers.get('X-Cache')).toBe('HIT');
    expect(body).toBe('{"planted":true}');
    expect(roundTrips).toBe(0);
  });

  it('serves a copy past its minute at once and refreshes it in the background', async () => {
    const url = freshUrl();
    await plant(url, 2 * MINUTE);
    const stale = await read(url);
    expect(stale.res.headers.get('X-Cache')).toBe('STALE');
    expect(stale.body).toBe('{"planted":true}');
    // The background refresh read D1 once and replaced the copy.
    expect(stale.roundTrips).toBe(1);
    const next = await read(url);
    expect(next.res.headers.get('X-Cache')).toBe('HIT');
    expect(JSON.parse(next.body)).toEqual({ data: [], nextCursor: null });
  });

  it('refreshes a stale copy once, however many readers find it stale at once, whatever their URLs add', async () => {
    const url = freshUrl();
    await plant(url, 2 * MINUTE);
    // Readers at the same moment, each URL with a parameter the copy's key drops (a tracker's, a made-up one).
    const meter = meterD1(env.DB);
    const bindings = { ...env, DB: meter.binding };
    const ctx = createExecutionContext();
    const app = createApp();
    const answers = await Promise.all(
      [0, 1, 2, 3, 4].map((i) => app.fetch(new Request(`${url}&utm_source=${i}`), bindings, ctx)),
    );
    expect(answers.map((res) => res.headers.get('X-Cache'))).toEqual(Array(5).fill('STALE'));
    await waitOnExecutionContext(ctx);
    expect(meter.roundTrips()).toBe(1);
  });

  it('refreshes a copy too old to serve before answering', async () => {
    const url = freshUrl();
    await plant(url, 30 * MINUTE);
    const { res, body } = await read(url);
    expect(res.headers.get('X-Cache')).toBe('MISS');
    expect(JSON.parse(body)).toEqual({ data: [], nextCursor: null });
  });

  it('stores a miss’s copy after its response has gone, not while the reader waits (src/http/after-response.ts)', async () => {
    // The Worker's timers and clock, faked: the beat is DEFER_MS on this clock, whatever the machine's pace.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const url = freshUrl();
    const events: { what: string; at: number }[] = [];
    // Called through: the real Cache API looks up and stores; the wrapper only notes each call as it begins.
    const { match, put } = Cache.prototype;
    Cache.prototype.match = function (this: Cache, ...args: Parameters<Cache['match']>) {
      events.push({ what: 'cache asked', at: Date.now() });
      return match.apply(this, args);
    };
    Cache.prototype.put = function (this: Cache, ...args: Parameters<Cache['put']>) {
      events.push({ what: 'store begun', at: Date.now() });
      return put.apply(this, args);
    };
    onTestFinished(() => {
      Cache.prototype.match = match;
      Cache.prototype.put = put;
      vi.useRealTimers();
    });
    const ctx = createExecutionContext();
    const res = await createApp().fetch(new Request(url), env, ctx);
    const answered = Date.now();
    expect(res.headers.get('X-Cache')).toBe('MISS');
    // Nothing stored before the answer; after it, nothing on the next turn, nor a moment before the beat.
    expect(events.map((e) => e.what)).not.toContain('store begun');
    const asked = events.length;
    const afterAnswer = () => events.slice(asked).map((e) => [e.what, e.at - answered]);
    await vi.advanceTimersByTimeAsync(DEFER_MS - 1);
    expect(afterAnswer()).toEqual([]);
    // At the beat the store begins (it asks whether a purge overtook the read, stores, and asks again).
    await vi.advanceTimersByTimeAsync(1);
    await waitOnExecutionContext(ctx);
    expect(afterAnswer()).toEqual([
      ['cache asked', DEFER_MS],
      ['store begun', DEFER_MS],
      ['cache asked', DEFER_MS],
    ]);
    expect(await (await caches.open('public-reads')).match(cacheKey(url))).toBeDefined();
  });

  it('serves the old copy when D1 fails (stale-if-error)', async () => {
    const url = freshUrl();
    await plant(url, 30 * MINUTE);
    const { res, body } = await read(url, unreachableD1());
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Cache')).toBe('STALE');
    expect(body).toBe('{"planted":true}');
  });

  it('ignores a refresh header it did not send itself', async () => {
    const url = freshUrl();
    await plant(url, 10_000);
    const ctx = createExecutionContext();
    const res = await createApp().fetch(new Request(url, { headers: { 'x-edge-refresh': 'guess' } }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(res.headers.get('X-Cache')).toBe('HIT');
  });
});

describe('the operators’ bypass', () => {
  const secret = 'bench-secret-123';

  it('reads D1 and stores nothing when X-Cache-Bypass carries the configured secret', async () => {
    const url = freshUrl();
    await plant(url, 10_000);
    const { res, body, roundTrips } = await read(url, env.DB, { secret, headers: { 'X-Cache-Bypass': secret } });
    expect(res.headers.get('X-Cache')).toBe('BYPASS');
    expect(roundTrips).toBe(1);
    expect(JSON.parse(body)).toEqual({ data: [], nextCursor: null });
    expect(await (await (await caches.open('public-reads')).match(cacheKey(url)))?.text()).toBe('{"planted":true}');
  });

  it('is ignored with a wrong secret, and when no secret is configured', async () => {
    const url = freshUrl();
    await plant(url, 10_000);
    for (const extra of [{ secret, headers: { 'X-Cache-Bypass': 'guess' } }, { headers: { 'X-Cache-Bypass': '' } }]) {
      const { res, roundTrips } = await read(url, env.DB, extra);
      expect(res.headers.get('X-Cache')).toBe('HIT');
      expect(roundTrips).toBe(0);
    }
  });
});

describe('a purge racing a read', () => {
  const url = `${BASE}/api/v1/incidents/${SEED.incidentSlug}`;
  const copy = () =>
    new Response('{"old":true}', {
      headers: { 'Cache-Control': 'public, s-maxage=86400', 'x-edge-stored-at': String(Date.now()) },
    });

  it('keeps out a copy whose read began before the purge, so a write is not undone by a slow reader', async () => {
    const cache = await caches.open('public-reads');
    const readStartedAt = Date.now() - 1_000;
    await purgeAffectedReads({ req: { url } }, { incidents: [SEED.incidentSlug] });
    expect(await storeUnlessPurged(cache, cacheKey(url), copy(), readStartedAt)).toBe(false);
    expect(await cache.match(cacheKey(url))).toBeUndefined();
  });

  it('takes back a copy stored just after a purge it had looked for and not found', async () => {
    const cache = await caches.open('public-reads');
    // An incident no purge has named yet, so the store's first look finds no marker.
    const slug = `raced-${crypto.randomUUID()}`;
    const url = `${BASE}/api/v1/incidents/${slug}`;
    const readStartedAt = Date.now() - 1_000;
    // The editor's write lands between the store's look for a purge and its put: the real cache, with the purge
    // run the moment the store's first look has its (empty) answer.
    let purged = false;
    const overtaken = new Proxy(cache, {
      get(target, name) {
        if (name !== 'match') return Reflect.get(target, name).bind(target);
        return async (request: Request) => {
          const found = await target.match(request);
          if (!purged) {
            purged = true;
            await purgeAffectedReads({ req: { url } }, { incidents: [slug] });
          }
          return found;
        };
      },
    });
    expect(await storeUnlessPurged(overtaken, cacheKey(url), copy(), readStartedAt)).toBe(false);
    expect(purged).toBe(true);
    expect(await cache.match(cacheKey(url))).toBeUndefined();
  });

  it('stores a copy whose read began after the purge', async () => {
    const cache = await caches.open('public-reads');
    await purgeAffectedReads({ req: { url } }, { incidents: [SEED.incidentSlug] });
    expect(await storeUnlessPurged(cache, cacheKey(url), copy(), Date.now() + 1)).toBe(true);
    expect(await (await cache.match(cacheKey(url)))?.text()).toBe('{"old":true}');
    await cache.delete(cacheKey(url));
  });
});

describe('the cache key', () => {
  it('ignores parameters the routes ignore, and their order', async () => {
    const url = freshUrl();
    await plant(url, 10_000);
    const { res, body } = await read(`${url}&utm_source=x&_=${Math.random()}`);
    expect(res.headers.get('X-Cache')).toBe('HIT');
    expect(body).toBe('{"planted":true}');
    expect(cacheKey(`${BASE}/embed/ceasefire-gauge/x?b=2&theme=dark&asOf=1&junk=3`).url).toBe(
      `${BASE}/embed/ceasefire-gauge/x?asOf=1&theme=dark`,
    );
  });

  it('ignores parameters that only other routes read', async () => {
    // A slug no test reads: the copy answering is the one planted, whatever D1 holds.
    const url = `${BASE}/api/v1/incidents/planted-${crypto.randomUUID()}`;
    await plant(url, 10_000);
    for (const other of ['theme=dark', 'lang=es', 'limit=3', 'cursor=x', 'section=y', 'to=z', 'as-of=2020-01-01']) {
      const { res, body, roundTrips } = await read(`${url}?${other}`);
      expect(res.headers.get('X-Cache'), other).toBe('HIT');
      expect(body).toBe('{"planted":true}');
      expect(roundTrips).toBe(0);
    }
    // Where the route reads it, the same parameter keys a copy of its own.
    expect(cacheKey(`${BASE}/embed/casualty-claims/x?lang=es&limit=3`).url).toBe(
      `${BASE}/embed/casualty-claims/x?lang=es`,
    );
    expect(cacheKey(`${BASE}/api/v1/articles?lang=es&limit=3&theme=dark`).url).toBe(
      `${BASE}/api/v1/articles?lang=es&limit=3`,
    );
    // A path matched as the router matches it, decoded; one that is no cached route keeps what any route reads.
    expect(cacheKey(`${BASE}/api/v1/incidents/x/%63hanges?cursor=1.0&theme=dark`).url).toBe(
      `${BASE}/api/v1/incidents/x/changes?cursor=1.0`,
    );
    expect(cacheKey(`${BASE}/api/v1/nothing?lang=es&junk=1`).url).toBe(`${BASE}/api/v1/nothing?lang=es`);
  });

  it('keys a path as the router reads it: a slug spelt with percent-escapes is the plain slug’s copy', async () => {
    const slug = `planted-${crypto.randomUUID()}`;
    await plant(`${BASE}/api/v1/incidents/${slug}`, 10_000);
    for (const spelt of [`%70${slug.slice(1)}`, slug.replace('-', '%2d'), slug.replaceAll('a', '%61')]) {
      const { res, body, roundTrips } = await read(`${BASE}/api/v1/incidents/${spelt}`);
      expect(res.headers.get('X-Cache'), spelt).toBe('HIT');
      expect(body).toBe('{"planted":true}');
      expect(roundTrips).toBe(0);
    }
    // An escape of anything else stays one, in one case: `%2f` is not a segment's end.
    expect(cacheKey(`${BASE}/api/v1/incidents/a%2fb%2Fc`).url).toBe(`${BASE}/api/v1/incidents/a%2Fb%2Fc`);
  });

  it('keys a language tag in one case where the route reads it in any, and nowhere else', async () => {
    const url = `${freshUrl()}&lang=en-gb`;
    await plant(cacheKey(url).url, 10_000);
    for (const spelt of ['EN-GB', 'en-GB', 'En-gB']) {
      const { res, body, roundTrips } = await read(url.replace('lang=en-gb', `lang=${spelt}`));
      expect(res.headers.get('X-Cache'), spelt).toBe('HIT');
      expect(body).toBe('{"planted":true}');
      expect(roundTrips).toBe(0);
    }
    // The embed pages take one of three exact codes and refuse `ES`: a copy of `es` must not answer it.
    const embed = `${BASE}/embed/casualty-claims/${SEED.incidentSlug}`;
    expect(cacheKey(`${embed}?lang=ES`).url).not.toBe(cacheKey(`${embed}?lang=es`).url);
    const refused = await read(`${embed}?lang=ES`);
    expect(refused.res.status).toBe(400);
  });

  it('pins nothing with a seenAt on a route that takes none: a feed so asked stays live', async () => {
    // The readers' page of changes takes `seenAt`, not the widget attribute's spelling `seen-at`.
    for (const url of [
      `${BASE}/api/v1/changes.json?seenAt=2020-01-01`,
      `${BASE}/embed/casualty-claims/${SEED.incidentSlug}/changes?seen-at=2020-01-01`,
    ]) {
      await (await caches.open('public-reads')).delete(cacheKey(url));
      const { res } = await read(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('Cache-Control'), url).toBe(CACHE_CONTROL.publicRead);
    }
  });

  it('keys each cached route by exactly the query parameters its contract names', async () => {
    const document = (await (await exports.default.fetch(`${BASE}${OPENAPI_PATH}`)).json()) as {
      paths: Record<string, { get?: { parameters?: { in: string; name: string }[] } }>;
    };
    const cached = Object.entries(document.paths).filter(
      ([path, ops]) =>
        ops.get &&
        (path.startsWith(`${API_V1}/`) || path.startsWith('/embed/')) &&
        !path.startsWith(ADMIN_API) &&
        path !== IMAGE_ROUTE_DOC_PATH,
    );
    expect(cached.length).toBeGreaterThan(10);
    for (const [path, ops] of cached) {
      const named = (ops.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      expect([...(KEYED_QUERIES[path] ?? [])].sort(), path).toEqual(named.sort());
    }
    for (const path of Object.keys(KEYED_QUERIES)) expect(document.paths[path]?.get, path).toBeDefined();
  });
});

describe('the in-memory first tier', () => {
  /** Deletes a URL's copy from the Cache API: what answers next can only be this isolate's memory, or D1. */
  const forget = async (url: string) => (await caches.open('public-reads')).delete(cacheKey(url));

  it('answers a read served within the last second from memory, headers and all, without the Cache API or D1', async () => {
    const url = freshUrl();
    const miss = await read(url);
    expect(miss.res.headers.get('X-Cache')).toBe('MISS');
    await forget(url);
    const hot = await read(url);
    expect(hot.res.status).toBe(200);
    expect(hot.body).toBe(miss.body);
    expect(hot.roundTrips).toBe(0);
    expect(hot.res.headers.get('X-Cache')).toBe('HIT');
    expect(hot.res.headers.get('Server-Timing')).toBe('d1;dur=0;desc="0 round trips"');
    for (const name of [
      'ETag',
      'Cache-Control',
      'Access-Control-Allow-Origin',
      'Content-Type',
      'X-Content-Type-Options',
    ]) {
      expect(hot.res.headers.get(name), name).toBe(miss.res.headers.get(name));
    }
  });

  it('stores the ETag with the copy, so a hit is not hashed again', async () => {
    const url = freshUrl();
    const miss = await read(url);
    const stored = await (await caches.open('public-reads')).match(cacheKey(url));
    expect(stored?.headers.get('ETag')).toBe(miss.res.headers.get('ETag'));
  });

  it('lets the copy go within a second or so, and at once when a write purges it', async () => {
    const url = `${BASE}/api/v1/incidents/${SEED.incidentSlug}`;
    await read(url);
    await purgeAffectedReads({ req: { url } }, { incidents: [SEED.incidentSlug] });
    expect((await read(url)).res.headers.get('X-Cache')).toBe('MISS');
    // Gone from the Cache API, the copy in memory still answers until its second is up; then D1 does.
    await forget(url);
    const deadline = Date.now() + 5_000;
    let state = 'HIT';
    while (state === 'HIT' && Date.now() < deadline) state = (await read(url)).res.headers.get('X-Cache') ?? '';
    expect(state).toBe('MISS');
  });

  it('sends conditional requests and the operators’ bypass through the app', async () => {
    const url = freshUrl();
    const first = await read(url);
    const tag = first.res.headers.get('ETag') ?? '';
    expect((await read(url, env.DB, { headers: { 'If-None-Match': tag } })).res.status).toBe(304);
    const secret = 'hot-bypass';
    const bypassed = await read(url, env.DB, { secret, headers: { 'X-Cache-Bypass': secret } });
    expect(bypassed.res.headers.get('X-Cache')).toBe('BYPASS');
    expect(bypassed.roundTrips).toBe(1);
  });
});
