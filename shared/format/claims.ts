/**
 * What the casualty-claims card says, as pure functions of the incident the
 * API returns: claims grouped by metric, the sentence about the spread, the
 * screen-reader summary and the geometry of the range bar.
 */
import { METRICS, type Metric } from '../contract/enums';
import type { ClaimShape, IncidentShape, MetricSummaryShape } from '../contract/incident';
import { subjectKey, summariseClaims } from '../domain/claims';
import type { ClaimsStrings } from '../i18n/strings';
import { phraseFigure, topOf } from './figures';
import { apart, formatList, formatNumber, isolate } from './intl';

const isOpen = (c: ClaimShape) => c.qualifier === 'more_than' || c.qualifier === 'at_least';

export type MetricView = {
  metric: Metric;
  summary: MetricSummaryShape | undefined;
  /** Current claims, lowest figure first (on a tie, one that stops there before one that may run on). */
  current: ClaimShape[];
  /** Superseded and retracted claims, newest first: history, never hidden. */
  earlier: ClaimShape[];
  /**
   * Who its figures count, as the metric is headed: the first current claim's subject, or, none current, the first
   * earlier one's. A claim counting others says so beside it (`countsOthers`).
   */
  subject: string | undefined;
};

/** The subject a claim counts, where it is not the one its metric is headed with: readers must not compare them unawares. */
export const countsOthers = (c: ClaimShape, view: Pick<MetricView, 'subject'>): string | null =>
  view.subject === undefined || subjectKey(c.subject) !== subjectKey(view.subject) ? c.subject : null;

/** Every metric that has a claim, in the vocabulary's order. */
export function claimsByMetric(incident: IncidentShape): MetricView[] {
  return METRICS.flatMap((metric) => {
    const all = incident.claims.filter((c) => c.metric === metric);
    if (all.length === 0) return [];
    const current = all
      .filter((c) => c.status === 'current')
      .sort((a, b) => a.low - b.low || topOf(a) - topOf(b) || +isOpen(a) - +isOpen(b));
    const earlier = all.filter((c) => c.status !== 'current').sort((a, b) => b.claimedOn.localeCompare(a.claimedOn));
    return [
      { metric, summary: incident.summary[metric], current, earlier, subject: (current[0] ?? earlier[0])?.subject },
    ];
  });
}

/** The lowest number a figure states: the top of an "up to" (its low, zero, is no one's figure), else its low. */
const floorOf = (c: ClaimShape) => (c.qualifier === 'up_to' ? topOf(c) : c.low);

/**
 * The plain sentence under the range bar: whether the sources disagree, and by how much, in the reader's words.
 * The spread runs between numbers the sources stated (a range's ends, an "up to"'s top), from the lowest to the
 * highest, so a range and a figure inside it do not read as "from 60–100 to 60–100". Figures counting different
 * people ("civilians", "soldiers") are not compared with each other: "two sources agree: 80" would be false of them;
 * those counting the same people are, each group in its own sentence, its people named ("120 killed (civilians)").
 * (The no-JS fallback and the height model use it; the widget joins `spreadSentences` itself: one function in
 * readers' bytes, not two.)
 */
export function spreadSentence(view: MetricView, s: ClaimsStrings, locale: string): string {
  return spreadSentences(view, s, locale).join(' ');
}

/** `spreadSentence`'s sentences one by one, so an image short of room can keep the first (src/images/claims-card.ts). */
export function spreadSentences(view: MetricView, s: ClaimsStrings, locale: string): string[] {
  const { current, summary } = view;
  // A metric is shown only once it has a claim: none current means each was retracted (or revised, then retracted).
  if (!current[0] || !summary) return [s.noCurrent];
  const subjects = subjectsOf(view);
  if (subjects.length < 2) return [compared(current, summary, view.metric, s, locale)];
  // A group compares two sources or more: one source's figures beside others' would read "only one source has".
  const groups = subjects.flatMap((subject) => {
    const group = current.filter((c) => subjectKey(c.subject) === subjectKey(subject));
    const of = summariseClaims(group)[view.metric];
    return of && of.claimants > 1 ? [compared(group, of, view.metric, s, locale, subject)] : [];
  });
  return [s.differentPeople(formatList(subjects.map(apart), locale), groups.length > 0), ...groups];
}

