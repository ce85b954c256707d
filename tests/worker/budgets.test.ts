/**
 * Budgets per client address (src/http/budgets.ts), through the real Rate
 * Limiting bindings of wrangler.toml as miniflare runs them: a client's
 * cache misses past its budget get 429 with Retry-After while its cached
 * reads still answer, and the editors' API has a budget of its own.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createApp } from '../../src/app';
import { SEED } from '../../src/db/seed/story';
import { DEFER_MS } from '../../src/http/after-response';
import { BUDGETS, missKey } from '../../src/http/budgets';
import { cacheKey } from '../../src/http/cache-keys';
import { budgetKeyOf } from '../../src/http/client-address';
import { dropHot } from '../../src/http/hot-copies';
import { addEditor, freshIp, unique } from './admin-helpers';
import { BASE, seedStory } from './helpers';

const app = createApp();
let token = '';

beforeAll(async () => {
  token = (await addEditor()).token;
});

async function call(path: string, ip: string, headers: Record<string, string> = {}) {
  const ctx = createExecutionContext();
  const request = new Request(`${BASE}${path}`, { headers: { 'CF-Connecting-IP': ip, ...headers } });
  const res = await app.fetch(request, env, ctx);
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, text };
}

/** A listing nothing has cached: each one a miss that reads D1. */
const uncached = () => `/api/v1/articles?section=${unique('budget')}`;

/**
 * Calls until the first 429, at most twice the budget: the binding counts in
 * fixed windows, so a run that straddles two may see up to twice it pass.
 */
async function spendUntilRefused(limit: number, next: () => Promise<{ res: Response; text: string }>) {
  let accepted = 0;
  for (let i = 0; i < 2 * limit + 1; i++) {
    const answer = await next();
    if (answer.res.status === 429) return { accepted, refused: answer };
    expect(answer.res.status).toBeLessThan(300);
    accepted += 1;
  }
  throw new Error(`no 429 after ${accepted} calls`);
}

