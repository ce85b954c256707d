/**
 * The versions behind the public change log (src/domain/changes.ts): every
 * version of an incident or a ceasefire and of what hangs off it, read from
 * the history tables through `versionsView`, unexecuted so a caller can put
 * them in one `db.batch` with its other reads.
 */
import { eq, inArray, min, type SQL, sql } from 'drizzle-orm';
import type {
  CeasefireVersions,
  ChangeEntry,
  ClaimVersionRow,
  IncidentVersions,
  LinkVersionRow,
  Version,
} from '../../../shared/domain/changes';
import type { Database } from '../client';
import {
  articleCeasefires,
  articleCeasefiresHistory,
  articleIncidents,
  articleIncidentsHistory,
  articles,
  casualtyClaims,
  casualtyClaimsHistory,
  ceasefires,
  ceasefiresHistory,
  claimants,
  incidents,
  incidentsHistory,
  milestones,
  milestonesHistory,
  violationTallies,
  violationTalliesHistory,
} from '../schema';
import { recordedOrder, recordedSpan, versionsView } from './recorded-views';

/** Which resources' versions to read: an SQL list of ids. */
export type Ids = SQL;

/** Every id a slug has named (a slug freed by undoing a creation may be given again). */
export const idsOfSlug = (kind: 'incident' | 'ceasefire', slug: string): Ids => {
  const history = kind === 'incident' ? incidentsHistory : ceasefiresHistory;
  return sql`(SELECT "id" FROM ${history} WHERE "slug" = ${slug})`;
};

/**
 * The resources of a kind that the newest writes changed (`writes` history
 * rows of the resource and of what hangs off it): what the site-wide feeds
 * read the versions of.
 */
export const recentlyChanged = (kind: 'incident' | 'ceasefire', rows = 200): Ids => {
  const [own, ...children] =
    kind === 'incident'
      ? [incidentsHistory, casualtyClaimsHistory, articleIncidentsHistory]
      : [ceasefiresHistory, violationTalliesHistory, milestonesHistory, articleCeasefiresHistory];
  const owner = kind === 'incident' ? sql.raw('"incident_id"') : sql.raw('"ceasefire_id"');
  const union = sql.join(
    [
      sql`SELECT "id" AS owner, "recorded_from" FROM ${own}`,
      ...children.map((h) => sql`SELECT ${owner}, "recorded_from" FROM ${h}`),
    ],
    sql` UNION ALL `,
  );
  return sql`(SELECT owner FROM (${union} ORDER BY "recorded_from" DESC LIMIT ${rows}))`;
};

export function incidentVersionReads(db: Database, ids: Ids, upTo?: number) {
  const v = versionsView(db, [incidents, casualtyClaims, articleIncidents], upTo);
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
      .select({
        articleId: articleIncidents.articleId,
        owner: articleIncidents.incidentId,
        headline: articles.headline,
        ...recordedSpan(articleIncidents),
      })
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
  ({ articleId: string; owner: string; headline: string | null } & Spanned)[],
];

/** A resource's versions, with how readers name it now (its latest version's slug and title). */
export type Versioned<V> = { id: string; slug: string; title: string; versions: V };

/** The versions read, one resource per id (a slug given again names a resource of its own). */
export function incidentsVersions([own, claims, links]: IncidentVersionResults): Versioned<IncidentVersions>[] {
  return [...new Set(own.map((r) => r.row.id))].map((id) => {
    const mine = own.filter((r) => r.row.id === id);
    const latest = mine.at(-1)?.row as typeof incidents.$inferSelect;
    return {
      id,
      slug: latest.slug,
      title: latest.title,
      versions: {
        incident: mine.map((r) => version(r.row, r)),
        claims: claims
          .filter((r) => r.row.incidentId === id)
          .map((r) => version<ClaimVersionRow>({ ...r.row, claimant: r.claimant }, r)),
        links: links
          .filter((r) => r.owner === id)
          .map((r) => version<LinkVersionRow>({ articleId: r.articleId, headline: r.headline }, r)),
      },
    };
  });
}

/** The versions read of one slug, whatever ids it has named, as one resource. */
export function assembleIncidentVersions(results: IncidentVersionResults): IncidentVersions {
  const [own, claims, links] = results;
  return {
    incident: own.map((r) => version(r.row, r)),
    claims: claims.map((r) => version<ClaimVersionRow>({ ...r.row, claimant: r.claimant }, r)),
    links: links.map((r) => version<LinkVersionRow>({ articleId: r.articleId, headline: r.headline }, r)),
  };
}

export function ceasefireVersionReads(db: Database, ids: Ids, upTo?: number) {
  const v = versionsView(db, [ceasefires, violationTallies, milestones, articleCeasefires], upTo);
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
        owner: articleCeasefires.ceasefireId,
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
  ({ articleId: string; owner: string; headline: string | null } & Spanned)[],
];

/** The versions read, one resource per id. */
export function ceasefiresVersions([
  own,
  tallies,
  steps,
  links,
]: CeasefireVersionResults): Versioned<CeasefireVersions>[] {
  return [...new Set(own.map((r) => r.row.id))].map((id) => {
    const mine = own.filter((r) => r.row.id === id);
    const latest = mine.at(-1)?.row as typeof ceasefires.$inferSelect;
    return {
      id,
      slug: latest.slug,
      title: latest.name,
      versions: assembleCeasefireVersions([
        mine,
        tallies.filter((r) => r.row.ceasefireId === id),
        steps.filter((r) => r.row.ceasefireId === id),
        links.filter((r) => r.owner === id),
      ]),
    };
  });
}

/** The versions read of one slug, whatever ids it has named, as one resource. */
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