/** The sentence for figures that count the same people (`subject`, named only where others are counted too). */
function compared(
  current: ClaimShape[],
  summary: MetricSummaryShape,
  metric: Metric,
  s: ClaimsStrings,
  locale: string,
  subject?: string,
): string {
  const first = current[0] as ClaimShape;
  const counted = (c: ClaimShape, phrase = phraseFigure(c, s, locale)) =>
    s.counted(phrase, metric, topOf(c)) + (subject === undefined ? '' : ` (${apart(subject)})`);
  const n = summary.claimants;
  const d = formatNumber(n, locale);
  // `current` runs lowest first, a figure that may run on ("more than 80") after one that stops there ("80"): the
  // first lowest and the last highest are the spread's ends.
  const lowest = current.reduce((a, c) => (floorOf(c) < floorOf(a) ? c : a));
  const highest = current.reduceRight((a, c) => (topOf(c) > topOf(a) ? c : a));
  const gap = topOf(highest) - floorOf(lowest);
  // A range at an end is that end's number; any other figure keeps its words ("more than 60").
  const end = (c: ClaimShape, at: number) =>
    c.qualifier === 'between' ? formatNumber(at, locale) : phraseFigure(c, s, locale);
  // One source with several figures (a revision not linked to the figure it revised): each in its words, by the
  // numbers they state ("up to 60 and about 80"; "from up to 60 to up to 100" said nothing a list does not), the
  // noun in the form the last one takes.
  if (n < 2) {
    const stated = [...current].sort((a, b) => floorOf(a) - floorOf(b) || topOf(a) - topOf(b));
    const figures = [...new Set(stated.map((c) => phraseFigure(c, s, locale)))];
    const last = stated.at(-1) as ClaimShape;
    return s.single(counted(last, formatList(figures, locale)), isolate(first.claimant.name, s.dir), figures.length);
  }
  if (!summary.disagree) return s.agree(n, d, counted(first));
  // "80" and "about 80": the same number, in other words.
  if (!gap) return s.sameNumber(n, d, counted(first, formatNumber(floorOf(first), locale)));
  return s.spread(
    n,
    d,
    end(lowest, lowest.low),
    counted(highest, end(highest, topOf(highest))),
    formatNumber(gap, locale),
  );
}

/** The subjects the current figures count, each once (as first written), in order: more than one, and they are compared only within each. */
function subjectsOf(view: MetricView): string[] {
  const seen = new Map<string, string>();
  for (const c of view.current) if (!seen.has(subjectKey(c.subject))) seen.set(subjectKey(c.subject), c.subject);
  return [...seen.values()];
}

/** One sentence naming every claimant and their figure, for screen readers. */
export function claimsSummary(view: MetricView, s: ClaimsStrings, locale: string): string {
  const { summary } = view;
  if (view.current.length === 0 || !summary) return s.noCurrent;
  const mixed = subjectsOf(view).length > 1;
  return s.claimsSummary(
    summary.claimants,
    formatNumber(summary.claimants, locale),
    mixed ? null : summary.disagree,
    // Figures counting different people each say whom they count.
    view.current.map((c) =>
      s.says(isolate(c.claimant.name, s.dir), phraseFigure(c, s, locale) + (mixed ? ` (${apart(c.subject)})` : '')),
    ),
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
  /** The spread between the lowest and highest current figures, 0–1; none where they count different people. */
  spread: { from: number; to: number } | null;
  marks: RangeMark[];
};

/**
 * The axis' ticks for figures up to `highest`: from zero, whole numbers at a
 * round step (1, 2 or 5 × 10ⁿ), three to six of them, the last at least a
 * fifth above `highest`, so the highest mark, and the open tail of a "more
 * than" mark, never sit at the axis' end. (20 killed: 0, 5, 10, 15, 20, 25.)
 */
export function axisTicks(highest: number): number[] {
  const room = (highest * 6) / 5;
  // At most five intervals, so the step is at least a fifth of the room; and at least one whole person.
  const power = 10 ** Math.max(0, Math.floor(Math.log10(room / 5)));
  const step = [1, 2, 5].map((m) => m * power).find((m) => room / m <= 5) ?? 10 * power;
  return Array.from({ length: Math.max(2, Math.ceil(room / step)) + 1 }, (_, i) => i * step);
}

/**
 * The range bar's axis always starts at zero, so the gap between two figures
 * is drawn in proportion to the figures themselves rather than magnified.
 */
export function rangeBar(view: MetricView): RangeBar | null {
  const { summary } = view;
  if (!summary || view.current.length === 0) return null;
  const ticks = axisTicks(summary.high);
  const max = ticks.at(-1) ?? 1;
  const at = (n: number) => Math.min(1, Math.max(0, n / max));
  return {
    max,
    ticks,
    // Between the numbers the sources stated, as the sentence under it runs (an "up to"'s top, not its zero).
    spread:
      subjectsOf(view).length > 1 ? null : { from: at(Math.min(...view.current.map(floorOf))), to: at(summary.high) },
    marks: view.current.map((claim) => ({
      claim,
      from: at(claim.qualifier === 'up_to' ? 0 : claim.low),
      to: at(topOf(claim)),
      open: isOpen(claim),
    })),
  };
}
