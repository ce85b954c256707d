/**
 * What the casualty-claims card says, as pure functions of the incident the
 * API returns: claims grouped by metric, the sentence about the spread, the
 * screen-reader summary and the geometry of the range bar.
 */
import { METRICS, type Metric } from '../../../src/contract/enums';
import type { ClaimShape, IncidentShape, MetricSummaryShape } from '../../../src/contract/incident';
import type { ClaimsStrings } from '../i18n/strings';
import { formatNumber, isolate, type Lang } from './intl';

export type MetricView = {
  metric: Metric;
  summary: MetricSummaryShape | undefined;
  /** Current claims, lowest figure first. */
  current: ClaimShape[];
  /** Superseded and retracted claims, newest first: history, never hidden. */
  earlier: ClaimShape[];
};

const top = (c: ClaimShape) => c.high ?? c.low;

/** Every metric that has a claim, in the vocabulary's order. */
export function claimsByMetric(incident: IncidentShape): MetricView[] {
  return METRICS.flatMap((metric) => {
    const all = incident.claims.filter((c) => c.metric === metric);
    if (all.length === 0) return [];
    return [
      {
        metric,
        summary: incident.summary[metric],
        current: all.filter((c) => c.status === 'current').sort((a, b) => a.low - b.low || top(a) - top(b)),
        earlier: all.filter((c) => c.status !== 'current').sort((a, b) => b.claimedOn.localeCompare(a.claimedOn)),
      },
    ];
  });
}

/** The plain sentence under the range bar: whether the sources disagree, and by how much. */
export function spreadSentence(view: MetricView, s: ClaimsStrings, lang: Lang): string {
  const { current, summary } = view;
  const metric = s.metric[view.metric];
  const first = current[0];
  if (!first || !summary) return s.noFigures;
  const written = (c: ClaimShape) => isolate(c.asWritten, s.dir);
  if (summary.claimants < 2) return s.single(written(first), metric, isolate(first.claimant.name, s.dir));
  if (!summary.disagree) return s.agree(summary.claimants, written(first), metric);
  const lowest = current.find((c) => c.low === summary.low) ?? first;
  const highest = current.find((c) => top(c) === summary.high) ?? first;
  return s.spread(
    summary.claimants,
    written(lowest),
    written(highest),
    formatNumber(summary.high - summary.low, lang),
    metric,
  );
}

/** One sentence naming every claimant and their figure, for screen readers. */
export function claimsSummary(view: MetricView, s: ClaimsStrings): string {
  if (view.current.length === 0 || !view.summary) return s.noFigures;
  return s.claimsSummary(
    view.summary.claimants,
    view.summary.disagree,
    view.current.map((c) => s.says(isolate(c.claimant.name, s.dir), isolate(c.asWritten, s.dir))),
    s.metric[view.metric],
  );
}

export type RangeMark = {
  claim: ClaimShape;
  /** Where the figure starts and ends on the axis, 0–1. */
  from: number;
  to: number;
  /** "more than", "at least": the true figure may lie further right. */
  open: boolean;
};

export type RangeBar = {
  max: number;
  ticks: number[];
  /** The spread between the lowest and highest current figures, 0–1. */
  spread: { from: number; to: number };
  marks: RangeMark[];
};

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value`. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

/**
 * The range bar's axis always starts at zero, so the gap between two figures
 * is drawn in proportion to the figures themselves rather than magnified.
 */
export function rangeBar(view: MetricView): RangeBar | null {
  const { summary } = view;
  if (!summary || view.current.length === 0) return null;
  const max = niceCeiling(summary.high * 1.2);
  const at = (n: number) => Math.min(1, Math.max(0, n / max));
  return {
    max,
    ticks: [0, 1, 2, 3, 4].map((i) => (max * i) / 4),
    spread: { from: at(summary.low), to: at(summary.high) },
    marks: view.current.map((claim) => ({
      claim,
      from: at(claim.qualifier === 'up_to' ? 0 : claim.low),
      to: at(top(claim)),
      open: claim.qualifier === 'more_than' || claim.qualifier === 'at_least',
    })),
  };
}
