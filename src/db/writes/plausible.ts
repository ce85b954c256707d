/**
 * Dates an editor types that cannot be right, refused (400, naming the field) before anything is written: a claim
 * made, a count reported or a ceasefire's state known after today, a typo ("2099" for this year) that would count
 * in today's summary and, for a ceasefire, fix an order every later status change must follow. Today reaches a
 * day past UTC's date (the last time zone's is UTC+14), and an instant may be an hour ahead of the Worker's clock
 * (the editor's may run fast). Nor what cannot be in order: an incident ending before its day, a count of
 * violations reported before its ceasefire began.
 */
import type { FieldIssue } from '../../../shared/domain/errors';

const DAY_MS = 86_400_000;
const CLOCK_SLACK_MS = 3_600_000;

/** An issue for `path` if `value` (a calendar day or an instant) is later than anyone's today at `at`. */
export function laterThanToday(path: string, value: string | null | undefined, at: string): FieldIssue[] {
  if (!value) return [];
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const limit = isDay ? Date.parse(at.slice(0, 10)) + DAY_MS : Date.parse(at) + CLOCK_SLACK_MS;
  return Date.parse(value) > limit ? [{ path, message: `is after today (${at.slice(0, 10)})` }] : [];
}

const ZONE_AHEAD_MS = 14 * 3_600_000;
const ZONE_BEHIND_MS = 12 * 3_600_000;

/** An issue for `path` if the instant `value` is before `day` has begun anywhere (its midnight at UTC+14). */
export function beforeItsDay(path: string, value: string | null | undefined, day: string, what: string): FieldIssue[] {
  if (!value || Date.parse(value) >= Date.parse(day) - ZONE_AHEAD_MS) return [];
  return [{ path, message: `is before ${what} (${day})` }];
}

/** An issue for `path` if the calendar `day` has ended everywhere (its end at UTC−12) before the instant `start`. */
export function dayBeforeStart(path: string, day: string, start: string, what: string): FieldIssue[] {
  if (Date.parse(day) + DAY_MS + ZONE_BEHIND_MS >= Date.parse(start)) return [];
  return [{ path, message: `is before ${what} (${start})` }];
}

/** A correction as stored (shared/contract/common.ts, Correction). */
export type Correction = { note: string; at: string };
export const correctionKey = (c: Correction) => `${c.at}\u0000${c.note}`;

/** Issues for the corrections in `after` that are new (not in `before`) and dated after today. */
export function newCorrectionsAfterToday(before: unknown, after: unknown, at: string): FieldIssue[] {
  const known = new Set(((before ?? []) as Correction[]).map(correctionKey));
  return ((after ?? []) as Correction[]).flatMap((c, i) =>
    known.has(correctionKey(c)) ? [] : laterThanToday(`corrections.${i}.at`, c.at, at),
  );
}
