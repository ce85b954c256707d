/**
 * Public reads at the edge (Workers Cache API).
 *
 * How long: a read stays fresh for a minute at the edge and in browsers.
 * Editors' writes purge the copies they affect at once in the data center
 * that ran the write (Cache API entries live per data center); everywhere
 * else the change shows within that minute, which costs each data center
 * one D1 read a minute per hot resource. Past the minute a copy is served
 * for ten more while it is refreshed in the background, and for a day if D1
 * fails.
 */

import type { ExecutionContext } from '@cloudflare/workers-types';
import type { Context, MiddlewareHandler } from 'hono';
import { API_V1 } from '../../shared/contract/paths';
import { embedPath, WIDGETS } from '../../shared/embed/catalog';
import { THEMES, WIDGET_KINDS } from '../../shared/embed/options';
import { changesPagePath } from '../../shared/embed/resource-url';
import { LANGS } from '../../shared/format/intl';
import { deadlineFrom } from '../db/deadline';
import type { AffectedReads } from '../db/writes/touched';
import type { AppEnv } from '../env';
import { afterResponse, background } from './after-response';
import { missBudgetSpent, withinMissBudget } from './budgets';
import { CACHE_CONTROL } from './cache-control';
import { cacheKey, keyedUrl } from './cache-keys';
import { dropHot } from './hot-copies';
import {
  answeredAt,
  type Moments,
  markEchoes,
  pinnedKey,
  pinnedMoments,
  readTimelineEntry,
  reportedTimeline,
  type Timeline,
  timelineEntry,
  timelineKey,
  timelineOf,
  unpinnedUrl,
} from './pinned-reads';
import { cacheControlFor, isSettledRead } from './recorded-reads';
import { forgetMisses, shareMiss } from './shared-misses';

/** What an embed page can be asked in: the lists readers choose from (shared/), or others a test passes. */
export type EmbedOptions = { langs: readonly string[]; themes: readonly string[] };

/** A resource's change log (its first page) and feeds (src/routes/record/). */
const recordOf = (path: string) => [`${path}/changes`, `${path}/changes.atom`, `${path}/changes.json`];

/** Each embed page's variants a reader can ask for: every language and theme, or none. */
function embedVariants(path: string, options: EmbedOptions): string[] {
  const out: string[] = [];
  for (const lang of [null, ...options.langs]) {
    for (const theme of [null, ...options.themes]) {
      const q = new URLSearchParams();
      if (lang) q.set('lang', lang);
      if (theme) q.set('theme', theme);
      out.push(q.size ? `${path}?${q}` : path);
    }
  }
  return out;
}

/**
 * Every URL that shows what a write affected: the article list, each
 * article, and each incident and ceasefire with every variant of its
 * widget's embed page, derived from the lists of widgets, languages and
 * themes (shared/embed/options.ts, shared/format/intl.ts), so a new one is
 * purged with no change here.
 */
export function affectedPaths(affected: AffectedReads, options: EmbedOptions = { langs: LANGS, themes: THEMES }) {
  return [
    `${API_V1}/articles`,
    ...(affected.articles ?? []).map((slug) => `${API_V1}/articles/${slug}`),
    ...WIDGET_KINDS.flatMap((widget) => {
      const { collection } = WIDGETS[widget];
      return (affected[collection] ?? []).flatMap((slug) => [
        `${API_V1}/${collection}/${slug}`,
        ...embedVariants(embedPath({ widget, slug }), options),
        ...recordOf(`${API_V1}/${collection}/${slug}`),
        ...(collection === 'incidents' ? [`${API_V1}/incidents/${slug}/claims.csv`] : []),
        // The readers' page of changes has no theme.
        ...embedVariants(changesPagePath(widget, slug), { langs: options.langs, themes: [] }),
      ]);
    }),
    // The site's feeds list every incident's and ceasefire's changes.
    ...((affected.incidents?.length ?? 0) + (affected.ceasefires?.length ?? 0) > 0
      ? [`${API_V1}/changes.atom`, `${API_V1}/changes.json`]
      : []),
  ];
}

/**
 * The one place that knows which URLs show a resource: deletes their cached
 * copies, and the timelines pinned reads are looked up by, so the next read
 * comes from D1. Pinned copies are keyed by the version of their data
 * (src/http/pinned-reads.ts): once the timeline is gone, nothing finds them.
 * `options` is for tests: readers' languages and themes are the default.
 */
