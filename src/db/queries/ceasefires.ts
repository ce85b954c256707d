/**
 * Reads of ceasefires with their history, tallies and milestones, returned
 * unexecuted for one `db.batch`, then put together by `assembleCeasefires`.
 */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { assembleCeasefires, type CeasefireRow } from '../rows/ceasefires';
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
