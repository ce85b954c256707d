/**
 * Shedding load (src/http/load-shedding.ts): with D1 slow, an isolate lets
 * only `D1_READS_IN_FLIGHT` public reads wait on it; the next is refused at
 * once, before it reaches D1 — a stale copy if one is cached, else 503 with
 * Retry-After — and an editor's write still reaches D1, and /health's probe
 * too (it has a few places of its own).
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app';
import type { Bindings } from '../../src/env';
import { cacheKey } from '../../src/http/cache-keys';
import { D1_READS_IN_FLIGHT, HEALTH_PROBES_IN_FLIGHT } from '../../src/http/load-shedding';
import { addEditor, claimBody, freshIncident, freshIp, unique } from './admin-helpers';
import { hangingD1, slowD1 } from './faulty-d1';
import { BASE, internalsIn } from './helpers';

/** How long a condition may take to hold: requests queue on 2 shared cores in CI (16 readers took over a second there). */
const UNTIL = { timeout: 10_000 };

const app = createApp();
let token = '';

beforeAll(async () => {
  token = (await addEditor()).token;
});

/** The app over a given D1, as a client at an address of its own calls it. */
async function call(DB: D1Database, path: string, init: RequestInit = {}, deadlineMs = '30000') {
  const ctx = createExecutionContext();
  const headers = new Headers(init.headers);
  headers.set('CF-Connecting-IP', freshIp());
  const bindings = { ...env, DB, D1_DEADLINE_MS: deadlineMs } as unknown as Bindings;
  const res = await app.fetch(new Request(`${BASE}${path}`, { ...init, headers }), bindings, ctx);
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, text };
}

/** A listing no other read has cached: a miss that must read D1. */
const uncached = () => `/api/v1/articles?section=${unique('shed')}`;

/** Caches `path` from the real D1, then makes the copy look an hour old: only stale-if-error may serve it. */
async function staleCopy(path: string): Promise<string> {
  const fresh = await call(env.DB, path);
  expect(fresh.res.status).toBe(200);
  const cache = await caches.open('public-reads');
  const key = cacheKey(`${BASE}${path}`);
  const copy = (await cache.match(key)) as Response;
  const older = new Response(copy.body, copy);
  older.headers.set('x-edge-stored-at', String(Date.now() - 3_600_000));
  await cache.put(key, older);
  return fresh.text;
}

