/**
 * Dates an editor types that cannot be right, refused (400, naming the field) before anything is written: a claim
 * made, a count reported or a ceasefire's state known after today, a typo ("2099" for this year) that would count
 * in today's summary and, for a ceasefire, fix an order every later status change must follow. Today reaches a
 * day past UTC's date (the last time zone's is UTC+14), and an instant may be an hour ahead of the Worker's clock
 * (the editor's may run fast).
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
