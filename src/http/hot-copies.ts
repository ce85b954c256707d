/**
 * The edge cache's first tier: the cached public reads this isolate served in
 * the last second, kept in its memory as they went out, headers and all. A
 * hot story is asked for many times a second by every isolate that serves it;
 * each of those reads is then answered by the Worker's entry before the app
 * runs (`fromMemory`, src/index.ts): no router, no middleware, no
 * Cache API lookup (an I/O round trip to the data center's cache), no headers
 * set again one by one, only a Response made from bytes and headers at hand.
 * That work was most of what a cached read cost beyond the runtime's own
 * ceiling (bench/README.md).
 *
 * What it keeps: a 200 to a plain GET that the edge cache served or stored
 * (`X-Cache: HIT` or `MISS`), never a stale copy or a bypass; a conditional
 * request (`If-None-Match`) goes through the app for its 304, and so do the
 * operators' bypass and the edge cache's own refresh. A copy is kept
 * for `HOT_MS`, so it may be served up to a second past its minute. A purge
 * drops this isolate's copies at once; the other isolates of the data center
 * drop theirs within `HOT_MS`, so an editor's change reaches every reader of
 * the data center that ran the write within a second instead of at once.
 * Bounded to `MAX_HOT` copies, the oldest going first, so no stream of URLs
 * can grow it.
 */
import type { MiddlewareHandler } from 'hono';
import { serverTiming } from '../db/meter';
import { background } from './after-response';

/** How long an isolate answers from memory before asking the Cache API again. */
export const HOT_MS = 1000;
/** At most this many copies, the oldest going first. */
export const MAX_HOT = 64;

type HotCopy = { key: string; status: number; headers: [string, string][]; body: ArrayBuffer; until: number };

/** By request URL, as asked (no parsing on the way in); `key` is the edge cache's key, which purges name. */
const copies = new Map<string, HotCopy>();
/** Counts purges, so a read that was under way when one ran is not kept (as the edge cache's storeUnlessPurged). */
let purges = 0;

/** What a copy served from memory says about D1: nothing asked. */
const NO_ROUND_TRIP = serverTiming({ roundTrips: () => 0, milliseconds: () => 0 });

/**
 * Answers a plain GET from this isolate's memory when it can; otherwise runs
 * the app, and keeps what the edge cache served. `keyOf` is the edge cache's
 * key for a URL; a request carrying any of the `through` headers (a
 * conditional request, the operators' bypass, the edge cache's own refresh)
 * always goes through the app.
 */
export function hotReads(options: { keyOf: (url: string) => string; through: readonly string[] }): MiddlewareHandler {
  return async (c, next) => {
    const hot = fromMemory(c.req.raw, options.through);
    if (hot) return hot;
    const purgesBefore = purges;
    await next();
    const state = c.res.headers.get('X-Cache');
    if (c.res.status !== 200 || (state !== 'HIT' && state !== 'MISS') || purges !== purgesBefore) return;
    if (!plainGet(c.req.raw, options.through)) return;
    const url = c.req.url;
    background(c, keep(url, options.keyOf(url), c.res.clone(), Date.now(), purgesBefore));
  };
}

/**
 * The Worker's first step, before the app and its router (src/index.ts): a
 * plain GET this isolate answered within the last second, from memory. The
 * app's `hotReads` keeps the copies (and answers the same way when the app
 * is called directly). Whether a copy exists is asked first: it is one
 * lookup, where the method and the listed headers are five calls into the
 * runtime, which every request without a copy (a page, an uncached read,
 * an editor's write) would otherwise make twice.
 */
export function fromMemory(request: Request, through: readonly string[]): Response | undefined {
  const url = request.url;
  return copies.has(url) && plainGet(request, through) ? served(url, Date.now()) : undefined;
}

/** A GET carrying none of the `through` headers: what memory may answer, and what it may keep. */
function plainGet(request: Request, through: readonly string[]): boolean {
  return request.method === 'GET' && !through.some((name) => request.headers.has(name));
}

function served(url: string, now: number): Response | undefined {
  const copy = copies.get(url);
  if (!copy) return undefined;
  if (copy.until <= now) {
    copies.delete(url);
    return undefined;
  }
  return new Response(copy.body, { status: copy.status, headers: copy.headers });
}

async function keep(url: string, key: string, response: Response, now: number, purgesBefore: number): Promise<void> {
  const body = await response.arrayBuffer();
  if (purges !== purgesBefore) return;
  const headers = new Headers(response.headers);
  headers.set('X-Cache', 'HIT');
  headers.set('Server-Timing', NO_ROUND_TRIP);
  copies.delete(url);
  copies.set(url, { key, status: response.status, headers: [...headers], body, until: now + HOT_MS });
  if (copies.size > MAX_HOT) copies.delete(copies.keys().next().value as string);
}

/** The path a key names, whatever it is asked with (`?asOf=`, `?lang=`, …). */
const pathOf = (key: string) => key.split('?')[0];

/**
 * Forgets this isolate's copies of what the edge cache's `keys` name (a
 * purge), with every query: a pinned read (`?asOf=`) of a changed resource
 * goes too, as its timeline does in the edge cache.
 */
export function dropHot(keys: string[]): void {
  purges += 1;
  const purged = new Set(keys.map(pathOf));
  for (const [url, copy] of copies) if (purged.has(pathOf(copy.key))) copies.delete(url);
}
