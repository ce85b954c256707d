/**
 * Reads of incidents with their articles and claims. The queries are
 * returned unexecuted so a caller can put them in one `db.batch` (one D1
 * round trip) with others, then hand the results to `assembleIncidents`.
 */
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DatedClaim } from '../../../shared/domain/claims';
import type { Database } from '../client';
import { assembleIncidents, claimShape, type IncidentRecord } from '../rows/incidents';
import { articleIncidents, articles, casualtyClaims, claimants, incidents } from '../schema';
import type { Reader } from './recorded-views';

const sourceArticles = alias(articles, 'source_articles');

/**
 * The claimant columns a read shows. Joined reads must select columns with
 * distinct names: D1's batch returns rows as objects keyed by column name,
 * so a second `id` would overwrite the first.
 */
export const claimantColumns = {
  name: claimants.name,
  kind: claimants.kind,
  affiliation: claimants.affiliation,
  url: claimants.url,
};

/**
 * Claims with their claimant and source article, as every claim read shows them. A draft's headline is not public:
 * a reader's claim citing one shows no source article until it is published; an editor's (`drafts`) shows it.
 */
function claimsWithSources(db: Reader, drafts = false) {
  return db
    .select({
      claim: casualtyClaims,
      claimant: claimantColumns,
      sourceArticle: {
        slug: sourceArticles.slug,
        headline: sourceArticles.headline,
        language: sourceArticles.language,
      },
    })
    .from(casualtyClaims)
    .innerJoin(claimants, eq(claimants.id, casualtyClaims.claimantId))
    .leftJoin(
      sourceArticles,
      and(
        eq(sourceArticles.id, casualtyClaims.sourceArticleId),
        drafts ? undefined : eq(sourceArticles.status, 'published'),
      ),
    )
    .$dynamic();
}

/** The three reads behind a set of incidents, selected by `where` on `incidents` (`drafts`: as an editor sees them). */
export function incidentReads(db: Reader, where: SQL, drafts = false) {
  return [
    db.select().from(incidents).where(where).orderBy(asc(incidents.occurredOn), asc(incidents.id)),
    db
      .select({
        incidentId: articleIncidents.incidentId,
        slug: articles.slug,
        headline: articles.headline,
        language: articles.language,
      })
      .from(articleIncidents)
      .innerJoin(articles, eq(articles.id, articleIncidents.articleId))
      .innerJoin(incidents, eq(incidents.id, articleIncidents.incidentId))
      .where(and(where, eq(articles.status, 'published')))
      .orderBy(asc(articles.publishedAt)),
    claimsWithSources(db, drafts)
      .innerJoin(incidents, eq(incidents.id, casualtyClaims.incidentId))
      .where(where)
      .orderBy(asc(casualtyClaims.claimedOn), asc(casualtyClaims.createdAt), asc(casualtyClaims.id)),
  ] as const;
}

export const incidentBySlug = (slug: string) => eq(incidents.slug, slug);

export const incidentsOfArticle = (db: Reader, articleSlug: string) =>
  inArray(
    incidents.id,
    db
      .select({ id: articleIncidents.incidentId })
      .from(articleIncidents)
      .innerJoin(articles, eq(articles.id, articleIncidents.articleId))
      .where(eq(articles.slug, articleSlug)),
  );

/** One incident with its articles and claims, in one D1 round trip (read live, or through a recorded view). */
export async function findIncident(db: Database, slug: string, reader: Reader = db): Promise<IncidentRecord | null> {
  const results = await db.batch(incidentReads(reader, incidentBySlug(slug)));
  return assembleIncidents(results)[0] ?? null;
}

/** One claim as an editor reads it (its source article even while a draft), with its row version. */
export async function findClaim(db: Database, id: string): Promise<{ claim: DatedClaim; version: number } | null> {
  const rows = await claimsWithSources(db, true).where(eq(casualtyClaims.id, id));
  const row = rows[0];
  return row ? { claim: claimShape(row), version: row.claim.version } : null;
}