export async function purgeAffectedReads(
  c: { req: { url: string } },
  affected: AffectedReads,
  options?: EmbedOptions,
): Promise<void> {
  const origin = new URL(c.req.url).origin;
  const paths = affectedPaths(affected, options);
  const keys = paths.map((path) => cacheKey(`${origin}${path}`));
  // This isolate's in-memory copies too (src/http/hot-copies.ts); other isolates' expire within a second. And its
  // reads under way, which began before the write: a reader from now on reads for itself (src/http/shared-misses.ts).
  dropHot(keys.map((key) => key.url));
  forgetMisses(keys.map((key) => key.url));
  const cache = await caches.open('public-reads');
  const marker = new Response(null, {
    headers: { 'Cache-Control': `public, s-maxage=${PURGE_MARKER_SECONDS}`, [PURGED_AT]: String(Date.now()) },
  });
  // Markers first, then the copies: a store that lands after a copy's delete then always finds its marker
  // (storeUnlessPurged looks again once it has stored).
  await Promise.all(keys.map((key) => cache.put(purgeMarkerKey(key), marker.clone())));
  await Promise.all(
    paths.flatMap((path, i) => {
      const key = keys[i] as Request;
      return [cache.delete(key), ...(path.includes('?') ? [] : [cache.delete(timelineKey(key.url))])];
    }),
  );
}

/**
 * A read that began before a write but finishes after its purge holds the
 * old data; storing it would undo the purge for a minute. So a purge leaves
 * a marker beside each key, and a copy is stored only if its read began
 * after the latest purge of that key. Two minutes outlives any D1 read.
 *
 * The look and the store are two steps, and a purge can run between them
 * (an editor's write landing just after a reader's miss): the copy stored
 * then is of the data before the write, and the purge has already deleted.
 * So the store looks again once it has stored and takes back a copy the
 * purge overtook; the purge writes its markers before it deletes, so a copy
 * stored after the delete always finds the marker on that second look.
 */
const PURGE_MARKER_SECONDS = 120;
const PURGED_AT = 'x-edge-purged-at';
/** Real cache keys never carry this parameter (cacheKey drops unknown ones), so markers cannot collide with them. */
const purgeMarkerKey = (key: Request) => new Request(`${key.url}${key.url.includes('?') ? '&' : '?'}__purged`);

export async function storeUnlessPurged(
  cache: Cache,
  key: Request,
  copy: Response,
  readStartedAt: number,
  /** The key whose purges count (a timeline's is its live copy's). */
  purgedWith: Request = key,
): Promise<boolean> {
  const markerKey = purgeMarkerKey(purgedWith);
  // `>=`: the runtime's clock does not advance within a burst of work, so a tie may be either order; skipping only costs a D1 read.
  const purged = (marker: Response | undefined) => !!marker && Number(marker.headers.get(PURGED_AT)) >= readStartedAt;
  if (purged(await cache.match(markerKey))) return false;
  await cache.put(key, copy);
  if (!purged(await cache.match(markerKey))) return true;
  await cache.delete(key);
  return false;
}

/** How long a cached copy counts as fresh (matches s-maxage). */
const FRESH_MS = 60_000;
/** Past freshness, how long a copy is still served while it is refreshed in the background. */
const REVALIDATE_MS = 600_000;
const STORED_AT = 'x-edge-stored-at';
/** A stored copy's own Cache-Control when it is not a 200 (the cache entry itself says how long the cache keeps it). */
const CLIENT_CACHE_CONTROL = 'x-edge-client-cache-control';
/** What the cache entry says: keep it a day, so it can stand in when D1 fails. */
const KEPT_FOR_A_DAY = 'public, s-maxage=86400';
/** A read of a settled moment of recording: it never changes, so the cache may keep it as long as it likes. */
const KEPT_FOR_A_YEAR = 'public, s-maxage=31536000';
/**
 * Marks the Worker's own background refresh of a stale copy. Per isolate and
 * random, so no client can send it to skip the cache and force D1 reads.
 */
export const REFRESH_HEADER = 'x-edge-refresh';
/** Carries `CACHE_BYPASS_SECRET` (see env.ts). */
export const BYPASS_HEADER = 'x-cache-bypass';
let refreshToken: string | undefined;
/** Made on first use: workerd forbids random values at module load. */
const refreshSecret = () => (refreshToken ??= crypto.randomUUID());

