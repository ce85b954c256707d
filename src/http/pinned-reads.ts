/**
 * Bounded cache keys for reads pinned in time (`?asOf=`).
 *
 * A pinned read shows a resource as it stood at an instant. Between two
 * changes of the resource every instant reads the same, save the fields
 * that echo the instant asked; so the edge cache keys a pinned read by the
 * latest change at or before its instant, not by the instant. However many
 * instants a client asks, one resource costs at most one D1 read per
 * change (plus one for the time before its first), and `2016-09-18` and
 * `2016-09-18T23:59:59.999Z` share a key.
 *
 * The changes come from the reads themselves: a handler that read the whole
 * record reports them (`reportTimeline`), and the cache keeps them beside
 * the resource's live copy as its *timeline*, fresh for as long as that copy
 * and purged with it. A pinned copy is keyed by its bucket and by a version
 * of the record it was computed from, so it is a pure function of its key
 * and never outlives its data; only the timeline ages.
 *
 * A second time dimension (`seenAt`, recorded time) plugs in as another
 * entry of `TIME_DIMENSIONS`: its handler reports the instants at which what
 * was served changed, the key gains one bucket per dimension, and the echo
 * covers its field. Nothing else here changes.
 */
import type { Context } from 'hono';
import { isAsOfValue, latestAtOrBefore, pinnedMoment } from '../../shared/domain/time';
import { sha256Hex } from '../auth/token';
import { seenAtParam } from './recorded-reads';

type Dimension = {
  /** The query parameter. */
  param: string;
  /**
   * The instant a value names, and the instant as the route echoes it, or null if the route would refuse the value:
   * such a request goes to the route as it is.
   */
  instant: (value: string) => Moment | null;
};

/** An instant asked (ms), and how the route writes it back (in the offset it was asked in: `pinnedMoment`). */
type Moment = { at: number; echo: string };

/**
 * The dimensions a read can be pinned in. The response field that echoes the
 * instant asked is named like the dimension.
 */
export const TIME_DIMENSIONS = {
  asOf: {
    param: 'asOf',
    instant: (value) => {
      if (!isAsOfValue(value)) return null;
      const { at, echo } = pinnedMoment(value);
      return { at: at.getTime(), echo };
    },
  },
} satisfies Record<string, Dimension>;

export type TimeDimension = keyof typeof TIME_DIMENSIONS;
const DIMENSIONS = Object.keys(TIME_DIMENSIONS) as TimeDimension[];

export type Moments = Partial<Record<TimeDimension, Moment>>;

/** What a pinned read of a resource depends on: where it can change, and the version of the data. */
export type Timeline = {
  /** Per dimension the route understands, the instants (ms, sorted) at which a read pinned in it can change. */
  changes: Partial<Record<TimeDimension, number[]>>;
  /** Digest of the record the changes were read from. */
  version: string;
};

/** What a handler reports after reading a resource whole. */
export type TimelineReport = {
  changes: Partial<Record<TimeDimension, number[]>>;
  /** The record read, whole: its digest versions the pinned copies. */
  record: unknown;
  /** The dimensions whose instant this response echoes in the field of that name. */
  echoes: TimeDimension[];
};

const reports = new WeakMap<object, TimelineReport>();

/** Called by a handler that read a resource whole, whether or not this request is pinned. */
export function reportTimeline(c: Context, report: TimelineReport): void {
  reports.set(c.req.raw, report);
}

export function reportedTimeline(c: Context): TimelineReport | undefined {
  return reports.get(c.req.raw);
}

export async function timelineOf(report: TimelineReport): Promise<Timeline> {
  return { changes: report.changes, version: (await sha256Hex(JSON.stringify(report.record))).slice(0, 24) };
}

/**
 * The instants a request is pinned to, or null when it is not pinned or asks
 * something the route would refuse (a value given twice, an unreadable one).
 */