describe('the miss budget', () => {
  it('refuses a client’s misses past it with 429 and Retry-After, and nothing else', async () => {
    const ip = freshIp();
    // Copies that others' reads cached: one fresh, one too old to serve unasked.
    const cachedPath = uncached();
    expect((await call(cachedPath, freshIp())).res.status).toBe(200);
    const stalePath = uncached();
    const staleText = (await call(stalePath, freshIp())).text;
    const cache = await caches.open('public-reads');
    const copy = (await cache.match(cacheKey(`${BASE}${stalePath}`))) as Response;
    const older = new Response(copy.body, copy);
    older.headers.set('x-edge-stored-at', String(Date.now() - 3_600_000));
    await cache.put(cacheKey(`${BASE}${stalePath}`), older);
    // This isolate's in-memory copy of the fresh read would answer for another second: it goes, as a purge's would.
    dropHot([cacheKey(`${BASE}${stalePath}`).url]);

    // All but the last few of its budget spent by its misses in other isolates (300 of this isolate's own took 10 s),
    // then its misses here: the ones left go through, the next is refused.
    const LEFT = 5;
    for (let i = 0; i < BUDGETS.READ_MISSES.limit - LEFT; i++) await env.READ_MISSES.limit({ key: missKey(ip) });
    const { accepted, refused } = await spendUntilRefused(BUDGETS.READ_MISSES.limit, () => call(uncached(), ip));
    expect(accepted).toBeGreaterThanOrEqual(LEFT);
    expect(refused.res.headers.get('Retry-After')).toBe(String(BUDGETS.READ_MISSES.periodSeconds));
    expect(refused.res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(JSON.parse(refused.text)).toMatchObject({ type: '/problems/rate-limited', status: 429 });
    // A widget on a publisher's page reads the refusal and its Retry-After like any read.
    expect(refused.res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(refused.res.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
    // The refusal cost no D1 read.
    expect(refused.res.headers.get('Server-Timing')).toContain('desc="0 round trips"');

    // Cached reads from the same address still answer: fresh, and stale in place of a refusal.
    for (let i = 0; i < 20; i++) {
      const hit = await call(cachedPath, ip);
      expect([hit.res.status, hit.res.headers.get('X-Cache')]).toEqual([200, 'HIT']);
    }
    const stale = await call(stalePath, ip);
    expect([stale.res.status, stale.res.headers.get('X-Cache'), stale.text]).toEqual([200, 'STALE', staleText]);
    // Another address has its own budget; the editors' API answers this one.
    expect((await call(uncached(), freshIp())).res.status).toBe(200);
    const audit = await call('/api/v1/admin/audit?limit=1', ip, { Authorization: `Bearer ${token}` });
    expect(audit.res.status).toBe(200);
  }, 120_000);
});

/**
 * Spends the misses budget of `client` (its key: an IPv4 address, an IPv6 client's /64) directly, as other isolates
 * would: how many it still allowed.
 */
async function spendDirectly(client: string): Promise<number> {
  let allowed = 0;
  while ((await env.READ_MISSES.limit({ key: missKey(client) })).success) {
    allowed += 1;
    if (allowed > 2 * BUDGETS.READ_MISSES.limit) throw new Error('the binding never refused');
  }
  return allowed;
}

/** The binding counts in fixed windows of a minute: a run that straddles two is tried again with a new address. */
async function inOneWindow(attempt: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 3; tries++) if (await attempt()) return;
  throw new Error('three runs straddled a window');
}

describe('an IPv6 client', () => {
  it('is counted by its /64: a new address for every read buys no new budget', async () => {
    await inOneWindow(async () => {
      const [a = 0, b = 0] = crypto.getRandomValues(new Uint16Array(2));
      const network = (net: number) => (n: number) =>
        `2001:db8:${a.toString(16)}:${net.toString(16)}:${n.toString(16)}::${n.toString(16)}`;
      const inNetwork = network(b);
      // The network's budget spent by one of its addresses, in other isolates.
      const key = budgetKeyOf(inNetwork(1));
      await spendDirectly(key);
      // Other addresses of the /64: the first miss this isolate sees of the network goes through unasked (as any
      // client's), the next finds the network's budget spent.
      expect((await call(uncached(), inNetwork(2))).res.status).toBe(200);
      const next = await call(uncached(), inNetwork(3));
      // Let through with the budget renewed: the minute's window turned meanwhile. Still spent, it is the failure.
      if (next.res.status === 200 && (await spendDirectly(key)) > 0) return false;
      expect(next.res.status).toBe(429);
      // The next /64 is another client, with a budget of its own.
      const nextNetwork = network((b + 1) & 0xffff);
      for (const n of [1, 2]) expect((await call(uncached(), nextNetwork(n))).res.status).toBe(200);
      return true;
    });
  });
});

describe('a client’s first miss in an isolate', () => {
  it('does not wait for the budget, and the next miss does', async () => {
    await inOneWindow(async () => {
      const ip = freshIp();
      await spendDirectly(ip);
      // Spent elsewhere already, yet this isolate lets the first miss through: it does not ask first.
      expect((await call(uncached(), ip)).res.status).toBe(200);
      const second = await call(uncached(), ip);
      if (second.res.status === 200) return false;
      expect(second.res.status).toBe(429);
      return true;
    });
  });

  it('is still spent from the budget', async () => {
    await inOneWindow(async () => {
      const ip = freshIp();
      expect((await call(uncached(), ip)).res.status).toBe(200);
      const left = await spendDirectly(ip);
      if (left >= BUDGETS.READ_MISSES.limit) return false;
      expect(left).toBe(BUDGETS.READ_MISSES.limit - 1);
      return true;
    });
  }, 60_000);

  it('is spent a beat after its answer has left, not while the reader waits (src/http/after-response.ts)', async () => {
    // The Worker's timers and clock, faked: the beat is DEFER_MS on this clock, whatever the machine's pace.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const ip = freshIp();
    const spent: number[] = [];
    // The real binding, noting when it is asked.
    const READ_MISSES = {
      limit: (options: { key: string }) => {
        spent.push(Date.now());
        return env.READ_MISSES.limit(options);
      },
    };
    const ctx = createExecutionContext();
    const request = new Request(`${BASE}${uncached()}`, { headers: { 'CF-Connecting-IP': ip } });
    const res = await app.fetch(request, { ...env, READ_MISSES }, ctx);
    const answered = Date.now();
    expect(res.status).toBe(200);
    // Answered without asking the binding, which is not asked on the next turn either, nor a moment before the beat…
    expect(spent).toEqual([]);
    await vi.advanceTimersByTimeAsync(DEFER_MS - 1);
    expect(spent).toEqual([]);
    // …and is asked once, at it.
    await vi.advanceTimersByTimeAsync(1);
    expect(spent).toEqual([answered + DEFER_MS]);
    await waitOnExecutionContext(ctx);
    expect(spent).toEqual([answered + DEFER_MS]);
  });
});

describe('reads that reach D1 outside the API’s cache', () => {
  /** A client whose budget is spent: the binding's count, and the isolate's free first miss, used up. */
  async function spentClient(): Promise<string> {
    const ip = freshIp();
    await spendDirectly(ip);
    expect((await call(uncached(), ip)).res.status).toBe(200);
    return ip;
  }

  /** `ask` from a spent client is refused and from another answered; a window's turn mid-run is tried again. */
  async function refusedPastBudget(ask: (ip: string) => Promise<{ res: Response; text: string }>) {
    await seedStory();
    for (let tries = 0; ; tries++) {
      const refused = await ask(await spentClient());
      // The binding counts in fixed windows of a minute: a run that straddles two is tried again.
      if (refused.res.status === 200 && tries < 2) continue;
      expect(refused.res.status).toBe(429);
      expect(JSON.parse(refused.text)).toMatchObject({ type: '/problems/rate-limited' });
      break;
    }
    expect((await ask(freshIp())).res.status).toBe(200);
  }

  it('an image spends its reader’s budget on the read it draws, not one every image reader shares', async () => {
    // Each a moment of recording not asked before: a read no copy holds, drawn anew.
    let n = 0;
    await refusedPastBudget((ip) =>
      call(`/embed/casualty-claims/${SEED.incidentSlug}.svg?seenAt=${new Date(Date.now() - ++n).toISOString()}`, ip),
    );
  });

  it('the demo page, which reads D1 every time, spends its client’s budget', async () => {
    await refusedPastBudget((ip) => call('/', ip));
  });

  it('an oEmbed answer, which reads D1 every time, spends its client’s budget', async () => {
    const url = encodeURIComponent(`${BASE}/embed/casualty-claims/${SEED.incidentSlug}`);
    await refusedPastBudget((ip) => call(`/oembed?url=${url}`, ip));
  });
});

describe('the editors’ budget', () => {
  it('limits the editors’ API per address, apart from the readers’ budget', async () => {
    const ip = freshIp();
    const { accepted, refused } = await spendUntilRefused(BUDGETS.EDITOR_REQUESTS.limit, () =>
      call('/api/v1/admin/audit?limit=1', ip, { Authorization: `Bearer ${token}` }),
    );
    expect(accepted).toBeGreaterThanOrEqual(BUDGETS.EDITOR_REQUESTS.limit);
    expect(refused.res.headers.get('Retry-After')).toBe(String(BUDGETS.EDITOR_REQUESTS.periodSeconds));
    expect(JSON.parse(refused.text)).toMatchObject({ type: '/problems/rate-limited', status: 429 });
    // Readers at the same address are not refused for it.
    expect((await call(uncached(), ip)).res.status).toBe(200);
  }, 180_000);
});
