/**
 * The versions behind the public change log (src/domain/changes.ts): every
 * version of an incident or a ceasefire and of what hangs off it, read from
 * the history tables through `versionsView`, unexecuted so a caller can put
 * them in one `db.batch` with its other reads.
 */
import { and, eq, inArray, min, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  type CeasefireVersions,
  type ChangeEntry,
  type ClaimVersionRow,
  ceasefireChanges,
  type IncidentVersions,
  incidentChanges,
  type LinkVersionRow,
} from '../../../shared/domain/changes';
import type { Database } from '../client';
import {
  assembleCeasefireVersions,
  type CeasefireVersionResults,
  type IncidentVersionResults,
  type LoggedKind,
  version,
} from '../rows/versions';
import {
  articleCeasefires,
  articleCeasefiresHistory,
  articleIncidents,
  articleIncidentsHistory,
  articles,
  articlesHistory,
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

/** A claim's source article: `articles` under another name, which the versions view shadows as it does `articles`. */
const sourceArticles = alias(articles, 'source_articles');

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
  // An article is named by its headline as readers saw it then, and only while it was published: a draft's
  // headline is not public, and a log read at a moment of recording says what the log said then.
  const v = versionsView(db, [incidents, casualtyClaims, articleIncidents], upTo, [articles]);
  return [
    v
      .select({ row: incidents, ...recordedSpan(incidents) })
      .from(incidents)
      .where(inArray(incidents.id, ids))
      .orderBy(...recordedOrder(incidents)),
    v
      .select({
        row: casualtyClaims,
        claimant: claimants.name,
        sourceHeadline: sourceArticles.headline,
        ...recordedSpan(casualtyClaims),
      })
      .from(casualtyClaims)
      .innerJoin(claimants, eq(claimants.id, casualtyClaims.claimantId))
      .leftJoin(
        sourceArticles,
        and(eq(sourceArticles.id, casualtyClaims.sourceArticleId), eq(sourceArticles.status, 'published')),
      )
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
      .innerJoin(articles, and(eq(articles.id, articleIncidents.articleId), eq(articles.status, 'published')))
      .where(inArray(articleIncidents.incidentId, ids))
      .orderBy(...recordedOrder(articleIncidents)),
  ] as const;
}

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
          .map((r) =>
            version<ClaimVersionRow>({ ...r.row, claimant: r.claimant, sourceHeadline: r.sourceHeadline }, r),
          ),
        links: links
          .filter((r) => r.owner === id)
          .map((r) => version<LinkVersionRow>({ articleId: r.articleId, headline: r.headline }, r)),
      },
    };
  });
}

export function ceasefireVersionReads(db: Database, ids: Ids, upTo?: number) {
  const v = versionsView(db, [ceasefires, violationTallies, milestones, articleCeasefires], upTo, [articles]);
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
      .innerJoin(articles, and(eq(articles.id, articleCeasefires.articleId), eq(articles.status, 'published')))
      .where(inArray(articleCeasefires.ceasefireId, ids))
      .orderBy(...recordedOrder(articleCeasefires)),
  ] as const;
}

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

/** When a slug was first recorded (ms), if ever: what a read from before then is told. */
export function firstRecordedRead(db: Database, kind: 'incident' | 'ceasefire', slug: string) {
  const history = kind === 'incident' ? incidentsHistory : ceasefiresHistory;
  return db
    .select({ first: min(history.recordedFrom) })
    .from(history)
    .where(sql`${history}."slug" = ${slug}`);
}

/** When an article was first recorded published (ms), or null if it never was: what a read from before then is told. */
export async function articleFirstPublished(db: Database, slug: string): Promise<number | null> {
  const [row] = await db
    .select({ first: min(articlesHistory.recordedFrom) })
    .from(articlesHistory)
    .where(sql`${articlesHistory}."slug" = ${slug} and ${articlesHistory}."status" = 'published'`);
  return row?.first ?? null;
}

/** One change and the resource it belongs to: an item of the site-wide feeds. */
export type SiteChange = { kind: LoggedKind; slug: string; title: string; entry: ChangeEntry };

/** The newest changes across every incident and ceasefire, newest first (the site-wide feeds). */
export async function readRecentChanges(db: Database, limit: number): Promise<SiteChange[]> {
  const [inc, claims, incLinks, cf, tallies, steps, cfLinks] = await db.batch([
    ...incidentVersionReads(db, recentlyChanged('incident')),
    ...ceasefireVersionReads(db, recentlyChanged('ceasefire')),
  ]);
  const items = [
    ...incidentsVersions([inc, claims, incLinks]).flatMap((r) =>
      incidentChanges(r.versions).map((entry) => ({ kind: 'incident' as const, slug: r.slug, title: r.title, entry })),
    ),
    ...ceasefiresVersions([cf, tallies, steps, cfLinks]).flatMap((r) =>
      ceasefireChanges(r.versions).map((entry) => ({
        kind: 'ceasefire' as const,
        slug: r.slug,
        title: r.title,
        entry,
      })),
    ),
  ];
  return items
    .sort(
      (a, b) => Date.parse(b.entry.recordedAt) - Date.parse(a.entry.recordedAt) || a.entry.id.localeCompare(b.entry.id),
    )
    .slice(0, limit);
}