/** Runs the app again for a URL, in the background (the app passes its own `fetch`). */
export type Refetch = (request: Request, env: AppEnv['Bindings'], ctx: ExecutionContext) => Promise<Response>;

/** Where a request's answer is, or would be, in the cache. */
type Lookup = {
  key: Request;
  copy: Response | undefined;
  /** How old the copy counts as: its own age, or for a pinned copy its timeline's. */
  age: number;
  /** What a background refresh reads: the URL itself, or for a pinned copy the live read that renews its timeline. */
  refreshUrl: string;
  moments: Moments | null;
};

/**
 * Serves public GETs (and HEADs) from the edge cache:
 * - a fresh copy (under a minute old) costs no D1 at all;
 * - a copy up to ten minutes past that is served at once while the Worker
 *   refreshes it from D1 in the background (stale-while-revalidate);
 * - an older copy is refreshed before answering, and if that read fails (a
 *   5xx), the stale copy is served instead (stale-if-error), for as long as
 *   the cache keeps it (a day);
 * - a read pinned in time is looked up by the latest change at or before
 *   its instant (src/http/pinned-reads.ts);
 * - a miss waits for a read of the same copy already under way in the
 *   isolate (src/http/shared-misses.ts), or spends the client's miss budget
 *   (src/http/budgets.ts): past it, a stale copy if there is one, else 429.
 */
/** GET, or HEAD: a read of the resource. */
export const isRead = (method: string) => method === 'GET' || method === 'HEAD';

export function edgeCache(refetch: Refetch): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // A HEAD is the GET it asks the headers of (Hono runs the GET and drops the body last): it is served from the
    // same copy and spends the same budget, where going round the cache it read D1 every time.
    if (!isRead(c.req.method)) return next();
    const bypass = c.env.CACHE_BYPASS_SECRET;
    if (bypass && c.req.header(BYPASS_HEADER) === bypass) {
      await next();
      c.res.headers.set('X-Cache', 'BYPASS');
      return;
    }
    const cache = await caches.open('public-reads');
    const refreshing = c.req.header(REFRESH_HEADER) === refreshSecret();
    const found = await lookUp(cache, c.req.url, refreshing);
    // A read of a settled moment of recording never changes: its copy is always fresh (src/http/recorded-reads.ts).
    if (found.copy && (found.age < FRESH_MS || isSettledRead(found.key.url))) {
      c.res = await served(found, 'HIT');
      return;
    }
    if (found.copy && found.age < FRESH_MS + REVALIDATE_MS) {
      refreshInBackground(c, refetch, found.refreshUrl);
      c.res = await served(found, 'STALE');
      return;
    }
    // A miss. If another reader's read of the same copy is under way in this isolate, wait for it instead.
    const share = shareMiss(found.key.url, deadlineFrom(c.env));
    const shared = await share.copy;
    if (shared) {
      c.res = await served({ ...found, copy: shared }, 'HIT');
      return;
    }
    let stored: Response | undefined;
    try {
      // This read goes to D1. The Worker's own refreshes spend no client's budget.
      if (!refreshing && !(await withinMissBudget(c))) {
        if (!found.copy) throw missBudgetSpent();
        c.res = await served(found, 'STALE');
        return;
      }
      const readStartedAt = Date.now();
      await next();
      if (c.res.status >= 500 && found.copy) {
        // Hono merges the failed response's headers into the next one assigned
        // (no-store, Retry-After); the stale copy must not inherit them.
        c.res = undefined;
        c.res = await served(found, 'STALE');
        return;
      }
      stored = await storeRead(c, cache, found, readStartedAt);
      if (stored) c.res.headers.set('X-Cache', 'MISS');
    } finally {
      await share.settle(stored);
    }
  };
}

/** The request's cache key and copy: for a pinned read whose resource has a timeline, its pinned copy. */
async function lookUp(cache: Cache, url: string, refreshing: boolean): Promise<Lookup> {
  const key = cacheKey(url);
  const moments = pinnedMoments(new URL(url));
  const timeline = moments ? await cachedTimeline(cache, url) : undefined;
  const pinned = timeline && moments ? pinnedKey(key.url, timeline.timeline, moments) : null;
  if (timeline && pinned) {
    const copy = refreshing ? undefined : await cache.match(pinned);
    return { key: new Request(pinned), copy, age: timeline.age, refreshUrl: unpinnedUrl(url), moments };
  }
  const copy = refreshing ? undefined : await cache.match(key);
  return { key, copy, age: ageOf(copy), refreshUrl: url, moments };
}

