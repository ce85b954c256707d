/**
 * The versions behind the public change log (src/domain/changes.ts): every
 * version of an incident or a ceasefire and of what hangs off it, read from
 * the history tables through `versionsView`, unexecuted so a caller can put
 * them in one `db.batch` with its other reads.
 */
import { eq, inArray, min, sql } from 'drizzle-orm';
import type {
  CeasefireVersions,
  ChangeEntry,
  ClaimVersionRow,
  IncidentVersions,
  LinkVersionRow,
  Version,
} from '../../domain/changes';
import type { Database } from '../client';
import {
  articleCeasefires,
  articleIncidents,
  articles,
  casualtyClaims,
  ceasefires,
  ceasefiresHistory,
  claimants,
  incidents,
  incidentsHistory,
  milestones,
  violationTallies,
} from '../schema';
import { recordedOrder, recordedSpan, versionsView } from './recorded-views';

/** Every id a slug has named (a slug freed by undoing a creation may be given again). */
const idsOf = (db: Database, history: typeof incidentsHistory | typeof ceasefiresHistory, slug: string) =>
  db
    .select({ id: sql<string>`${history}."id"` })
    .from(history)
    .where(sql`${history}."slug" = ${slug}`);

export function incidentVersionReads(db: Database, slug: string, upTo?: number) {
  const v = versionsView(db, [incidents, casualtyClaims, articleIncidents], upTo);
  const ids = idsOf(db, incidentsHistory, slug);
  return [
    v
      .select({ row: incidents, ...recordedSpan(incidents) })
      .from(incidents)
      .where(inArray(incidents.id, ids))
      .orderBy(...recordedOrder(incidents)),
    v
      .select({ row: casualtyClaims, claimant: claimants.name, ...recordedSpan(casualtyClaims) })
      .from(casualtyClaims)
      .innerJoin(claimants, eq(claimants.id, casualtyClaims.claimantId))
      .where(inArray(casualtyClaims.incidentId, ids))
      .orderBy(...recordedOrder(casualtyClaims)),
    v
      .select({ articleId: articleIncidents.articleId, headline: articles.headline, ...recordedSpan(articleIncidents) })
      .from(articleIncidents)
      .leftJoin(articles, eq(articles.id, articleIncidents.articleId))
      .where(inArray(articleIncidents.incidentId, ids))
      .orderBy(...recordedOrder(articleIncidents)),
  ] as const;
}

type Spanned = { from: number; to: number | null };
const version = <R>(row: R, s: Spanned): Version<R> => ({
  row,
  from: Number(s.from),
  to: s.to === null ? null : Number(s.to),
});

type IncidentVersionResults = [
  ({ row: typeof incidents.$inferSelect } & Spanned)[],
  ({ row: typeof casualtyClaims.$inferSelect; claimant: string } & Spanned)[],
  ({ articleId: string; headline: string | null } & Spanned)[],
];

export function assembleIncidentVersions([own, claims, links]: IncidentVersionResults): IncidentVersions {
  return {
    incident: own.map((r) => version(r.row, r)),
    claims: claims.map((r) => version<ClaimVersionRow>({ ...r.row, claimant: r.claimant }, r)),
    links: links.map((r) => version<LinkVersionRow>({ articleId: r.articleId, headline: r.headline }, r)),
  };
}

export function ceasefireVersionReads(db: Database, slug: string, upTo?: number) {
  const v = versionsView(db, [ceasefires, violationTallies, milestones, articleCeasefires], upTo);
  const ids = idsOf(db, ceasefiresHistory, slug);
  return [
    v
      .select({ row: ceasefires, ...recordedSpan(ceasefires) })
      .from(ceasefires)
      .where(inArray(ceasefires.id, ids))
      .orderBy(...recordedOrder(ceasefires)),
    v
      .select({ row: violationTallies, claimant: claimants.name, ...recordedSpan(violationTallies) })
      .from(violationTallies)
      .leftJoin(claimants, eq(claimants.id, violationTallies.claimantId))
      .where(inArray(violationTallies.ceasefireId, ids))
      .orderBy(...recordedOrder(violationTallies)),
    v
      .select({ row: milestones, ...recordedSpan(milestones) })
      .from(milestones)
      .where(inArray(milestones.ceasefireId, ids))
      .orderBy(...recordedOrder(milestones)),
    v
      .select({
        articleId: articleCeasefires.articleId,
        headline: articles.headline,
        ...recordedSpan(articleCeasefires),
      })
      .from(articleCeasefires)
      .leftJoin(articles, eq(articles.id, articleCeasefires.articleId))
      .where(inArray(articleCeasefires.ceasefireId, ids))
      .orderBy(...recordedOrder(articleCeasefires)),
  ] as const;
}

type CeasefireVersionResults = [
  ({ row: typeof ceasefires.$inferSelect } & Spanned)[],
  ({ row: typeof violationTallies.$inferSelect; claimant: string | null } & Spanned)[],
  ({ row: typeof milestones.$inferSelect } & Spanned)[],
  ({ articleId: string; headline: string | null } & Spanned)[],
];

export function assembleCeasefireVersions([own, tallies, steps, links]: CeasefireVersionResults): CeasefireVersions {
  return {
    ceasefire: own.map((r) => version(r.row, r)),
    tallies: tallies.map((r) => version({ ...r.row, claimant: r.claimant }, r)),
    milestones: steps.map((r) => version(r.row, r)),
    links: links.map((r) => version<LinkVersionRow>({ articleId: r.articleId, headline: r.headline }, r)),
  };
}

/** When a slug was first recorded (ms), if ever: what a read from before then is told. */
export function firstRecordedRead(db: Database, kind: 'incident' | 'ceasefire', slug: string) {
  const history = kind === 'incident' ? incidentsHistory : ceasefiresHistory;
  return db
    .select({ first: min(history.recordedFrom) })
    .from(history)
    .where(sql`${history}."slug" = ${slug}`);
}

/** A page of a change log, newest first: entries after the `cursor` entry's id. */
export function changePage(entries: ChangeEntry[], limit: number, cursor?: string) {
  const start = cursor === undefined ? 0 : entries.findIndex((e) => e.id === cursor) + 1;
  const data = entries.slice(start, start + limit);
  const last = data.at(-1);
  return { data, nextCursor: start + limit < entries.length && last ? last.id : null, total: entries.length };
}
