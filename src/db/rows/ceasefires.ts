/**
 * A ceasefire as its reads return it, put together from the rows of one
 * batch (src/db/queries/ceasefires.ts builds the statements). Like
 * ./incidents.ts: no Drizzle at run time, the schema for its types only.
 */
import type { ClaimantShape } from '../../../shared/contract/common';
import type { CeasefireRecord } from '../../../shared/domain/ceasefire';
import { recordedAt, showInstant } from '../../../shared/domain/time';
import type { ceasefireStatusChanges, ceasefires, milestones, violationTallies } from '../schema';

export type CeasefireReadResults = readonly [
  (typeof ceasefires.$inferSelect)[],
  { change: typeof ceasefireStatusChanges.$inferSelect }[],
  { tally: typeof violationTallies.$inferSelect; claimant: ClaimantShape | null }[],
  { milestone: typeof milestones.$inferSelect }[],
];

/** `recorded`: every instant `updatedAt` is the latest of, for views pinned to an earlier moment. */
export type CeasefireRow = CeasefireRecord & { id: string; recorded: string[] };

export function assembleCeasefires([rows, changes, tallies, steps]: CeasefireReadResults): CeasefireRow[] {
  return rows.map((row) => {
    const ownTallies = tallies.filter(({ tally }) => tally.ceasefireId === row.id);
    const ownSteps = steps.filter(({ milestone }) => milestone.ceasefireId === row.id);
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      brokers: row.brokers,
      parties: row.parties,
      excludes: row.excludes,
      startedAt: showInstant(row.startedAt, row.startedAtOffset),
      endedAt: row.endedAt ? showInstant(row.endedAt, row.endedAtOffset) : null,
      status: row.status,
      statusNote: row.statusNote,
      asOf: showInstant(row.asOf, row.asOfOffset),
      language: row.language,
      history: changes
        .filter(({ change }) => change.ceasefireId === row.id)
        .map(({ change }) => ({
          status: change.status,
          at: showInstant(change.at, change.atOffset),
          note: change.note,
        })),
      tallies: ownTallies.map(({ tally, claimant }) => ({
        id: tally.id,
        claimant,
        count: tally.count,
        qualifier: tally.qualifier,
        asWritten: tally.asWritten,
        excludes: tally.excludes,
        reportedOn: tally.reportedOn,
        sourceUrl: tally.sourceUrl,
      })),
      milestones: ownSteps.map(({ milestone: m }) => ({
        id: m.id,
        label: m.label,
        dueOn: m.dueOn,
        state: m.state,
        note: m.note,
        history: m.history,
      })),
      // A status change updates the ceasefire's row; tallies are only added; milestones are edited.
      ...recordedAt([
        row.updatedAt,
        ...ownTallies.map(({ tally }) => tally.createdAt),
        ...ownSteps.flatMap(({ milestone }) => [milestone.createdAt, milestone.updatedAt]),
      ]),
    };
  });
}
