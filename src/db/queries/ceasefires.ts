/**
 * Reads of ceasefires with their history, tallies and milestones, returned
 * unexecuted for one `db.batch`, then put together by `assembleCeasefires`.
 */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { ClaimantShape } from '../../../shared/contract/common';
import type { CeasefireRecord } from '../../../shared/domain/ceasefire';
import { recordedAt, showInstant } from '../../../shared/domain/time';
import type { Database } from '../client';
import {
  articleCeasefires,
  articles,
  ceasefireStatusChanges,
  ceasefires,
  claimants,
  milestones,
  violationTallies,
} from '../schema';
import { claimantColumns } from './incidents';
import type { Reader } from './recorded-views';

export function ceasefireReads(db: Reader, where: SQL) {
  return [
    db.select().from(ceasefires).where(where).orderBy(asc(ceasefires.startedAt), asc(ceasefires.id)),
    db
      .select({ change: ceasefireStatusChanges })
      .from(ceasefireStatusChanges)
      .innerJoin(ceasefires, eq(ceasefires.id, ceasefireStatusChanges.ceasefireId))
      .where(where)
      .orderBy(asc(ceasefireStatusChanges.at), asc(ceasefireStatusChanges.id)),
    db
      .select({ tally: violationTallies, claimant: claimantColumns })
      .from(violationTallies)
      .innerJoin(ceasefires, eq(ceasefires.id, violationTallies.ceasefireId))
      .leftJoin(claimants, eq(claimants.id, violationTallies.claimantId))
      .where(where)
      .orderBy(asc(violationTallies.reportedOn), asc(violationTallies.createdAt), asc(violationTallies.id)),
    db
      .select({ milestone: milestones })
      .from(milestones)
      .innerJoin(ceasefires, eq(ceasefires.id, milestones.ceasefireId))
      .where(where)
      // Dated milestones first, soonest first; undated ones after.
      .orderBy(sql`${milestones.dueOn} is null`, asc(milestones.dueOn), asc(milestones.createdAt), asc(milestones.id)),
  ] as const;
}

type CeasefireReadResults = readonly [
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

export const ceasefireBySlug = (slug: string) => eq(ceasefires.slug, slug);

export const ceasefiresOfArticle = (db: Reader, articleSlug: string) =>
  inArray(
    ceasefires.id,
    db
      .select({ id: articleCeasefires.ceasefireId })
      .from(articleCeasefires)
      .innerJoin(articles, and(eq(articles.id, articleCeasefires.articleId)))
      .where(eq(articles.slug, articleSlug)),
  );

/** One ceasefire with its history, tallies and milestones, in one D1 round trip (read live, or through a recorded view). */
export async function findCeasefire(db: Database, slug: string, reader: Reader = db): Promise<CeasefireRow | null> {
  const results = await db.batch(ceasefireReads(reader, ceasefireBySlug(slug)));
  return assembleCeasefires(results)[0] ?? null;
}
