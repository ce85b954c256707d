/**
 * Reads in recorded time (`?seenAt=`) at the HTTP layer: what the edge
 * cache and the handlers need to know about them, without zod (the cache
 * runs before any router is loaded).
 *
 * A read of a past moment of recording never changes: nothing can be
 * recorded in the past. It is cached as immutable once the moment is
 * settled, that is, once every write that could still be recorded at or
 * before it has landed; before then it is cached like a live read.
 */
import { asOfMoment, isAsOfValue, pinnedMoment } from '../../shared/domain/time';
import { isFrameablePage } from './page-headers';
import { Problem } from './problem';

/** The query parameter, and the widget attribute's spelling the embed pages take too. */
export const SEEN_AT_PARAMS = ['seenAt', 'seen-at'] as const;
/** What a JSON read takes: the parameter alone. */
const JSON_SEEN_AT_PARAMS = SEEN_AT_PARAMS.slice(0, 1);

/**
 * How long after an instant a write recorded at or before it may still be
 * landing: a write takes its instant inside its own D1 transaction, which
 * ends within D1's deadline (4 s, src/db/deadline.ts); the rest is margin
 * for clocks.
 */
export const SETTLED_AFTER_MS = 10_000;

export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * The `seenAt` value a URL asks for, if it asks for one; on an embed page (`/embed/…`) also its widget attribute's
 * spelling, `seen-at`, which only those pages read. A JSON read ignores `seen-at` and answers live: taken for a
 * settled moment there, its live answer was cached as immutable for a year, out of reach of any purge.
 */
export function seenAtParam(url: URL): string | null {
  for (const name of isFrameablePage(url.pathname) ? SEEN_AT_PARAMS : JSON_SEEN_AT_PARAMS) {
    const value = url.searchParams.get(name);
    if (value !== null) return value;
  }
  return null;
}

/**
 * Whether a URL reads a settled past moment of recording: what it answers
 * never changes. Asked of every public read's answer, so a URL given as text
 * that cannot hold the parameter (no "seen" and no percent-escape in it,
 * as almost every read) is answered without parsing it.
 */
export function isSettledRead(url: URL | string, now = Date.now()): boolean {
  if (typeof url === 'string') {
    if (!url.includes('seen') && !url.includes('%')) return false;
    url = new URL(url);
  }
  const value = seenAtParam(url);
  return value !== null && isAsOfValue(value) && asOfMoment(value).getTime() <= now - SETTLED_AFTER_MS;
}

/** The Cache-Control of a public read's 200: immutable for a settled `seenAt`, else what live reads get. */
export function cacheControlFor(url: URL | string, live: string): string {
  return isSettledRead(url) ? IMMUTABLE_CACHE_CONTROL : live;
}

/**
 * The moment a validated `seenAt` names (ms), or undefined without one. A
 * moment in the future is refused: nothing has been served then yet.
 */
export function seenMoment(value: string | undefined, path = 'query.seenAt', now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const moment = asOfMoment(value).getTime();
  if (moment > now) {
    throw new Problem('validation', `seenAt ${value} is in the future: nothing has been published then yet.`, {
      errors: [{ path, message: `must not be later than now (${new Date(now).toISOString()})` }],
    });
  }
  return moment;
}

/** The 404 of a read from before a resource was first published (or of one never published). */
export function notSeenYet(
  kind: 'incident' | 'ceasefire' | 'article',
  slug: string,
  seenAt: number | undefined,
  firstRecorded: number | null,
): Problem {
  if (seenAt !== undefined && firstRecorded !== null && firstRecorded > seenAt) {
    const [asked, first] = [seenAt, firstRecorded].map((t) => new Date(t).toISOString());
    return new Problem(
      'not-found',
      `The ${kind} "${slug}" had not been published by ${asked}: it was first published at ${first}.`,
    );
  }
  const when = seenAt === undefined ? '' : ` as published at ${new Date(seenAt).toISOString()}`;
  return new Problem('not-found', `No ${kind} "${slug}"${when}.`);
}

/**
 * What a resource's own read adds in recorded time: its change count, and the moment asked (`seenAt`, validated),
 * echoed in the offset it was asked in, as `asOf` is (`pinnedMoment`): "as published on" names the day asked.
 */
export function recordedFields(
  changeCount: number,
  seenAt: string | undefined,
): { changeCount: number; seenAt?: string } {
  return { changeCount, ...(seenAt === undefined ? {} : { seenAt: pinnedMoment(seenAt).echo }) };
}