async function cachedTimeline(cache: Cache, url: string): Promise<{ timeline: Timeline; age: number } | undefined> {
  const entry = await cache.match(timelineKey(cacheKey(unpinnedUrl(url)).url));
  const timeline = entry && (await readTimelineEntry(entry));
  return timeline && { timeline, age: ageOf(entry) };
}

const ageOf = (copy: Response | undefined) =>
  copy ? Date.now() - Number(copy.headers.get(STORED_AT)) : Number.POSITIVE_INFINITY;

/**
 * Stores what a miss read, if it may be kept: a 200 under its key; and when
 * the handler reported the resource's timeline, the timeline, and a pinned
 * read (a 200, or the 404 of a resource that did not exist yet at that
 * instant) under its pinned key. Returns the copy stored, if any.
 */
async function storeRead(
  c: Context<AppEnv>,
  cache: Cache,
  found: Lookup,
  readStartedAt: number,
): Promise<Response | undefined> {
  const status = c.res.status;
  const report = reportedTimeline(c);
  if (report) {
    const timeline = await timelineOf(report);
    const liveKey = cacheKey(unpinnedUrl(c.req.url));
    const entry = timelineEntry(timeline, { [STORED_AT]: String(Date.now()), 'Cache-Control': KEPT_FOR_A_DAY });
    afterResponse(c, () => storeUnlessPurged(cache, timelineKey(liveKey.url), entry, readStartedAt, liveKey));
    const pinned = found.moments && pinnedKey(cacheKey(c.req.url).url, timeline, found.moments);
    if (pinned && (status === 200 || status === 404)) {
      // Keyed by the data's version, so it may be stored even if a purge overtook this read.
      const copy = copyToStore(c.res, keyedUrl(c.req.url));
      markEchoes(copy, report.echoes);
      const kept = copy.clone();
      afterResponse(c, () => cache.put(pinned, kept));
      return copy;
    }
  }
  if (status !== 200) return undefined;
  const copy = copyToStore(c.res, keyedUrl(c.req.url));
  const kept = copy.clone();
  afterResponse(c, () => storeUnlessPurged(cache, found.key, kept, readStartedAt));
  return copy;
}

function copyToStore(res: Response, url: string): Response {
  const copy = new Response(res.clone().body, res);
  copy.headers.set(STORED_AT, String(Date.now()));
  if (res.status !== 200) copy.headers.set(CLIENT_CACHE_CONTROL, res.headers.get('Cache-Control') ?? 'no-store');
  copy.headers.set('Cache-Control', isSettledRead(url) ? KEPT_FOR_A_YEAR : KEPT_FOR_A_DAY);
  return copy;
}

/**
 * Background refreshes under way in this isolate, by cache key and start:
 * one at a time per copy, however many readers find it stale, whatever else
 * their URLs carry (a parameter the key drops named a refresh, and a D1
 * read, of its own for each new value, past any budget). An entry that
 * outlives any refresh (its promise dropped with its request) stops counting.
 */
const refreshes = new Map<string, number>();
const REFRESH_FORGOTTEN_AFTER_MS = 30_000;

function refreshInBackground(c: Context<AppEnv>, refetch: Refetch, url: string): void {
  // The copy's own URL: what the key keeps of the reader's.
  const key = cacheKey(url).url;
  const started = refreshes.get(key);
  if (started !== undefined && Date.now() - started < REFRESH_FORGOTTEN_AFTER_MS) return;
  refreshes.set(key, Date.now());
  const request = new Request(key, { headers: { [REFRESH_HEADER]: refreshSecret() } });
  background(
    c,
    refetch(request, c.env, c.executionCtx as ExecutionContext)
      .then((r) => r.body?.cancel())
      .finally(() => refreshes.delete(key)),
  );
}

async function served(found: Lookup, state: 'HIT' | 'STALE'): Promise<Response> {
  const copy = found.copy as Response;
  const res = await answeredAt(copy, found.moments);
  res.headers.delete(STORED_AT);
  res.headers.set(
    'Cache-Control',
    res.status === 200
      ? cacheControlFor(found.key.url, CACHE_CONTROL.publicRead)
      : (copy.headers.get(CLIENT_CACHE_CONTROL) ?? 'no-store'),
  );
  res.headers.delete(CLIENT_CACHE_CONTROL);
  res.headers.set('X-Cache', state);
  return res;
}
