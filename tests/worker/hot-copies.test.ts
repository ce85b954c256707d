import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dropHot, HOT_MS, hotReads, MAX_HOT } from '../../src/http/hot-copies';

/** A bare app behind the first tier, counting what reaches it; its answers say what the edge cache would. */
function behindHotReads(xCache = 'MISS') {
  const reached: string[] = [];
  const app = new Hono()
    .use(hotReads({ keyOf: (url) => url.replace(/\?.*/, ''), through: ['If-None-Match'] }))
    .get('/read/:n', (c) => {
      reached.push(c.req.path);
      c.header('X-Cache', xCache);
      return c.json({ n: c.req.param('n') });
    })
    .get('/raced/:n', (c) => {
      reached.push(c.req.path);
      // A write elsewhere in the isolate purges while this read is under way.
      dropHot(['https://hot.example/unrelated']);
      c.header('X-Cache', xCache);
      return c.json({ n: c.req.param('n') });
    });
  const get = async (path: string, headers: HeadersInit = {}) => {
    const ctx = createExecutionContext();
    const res = await app.request(`https://hot.example${path}`, { headers }, {}, ctx);
    const body = await res.text();
    await waitOnExecutionContext(ctx);
    return { res, body };
  };
  return { reached, get };
}

describe('the first tier of public reads', () => {
  // The isolate's clock, faked and still unless a test moves it: a copy lives HOT_MS on it, however slow the machine.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers again from memory, as a hit, without the app', async () => {
    const { reached, get } = behindHotReads();
    const first = await get('/read/a');
    const again = await get('/read/a');
    expect(reached).toEqual(['/read/a']);
    expect(again.body).toBe(first.body);
    expect(again.res.headers.get('X-Cache')).toBe('HIT');
    expect(again.res.headers.get('Server-Timing')).toBe('d1;dur=0;desc="0 round trips"');
  });

  it('keeps only what the edge cache served or stored', async () => {
    const { reached, get } = behindHotReads('STALE');
    await get('/read/stale');
    await get('/read/stale');
    expect(reached).toEqual(['/read/stale', '/read/stale']);
  });

  it('sends requests carrying a listed header through', async () => {
    const { reached, get } = behindHotReads();
    await get('/read/b');
    await get('/read/b', { 'If-None-Match': '"x"' });
    expect(reached).toEqual(['/read/b', '/read/b']);
  });

  it('keeps a copy for HOT_MS, and no longer', async () => {
    const { reached, get } = behindHotReads();
    await get('/read/timed');
    vi.setSystemTime(Date.now() + HOT_MS - 1);
    await get('/read/timed');
    expect(reached).toEqual(['/read/timed']);
    vi.setSystemTime(Date.now() + 1);
    await get('/read/timed');
    expect(reached).toEqual(['/read/timed', '/read/timed']);
  });

  it('forgets a purged key, under any of the URLs that share it', async () => {
    /** Two URLs of one key read, then read again: with `purge` between, or not. */
    const readTwice = async (path: string, purge: boolean) => {
      const { reached, get } = behindHotReads();
      await get(`${path}?utm=1`);
      await get(`${path}?utm=2`);
      if (purge) dropHot([`https://hot.example${path}`]);
      await get(`${path}?utm=1`);
      await get(`${path}?utm=2`);
      return reached.length;
    };
    // Without the purge the second reads are answered from memory: with it, nothing of that key is.
    expect(await readTwice('/read/kept', false)).toBe(2);
    expect(await readTwice('/read/c', true)).toBe(4);
  });

  it('does not keep a read that a purge overtook', async () => {
    const { reached, get } = behindHotReads();
    await get('/raced/a');
    await get('/raced/a');
    expect(reached).toEqual(['/raced/a', '/raced/a']);
  });

  it('holds at most MAX_HOT copies, forgetting the oldest first', async () => {
    const { reached, get } = behindHotReads();
    for (let i = 0; i <= MAX_HOT; i += 1) await get(`/read/bounded-${i}`);
    await get(`/read/bounded-${MAX_HOT}`);
    await get('/read/bounded-0');
    expect(reached.filter((p) => p === `/read/bounded-${MAX_HOT}`)).toHaveLength(1);
    expect(reached.filter((p) => p === '/read/bounded-0')).toHaveLength(2);
  });
});
