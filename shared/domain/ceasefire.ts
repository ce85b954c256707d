/**
 * Pure functions over a ceasefire: the gauge reading, and the ceasefire as
 * it stood at a moment. Time is always taken from the data (`asOf`,
 * `endedAt`), never from the reader's clock: a 2016 truce read in 2026 is
 * not "day 3,700".
 */
import type { CeasefireShape, GaugeReadingShape, MilestoneShape, StatusChangeShape } from '../contract/ceasefire';
import { CEASEFIRE_STATUSES, type CeasefireStatus, type MilestoneState } from '../contract/enums';
import { DAY_MS, type PinnedMoment, sortedInstants, startOfUtcDay, utcDate, wholeDaysBetween } from './time';

const LABELS: Record<CeasefireStatus, string> = {
  holding: 'Holding',
  strained: 'Strained',
  precarious: 'Precarious',
  collapsed: 'Collapsed',
  ended: 'Ended',
};

/** The band of a status: its place from holding (0) to collapsed (3); null once ended. */
export function gaugeBand(status: CeasefireStatus): number | null {
  return status === 'ended' ? null : CEASEFIRE_STATUSES.indexOf(status);
}

/**
 * The gauge's reading at the data's `asOf`. Days in force are counted to the end, or to the collapse for a ceasefire
 * that has collapsed (no longer in force, it is not "40 days in force" weeks later), or else to `asOf`.
 */
export function gaugeReading(input: {
  status: CeasefireStatus;
  startedAt: string;
  endedAt: string | null;
  asOf: string;
  /** Status changes, oldest first: a collapse is dated by the change that began it. */
  history: readonly StatusChangeShape[];
}): GaugeReadingShape {
  const stops = [input.endedAt, input.status === 'collapsed' ? collapsedSince(input.history) : null];
  const end = stops.reduce<string>((end, at) => (at && Date.parse(at) < Date.parse(end) ? at : end), input.asOf);
  return {
    band: gaugeBand(input.status),
    status: input.status,
    label: LABELS[input.status],
    daysInForce: wholeDaysBetween(new Date(input.startedAt), new Date(end)),
  };
}

/** When the run of `collapsed` that the history ends in began; null when it ends in another status. */
function collapsedSince(history: readonly StatusChangeShape[]): string | null {
  let since: string | null = null;
  for (const change of history) since = change.status === 'collapsed' ? (since ?? change.at) : null;
  return since;
}

/** A milestone with every state it has had, oldest first. */
export type MilestoneWithHistory = MilestoneShape & {
  history: { state: MilestoneState; at: string; note: string | null }[];
};

/** A ceasefire as stored, before time travel: instants in UTC for comparison. */
export type CeasefireRecord = Omit<CeasefireShape, 'gauge' | 'milestones' | 'updatedSince'> & {
  milestones: MilestoneWithHistory[];
};

/**
 * The ceasefire as it stood at `moment`, or null if it had not started.
 * The moment shown is the earlier of `moment` and the data's own `asOf`: the
 * data cannot describe a time it does not know about.
 */
export function ceasefireAsOf(
  record: CeasefireRecord,
  moment: PinnedMoment | null,
): (Omit<CeasefireShape, 'gauge'> & { gauge: GaugeReadingShape }) | null {
  const dataAsOf = Date.parse(record.asOf);
  const at = moment === null ? dataAsOf : Math.min(moment.at.getTime(), dataAsOf);
  if (at < Date.parse(record.startedAt)) return null;
  const day = utcDate(new Date(at));

  const history: StatusChangeShape[] = record.history.filter((h) => Date.parse(h.at) <= at);
  const latest = history.at(-1);
  const ended = record.endedAt !== null && Date.parse(record.endedAt) <= at;
  // At its own asOf (or later) the data is what it is now, note included; a
  // pinned embed then shows exactly what it showed when it was copied.
  const rewound = at < dataAsOf;
  const status = rewound ? (latest?.status ?? record.status) : record.status;
  const statusNote = rewound ? (latest?.note ?? record.statusNote) : record.statusNote;
  const milestones = record.milestones.map(({ history: states, ...m }) => {
    if (!rewound) return m;
    const then = states.filter((s) => Date.parse(s.at) <= at).at(-1);
    return then ? { ...m, state: then.state, note: then.note } : { ...m, state: 'pending' as const };
  });

  const shownAsOf = moment === null || at === dataAsOf ? record.asOf : moment.echo;
  const result = {
    ...record,
    endedAt: ended ? record.endedAt : null,
    status,
    statusNote,
    asOf: shownAsOf,
    history,
    tallies: record.tallies.filter((t) => t.reportedOn <= day),
    milestones,
    gauge: gaugeReading({
      status,
      startedAt: record.startedAt,
      endedAt: ended ? record.endedAt : null,
      asOf: new Date(at).toISOString(),
      history,
    }),
  };
  if (moment !== null) {
    return { ...result, updatedSince: at < dataAsOf };
  }
  return result;
}

/**
 * Every instant at which what `ceasefireAsOf` shows can change, sorted: the
 * start, the data's own `asOf`, the end, each status change and milestone
 * state, the start (UTC) of each tally's day, and each new day in force
 * (the gauge counts whole days, up to the end or the data's `asOf`). Every
 * moment between two of them reads the same, save the `asOf` it echoes;
 * this bounds the cache keys of pinned reads (src/http/pinned-reads.ts).
 */
export function ceasefireChangeInstants(record: CeasefireRecord): number[] {
  const start = Date.parse(record.startedAt);
  const dataAsOf = Date.parse(record.asOf);
  const end = record.endedAt === null ? Number.POSITIVE_INFINITY : Date.parse(record.endedAt);
  const days: number[] = [];
  for (let day = start + DAY_MS; day <= Math.min(end, dataAsOf); day += DAY_MS) days.push(day);
  return sortedInstants([
    start,
    dataAsOf,
    end,
    ...record.history.map((h) => Date.parse(h.at)),
    ...record.milestones.flatMap((m) => m.history.map((s) => Date.parse(s.at))),
    ...record.tallies.map((t) => startOfUtcDay(t.reportedOn)),
    ...days,
  ]);
}

/** Whether a read of the ceasefire at `moment` echoes the moment in its `asOf` (it does until the data's own `asOf`). */
export function ceasefireEchoesMoment(record: CeasefireRecord, moment: Date): boolean {
  return moment.getTime() < Date.parse(record.asOf);
}
