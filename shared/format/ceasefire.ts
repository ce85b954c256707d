/**
 * What the ceasefire gauge says, as pure functions of the ceasefire the API
 * returns. Days in force come from the API's gauge reading, which counts to
 * the data's own `asOf` (or `endedAt`): never to the reader's clock.
 */
import type { CeasefireShape, MilestoneShape, TallyShape } from '../contract/ceasefire';
import type { GaugeStrings } from '../i18n/strings';
import type { Figure } from './figures';
import { formatCalendarDate, formatNumber, localDay } from './intl';

/** The newest tally of each claimant (unattributed counts grouped together), newest first. */
export function latestTallies(tallies: TallyShape[]): TallyShape[] {
  const newest = new Map<string, TallyShape>();
  for (const t of tallies) {
    const key = t.claimant?.name ?? '';
    const seen = newest.get(key);
    if (!seen || t.reportedOn >= seen.reportedOn) newest.set(key, t);
  }
  return [...newest.values()].sort((a, b) => b.reportedOn.localeCompare(a.reportedOn));
}

/**
 * The next commitment still open (pending or in doubt), soonest due first, undated last. One past its due date as of
 * the data stays first: still owed, it is the one to watch, and its date beside the gauge's "As of" says it is late
 * (a later one shown instead would hide that).
 */
export function nextMilestone(milestones: MilestoneShape[]): MilestoneShape | null {
  const open = milestones.filter((m) => m.state === 'pending' || m.state === 'in_doubt');
  open.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  return open[0] ?? null;
}

/** A tally's count as a figure, to phrase like a claim's. */
export const tallyFigure = (t: TallyShape): Figure => ({ ...t, low: t.count });

export function daysInForce(ceasefire: CeasefireShape, s: GaugeStrings, locale: string): string {
  const n = ceasefire.gauge.daysInForce;
  return s.days(n, formatNumber(n, locale));
}

/** The day the data describes, in the source's own time zone. */
export function describedDay(ceasefire: CeasefireShape, locale: string): string {
  return formatCalendarDate(localDay(ceasefire.endedAt ?? ceasefire.asOf), locale);
}

export function gaugeSummary(ceasefire: CeasefireShape, s: GaugeStrings, locale: string): string {
  const { status } = ceasefire;
  return s.gaugeSummary(status, s.status[status], daysInForce(ceasefire, s, locale), describedDay(ceasefire, locale));
}

/** The gauge's reading in words, for its `aria-valuetext`: "Precarious: level 3 of 4, …". */
export function meterText(label: string, band: number, s: GaugeStrings, locale: string): string {
  return s.meterValue(label, formatNumber(band + 1, locale), formatNumber(GAUGE.bands, locale));
}

/** Geometry of the semicircular gauge in a 200 × 112 box: four bands from holding (left) to collapsed (right). */
export const GAUGE = { cx: 100, cy: 100, r: 78, bands: 4 } as const;

function point(angle: number, r: number = GAUGE.r): string {
  const rad = (angle * Math.PI) / 180;
  return `${(GAUGE.cx + r * Math.cos(rad)).toFixed(2)} ${(GAUGE.cy - r * Math.sin(rad)).toFixed(2)}`;
}

/** The SVG path of band `i` (0 = holding), with a small gap between bands. */
export function bandPath(i: number): string {
  const span = 180 / GAUGE.bands;
  const start = 180 - i * span - 1;
  const end = 180 - (i + 1) * span + 1;
  return `M ${point(start)} A ${GAUGE.r} ${GAUGE.r} 0 0 1 ${point(end)}`;
}

/** The needle's angle for a band, pointing at the band's middle (degrees, 180 = left). */
export function needleAngle(band: number): number {
  return 180 - (band + 0.5) * (180 / GAUGE.bands);
}

/** The needle as a path from the hub to near the arc. */
export function needlePath(band: number): string {
  const a = needleAngle(band);
  const side = (d: number) => point(a + d, 7);
  return `M ${side(90)} L ${point(a, GAUGE.r - 16)} L ${side(-90)} Z`;
}