export function pinnedMoments(url: URL): Moments | null {
  // A read in recorded time (`?seenAt=`) is keyed by its own URL, and once settled never changes
  // (src/http/recorded-reads.ts); the data's timeline, read now, does not describe it.
  if (seenAtParam(url) !== null) return null;
  const moments: Moments = {};
  for (const dimension of DIMENSIONS) {
    const values = url.searchParams.getAll(TIME_DIMENSIONS[dimension].param);
    if (values.length === 0) continue;
    const instant =
      values.length === 1 && values[0] !== undefined ? TIME_DIMENSIONS[dimension].instant(values[0]) : null;
    if (instant === null) return null;
    moments[dimension] = instant;
  }
  return Object.keys(moments).length > 0 ? moments : null;
}

/** The URL of the resource unpinned: whose live copy the timeline lives beside, and whose read refreshes it. */
export function unpinnedUrl(url: string): string {
  const u = new URL(url);
  for (const dimension of DIMENSIONS) u.searchParams.delete(TIME_DIMENSIONS[dimension].param);
  u.hash = '';
  return u.toString();
}

/**
 * The key of a pinned copy: `key` (the request's own cache key) with each
 * instant replaced by the latest change at or before it (`-`: before the
 * first), and the timeline's version. Null when the timeline does not cover
 * every dimension asked (the route does not understand it).
 */
export function pinnedKey(key: string, timeline: Timeline, moments: Moments): string | null {
  const u = new URL(key);
  for (const [dimension, moment] of Object.entries(moments) as [TimeDimension, Moment][]) {
    const changes = timeline.changes[dimension];
    if (!changes) return null;
    u.searchParams.delete(TIME_DIMENSIONS[dimension].param);
    // Parameter names no request keeps (the cache key drops unknown ones), so they cannot collide with real keys.
    u.searchParams.set(`__${dimension}`, String(latestAtOrBefore(changes, moment.at) ?? '-'));
  }
  u.searchParams.set('__v', timeline.version);
  return u.toString();
}

/** Carries, on a stored copy, the dimensions its body echoes. */
const ECHO_HEADER = 'x-edge-echo';

/** Marks a copy about to be stored with what it echoes. */
export function markEchoes(copy: Response, echoes: TimeDimension[]): void {
  if (echoes.length > 0) copy.headers.set(ECHO_HEADER, echoes.join(','));
}

/**
 * A stored copy answering `moments`: each field that echoes an instant says
 * the instant asked, as the route would have written it.
 */
export async function answeredAt(copy: Response, moments: Moments | null): Promise<Response> {
  const echoes = (copy.headers.get(ECHO_HEADER)?.split(',') ?? []) as TimeDimension[];
  const headers = new Headers(copy.headers);
  headers.delete(ECHO_HEADER);
  if (echoes.length === 0 || !moments) return new Response(copy.body, { status: copy.status, headers });
  const body = (await copy.json()) as Record<string, unknown>;
  for (const dimension of echoes) {
    const moment = moments[dimension];
    if (moment !== undefined && dimension in body) body[dimension] = moment.echo;
  }
  headers.delete('Content-Length');
  // The copy keeps the ETag of the body it was stored with (hashed once, src/app.ts); this body says another
  // instant, so its tag goes and the app's etag() hashes what is sent.
  headers.delete('ETag');
  return new Response(JSON.stringify(body), { status: copy.status, headers });
}

/** The timeline as a cache entry (a small JSON body), and back. */
export function timelineEntry(timeline: Timeline, headers: HeadersInit): Response {
  return new Response(JSON.stringify(timeline), { headers });
}

export async function readTimelineEntry(entry: Response): Promise<Timeline | undefined> {
  try {
    const parsed = (await entry.json()) as Timeline;
    return typeof parsed?.version === 'string' && typeof parsed.changes === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Where a resource's timeline is cached: beside its live copy's key. */
export function timelineKey(liveKey: string): Request {
  return new Request(`${liveKey}${liveKey.includes('?') ? '&' : '?'}__timeline`);
}
