/**
 * Pure functions over casualty claims: what was claimed as of a moment, and
 * how the current claims compare. No I/O: the routes hand in plain rows.
 */
import type { Metric } from '../contract/enums';
import type { ClaimShape, MetricSummaryShape } from '../contract/incident';
import { sortedInstants, startOfUtcDay, utcDate } from './time';

/** A claim as the API shows it, plus when it stopped being current. */
export type DatedClaim = ClaimShape & { statusChangedAt: string | null };

/**
 * The claims as they stood at `moment`: those claimed on or before its date,
 * with the status they had then (a claim superseded or retracted later was
 * still current).
 */
export function claimsAsOf(claims: DatedClaim[], moment: Date): DatedClaim[] {
  const day = utcDate(moment);
  return claims
    .filter((c) => c.claimedOn <= day)
    .map((c) =>
      c.status !== 'current' && c.statusChangedAt && Date.parse(c.statusChangedAt) > moment.getTime()
        ? { ...c, status: 'current' as const }
        : c,
    );
}

/** Whether anything about the claims changed after `moment`. */
export function claimsChangedSince(claims: DatedClaim[], moment: Date): boolean {
  const day = utcDate(moment);
  return claims.some(
    (c) => c.claimedOn > day || (c.statusChangedAt !== null && Date.parse(c.statusChangedAt) > moment.getTime()),
  );
}

/**
 * Every instant at which what `claimsAsOf` and `claimsChangedSince` say can
 * change, sorted: the start (UTC) of each claim's day and each status
 * change. Every moment between two of them reads the same claims, which is
 * what bounds the cache keys of pinned reads (src/http/pinned-reads.ts).
 */
export function claimsChangeInstants(claims: DatedClaim[]): number[] {
  return sortedInstants(
    claims.flatMap((c) => [
      startOfUtcDay(c.claimedOn),
      ...(c.statusChangedAt === null ? [] : [Date.parse(c.statusChangedAt)]),
    ]),
  );
}

/**
 * The moment the claims as they stand describe, so that `?asOf=` at it shows
 * exactly today's claims: the day of the latest claim (`YYYY-MM-DD`, its end
 * in UTC), or the latest status change when that came after (a retraction
 * is dated when it was made). Null when nothing has been claimed.
 */
export function claimsCurrentAt(claims: DatedClaim[]): string | null {
  const day = claims.reduce<string | null>((d, c) => (d === null || c.claimedOn > d ? c.claimedOn : d), null);
  if (day === null) return null;
  const changed = Math.max(...claims.map((c) => (c.statusChangedAt ? Date.parse(c.statusChangedAt) : 0)));
  return changed > Date.parse(`${day}T23:59:59.999Z`) ? new Date(changed).toISOString() : day;
}

/**
 * Who a figure counts, as compared: "Civilians " and "civilians" are the same people, written two ways.
 */
export const subjectKey = (subject: string): string => subject.trim().toLocaleLowerCase();

/**
 * Per metric, over current claims only: the lowest figure, the highest
 * (`high ?? low`), how many distinct claimants, and whether their figures
 * differ. Two claimants who both say "80" agree; "more than 60" and "80" do
 * not, nor do "80 civilians" and "80 soldiers": figures counting different
 * people never agree.
 */
export function summariseClaims(claims: ClaimShape[]): Partial<Record<Metric, MetricSummaryShape>> {
  const byMetric = new Map<Metric, ClaimShape[]>();
  for (const claim of claims) {
    if (claim.status !== 'current') continue;
    byMetric.set(claim.metric, [...(byMetric.get(claim.metric) ?? []), claim]);
  }
  const summary: Partial<Record<Metric, MetricSummaryShape>> = {};
  for (const [metric, current] of byMetric) {
    const figures = new Set(current.map((c) => JSON.stringify([subjectKey(c.subject), c.qualifier, c.low, c.high])));
    summary[metric] = {
      low: Math.min(...current.map((c) => c.low)),
      high: Math.max(...current.map((c) => c.high ?? c.low)),
      claimants: new Set(current.map((c) => c.claimant.name)).size,
      disagree: figures.size > 1,
    };
  }
  return summary;
}
