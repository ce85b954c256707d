/**
 * Instants are stored in UTC with the source's offset beside them; these
 * functions convert between that pair and the ISO string the API shows.
 */

const OFFSET = /([+-]\d{2}:\d{2}|Z)$/;

export type StoredInstant = { utc: string; offset: string | null };

/** "2016-09-12T19:00:00+03:00" → { utc: "2016-09-12T16:00:00.000Z", offset: "+03:00" } */
export function storeInstant(iso: string): StoredInstant {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${iso}`);
  const match = OFFSET.exec(iso);
  const offset = match?.[1] && match[1] !== 'Z' ? match[1] : null;
  return { utc: new Date(ms).toISOString(), offset };
}

/** The inverse of `storeInstant`: the instant written in its original offset. */
export function showInstant(utc: string, offset: string | null): string {
  if (!offset) return utc.replace(/\.000Z$/, 'Z');
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h = 0, m = 0] = offset.slice(1).split(':').map(Number);
  const shifted = new Date(Date.parse(utc) + sign * (h * 60 + m) * 60_000);
  return `${shifted.toISOString().slice(0, 19)}${offset}`;
}

/**
 * `?asOf=` as a moment: a bare date means the end of that day in UTC; an
 * instant is taken as given.
 */
export function asOfMoment(input: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(input)) return new Date(`${input}T23:59:59.999Z`);
  return new Date(input);
}

/** A moment a read is pinned to (`?asOf=`, `?seenAt=`): the instant, and the instant as the read writes it back. */
export type PinnedMoment = { readonly at: Date; readonly echo: string };

/**
 * `?asOf=` (or `?seenAt=`, which is written alike) as a pinned moment. The echo keeps the offset it was asked in: a day is the local day its instant is
 * written in (`localDay`), so `2016-09-19T01:00:00+03:00` echoed in UTC would read as the 18th, a day before the
 * one asked. A bare date echoes the end of that day, UTC, as it means.
 */
export function pinnedMoment(input: string): PinnedMoment {
  const at = asOfMoment(input);
  const offset = /^\d{4}-\d{2}-\d{2}$/.test(input) ? undefined : OFFSET.exec(input)?.[1];
  if (!offset || offset === 'Z') return { at, echo: at.toISOString() };
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h = 0, m = 0] = offset.slice(1).split(':').map(Number);
  const shifted = new Date(at.getTime() + sign * (h * 60 + m) * 60_000);
  return { at, echo: `${shifted.toISOString().slice(0, 23)}${offset}` };
}

/** Whether `YYYY-MM-DD` names a day of the calendar (not 2016-02-30). */
function isCalendarDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(date);
}

const AS_OF_INSTANT =
  /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * What `?asOf=` accepts: a calendar date, or an RFC 3339 instant with
 * seconds and `Z` or an offset. The contract's `AsOfQuery` says the same in
 * zod for the documented routes; this is for what runs before them (the
 * edge cache's pinned keys, embed URLs), which must not load zod, and
 * `time.test.ts` holds the two equal.
 */
export function isAsOfValue(value: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return isCalendarDate(value);
  const date = AS_OF_INSTANT.exec(value)?.[1];
  return date !== undefined && isCalendarDate(date) && inFourDigitYears(value);
}

/**
 * Whether an instant is in the years 0000–9999 in UTC, where its ISO form sorts as time does: an offset can carry
 * `9999-12-31T23:59:59-23:59` into the year 10000 (`+010000-…`), which sorts before every other date.
 */
export function inFourDigitYears(instant: string): boolean {
  const year = new Date(instant).getUTCFullYear();
  return year >= 0 && year <= 9999;
}

/** The calendar date (UTC) of a moment, for comparing with `…_on` columns. */
export function utcDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/**
 * The latest of some recorded instants (stored UTC ISO strings; nulls
 * skipped), as the API shows an instant. What `updatedAt` and
 * `Last-Modified` are made of.
 */
export function latestRecorded(...instants: (string | null | undefined)[]): string {
  const ms = Math.max(0, ...instants.map((i) => (i ? Date.parse(i) : 0)));
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

/** A record's `updatedAt` and the instants it is made of (nulls dropped), kept for pinned views. */
export function recordedAt(instants: (string | null | undefined)[]): { updatedAt: string; recorded: string[] } {
  const recorded = instants.filter((i): i is string => Boolean(i));
  return { updatedAt: latestRecorded(...recorded), recorded };
}

/**
 * `updatedAt` of a view pinned to `moment`: the latest change recorded at or
 * before it, so edits made later never move a pinned embed's date (or its
 * `Last-Modified`). A story entered after the moment it describes has no
 * record that early; its pinned views date from its first record.
 */
export function recordedBy(moment: Date, recorded: string[]): string {
  const early = recorded.filter((i) => Date.parse(i) <= moment.getTime());
  if (early.length > 0) return latestRecorded(...early);
  const first = Math.min(...recorded.map((i) => Date.parse(i)));
  return latestRecorded(Number.isFinite(first) ? new Date(first).toISOString() : null);
}

export const DAY_MS = 86_400_000;

/** The first instant (UTC) of a calendar date `YYYY-MM-DD`: when a `…_on` column starts to count for `?asOf=`. */
export function startOfUtcDay(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`);
}

/** Instants in milliseconds, sorted, each once, the unreadable ones dropped. */
export function sortedInstants(instants: number[]): number[] {
  return [...new Set(instants.filter(Number.isFinite))].sort((a, b) => a - b);
}

/**
 * The latest of `changes` (sorted, as `sortedInstants` returns them) at or
 * before `moment`, or null when `moment` comes before all of them.
 */
export function latestAtOrBefore(changes: readonly number[], moment: number): number | null {
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((changes[mid] ?? Number.POSITIVE_INFINITY) <= moment) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : (changes[lo - 1] ?? null);
}

/** Whole days from `from` to `to`, never negative. */
export function wholeDaysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}