describe('with D1 slow', () => {
  it('refuses reads past the cap at once, serves what is cached, and lets an editor’s write through', async () => {
    const stalePath = uncached();
    const staleText = await staleCopy(stalePath);
    const freshPath = uncached();
    await call(env.DB, freshPath);
    const { slug } = await freshIncident(token);

    const slow = slowD1();
    let answered = 0;
    const waiting = Array.from({ length: D1_READS_IN_FLIGHT }, () =>
      call(slow.binding, uncached()).finally(() => {
        answered += 1;
      }),
    );
    await vi.waitFor(() => expect(slow.held()).toBe(D1_READS_IN_FLIGHT), UNTIL);

    // One more uncached read: 503 with Retry-After, without reaching D1, while the others still wait.
    const refused = await call(slow.binding, uncached());
    expect(refused.res.status).toBe(503);
    expect(refused.res.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(JSON.parse(refused.text)).toMatchObject({ type: '/problems/unavailable', status: 503 });
    expect(internalsIn(refused.text)).toEqual([]);
    expect(slow.held()).toBe(D1_READS_IN_FLIGHT);
    expect(answered).toBe(0);

    // A read whose copy is too old to serve unasked: the copy, at once.
    const stale = await call(slow.binding, stalePath);
    expect([stale.res.status, stale.res.headers.get('X-Cache')]).toEqual([200, 'STALE']);
    expect(stale.text).toBe(staleText);
    // A fresh copy needs no D1 at all.
    const hit = await call(slow.binding, freshPath);
    expect([hit.res.status, hit.res.headers.get('X-Cache')]).toEqual([200, 'HIT']);

    // An editor's write is not shed: it reaches D1 past the full cap, and lands once D1 answers.
    const write = call(slow.binding, `/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(claimBody()),
    });
    await vi.waitFor(() => expect(slow.held()).toBeGreaterThan(D1_READS_IN_FLIGHT), UNTIL);
    expect(answered).toBe(0);

    slow.release();
    expect((await write).res.status).toBe(201);
    for (const { res } of await Promise.all(waiting)) expect(res.status).toBe(200);
    // The places are free again.
    expect((await call(env.DB, uncached())).res.status).toBe(200);
  });

  it('reads one copy once however many readers miss it at once: a purged hot read sheds nobody', async () => {
    const slow = slowD1();
    const path = uncached();
    const readers = Array.from({ length: 2 * D1_READS_IN_FLIGHT }, () => call(slow.binding, path));
    await vi.waitFor(() => expect(slow.held()).toBe(1), UNTIL);
    slow.release();
    const answers = await Promise.all(readers);
    expect(answers.map((a) => a.res.status)).toEqual(answers.map(() => 200));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    const trips = answers.map((a) => /desc="(\d+) round trip/.exec(a.res.headers.get('Server-Timing') ?? '')?.[1]);
    expect(trips.filter((t) => t === '1')).toHaveLength(1);
    expect(slow.held()).toBe(1);
  });

  it('lets a reader who comes after a write’s purge read for itself, not wait for a read begun before the write', async () => {
    const { slug } = await freshIncident(token);
    const path = `/api/v1/incidents/${slug}`;
    const slow = slowD1();
    const before = call(slow.binding, path);
    await vi.waitFor(() => expect(slow.held()).toBe(1), UNTIL);
    const write = await call(env.DB, `/api/v1/admin/incidents/${slug}/claims`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(claimBody({ asWritten: 'about 77', low: 77 })),
    });
    expect(write.res.status).toBe(201);
    // The reader after the write is answered, with it, while the read begun before it still waits on D1.
    let after: Awaited<ReturnType<typeof call>> | undefined;
    void call(env.DB, path).then((answer) => {
      after = answer;
    });
    await vi.waitFor(() => expect(after).toBeDefined(), { timeout: 10_000 });
    expect([after?.res.status, after?.res.headers.get('X-Cache')]).toEqual([200, 'MISS']);
    expect(after?.text).toContain('about 77');
    slow.release();
    expect((await before).res.status).toBe(200);
  });

  it('does not let reads that never settle hold their places past their deadline', async () => {
    const never = hangingD1();
    const dropped = await Promise.all(
      Array.from({ length: D1_READS_IN_FLIGHT }, () => call(never, uncached(), {}, '50')),
    );
    for (const { res } of dropped) expect(res.status).toBe(503);
    // Their round trips never settle; twice the deadline on, they no longer count.
    await vi.waitFor(async () => expect((await call(env.DB, uncached(), {}, '50')).res.status).toBe(200), {
      timeout: 5_000,
      interval: 50,
    });
  });
});

describe('/health, with the readers’ places all taken', () => {
  it('still asks D1, and says D1 answers once it does; past its own few probes it says "shed", not "unreachable"', async () => {
    const slow = slowD1();
    // The readers' places filled one reader at a time, each waiting on D1, until the next is refused at once. (The
    // isolate's places may hold reads an earlier test dropped, which count until well past their deadline: the gate
    // is filled to where it refuses, not by a count.)
    const readers: ReturnType<typeof call>[] = [];
    for (;;) {
      const before = slow.held();
      const reader = call(slow.binding, uncached());
      const waiting = vi
        .waitFor(() => expect(slow.held()).toBe(before + 1), UNTIL)
        .then(
          () => true,
          () => false,
        );
      const shed = reader.then(({ res }) => res.status === 503);
      if (await Promise.race([shed, waiting.then((held) => (held ? false : shed))])) break;
      readers.push(reader);
      if (readers.length > D1_READS_IN_FLIGHT) throw new Error('the readers’ gate never refused a reader');
    }
    expect(readers.length).toBeGreaterThan(0);
    const held = slow.held();

    // Each probe reaches D1 past the readers' cap, and waits on it as a monitor would.
    const probes = Array.from({ length: HEALTH_PROBES_IN_FLIGHT }, () => call(slow.binding, '/health'));
    await vi.waitFor(() => expect(slow.held()).toBe(held + HEALTH_PROBES_IN_FLIGHT), UNTIL);
    // One more, while they all wait: not asked, and said so.
    const shed = await call(slow.binding, '/health');
    expect(shed.res.status).toBe(503);
    expect(shed.res.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(JSON.parse(shed.text)).toMatchObject({ status: 'degraded', d1: 'shed' });
    expect(slow.held()).toBe(held + HEALTH_PROBES_IN_FLIGHT);

    slow.release();
    for (const probe of await Promise.all(probes)) {
      expect(probe.res.status).toBe(200);
      expect(JSON.parse(probe.text)).toMatchObject({ status: 'ok', d1: 'ok' });
    }
    for (const { res } of await Promise.all(readers)) expect(res.status).toBe(200);
    expect((await call(slow.binding, '/health')).res.status).toBe(200);
  });
});
