/** Reads of articles: the published listing (keyset-paginated) and one article with everything it reports. */
import { and, desc, eq, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { ArticleSummaryShape, BodyBlockShape } from '../../../shared/contract/article';
import type { CorrectionShape } from '../../../shared/contract/common';
import { latestRecorded } from '../../../shared/domain/time';
import type { Database } from '../client';
import { assembleCeasefires, type CeasefireRow } from '../rows/ceasefires';
import { assembleIncidents, type IncidentRecord } from '../rows/incidents';
import { articles } from '../schema';
import { ceasefireReads, ceasefiresOfArticle } from './ceasefires';
import { incidentReads, incidentsOfArticle } from './incidents';
import type { Reader } from './recorded-views';

/** Where the next page starts: the last row's sort key. */
export type ArticleCursor = { publishedAt: string | null; id: string };

type ArticleRow = typeof articles.$inferSelect;

function summaryShape(row: ArticleRow): ArticleSummaryShape {
  return {
    slug: row.slug,
    headline: row.headline,
    dek: row.dek,
    section: row.section,
    language: row.language,
    byline: row.byline,
    publishedAt: row.publishedAt,
    publishedAtApproximate: row.publishedAtApproximate,
    status: row.status,
    canonicalUrl: row.canonicalUrl,
    updatedAt: latestRecorded(row.updatedAt),
  };
}

/** Rows after `cursor` in the order newest first, undated last, ties by id. */
function after(cursor: ArticleCursor): SQL | undefined {
  if (cursor.publishedAt === null) return and(isNull(articles.publishedAt), lt(articles.id, cursor.id));
  return or(
    lt(articles.publishedAt, cursor.publishedAt),
    and(eq(articles.publishedAt, cursor.publishedAt), lt(articles.id, cursor.id)),
    isNull(articles.publishedAt),
  );
}

/**
 * Written in the language `tag` names, or a more specific tag of it (`en` matches `en` and `en-GB`, not `eng`),
 * without regard to case, as BCP 47 compares tags. Compared as text, not with LIKE: a tag is validated as one
 * (src/http/checks.ts), and no character of it is a wildcard.
 */
function inLanguage(tag: string): SQL {
  const wanted = tag.toLowerCase();
  const language = sql`lower(${articles.language})`;
  return sql`(${language} = ${wanted} or substr(${language}, 1, ${wanted.length + 1}) = ${`${wanted}-`})`;
}

export async function listPublishedArticles(
  db: Reader,
  options: { limit: number; cursor?: ArticleCursor; section?: string; lang?: string },
): Promise<{ data: ArticleSummaryShape[]; next: ArticleCursor | null }> {
  const rows = await db
    .select()
    .from(articles)
    .where(
      and(
        eq(articles.status, 'published'),
        options.section === undefined ? undefined : eq(articles.section, options.section),
        options.lang === undefined ? undefined : inLanguage(options.lang),
        options.cursor && after(options.cursor),
      ),
    )
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    data: page.map(summaryShape),
    next: rows.length > options.limit && last ? { publishedAt: last.publishedAt, id: last.id } : null,
  };
}

export type ArticleRecord = ArticleSummaryShape & {
  body: BodyBlockShape[];
  corrections: CorrectionShape[];
  incidents: IncidentRecord[];
  ceasefires: CeasefireRow[];
};

/** A published article with its incidents and ceasefires, in one D1 round trip (read live, or through a recorded view). */
export async function findPublishedArticle(
  db: Database,
  slug: string,
  reader: Reader = db,
): Promise<ArticleRecord | null> {
  const found = await findArticle(db, slug, { drafts: false }, reader);
  if (!found) return null;
  const { id: _, version: __, ...record } = found;
  return record;
}

/**
 * An article in any status (`drafts`) or only if published, in one D1 round
 * trip, with its row id and version (read in the same batch, so they match
 * what is shown).
 */
export async function findArticle(
  db: Database,
  slug: string,
  options: { drafts: boolean },
  reader: Reader = db,
): Promise<(ArticleRecord & { id: string; version: number }) | null> {
  const [found, ...rest] = await db.batch([
    reader
      .select()
      .from(articles)
      .where(and(eq(articles.slug, slug), options.drafts ? undefined : eq(articles.status, 'published'))),
    ...incidentReads(reader, incidentsOfArticle(reader, slug)),
    ...ceasefireReads(reader, ceasefiresOfArticle(reader, slug)),
  ]);
  const row = found[0];
  if (!row) return null;
  const [incidentRows, links, claims, ceasefireRows, changes, tallies, steps] = rest;
  const incidents = assembleIncidents([incidentRows, links, claims]);
  const ceasefires = assembleCeasefires([ceasefireRows, changes, tallies, steps]);
  return {
    id: row.id,
    version: row.version,
    ...summaryShape(row),
    body: row.body,
    corrections: row.corrections,
    incidents,
    ceasefires,
    updatedAt: latestRecorded(
      row.updatedAt,
      ...incidents.map((i) => i.updatedAt),
      ...ceasefires.map((c) => c.updatedAt),
    ),
  };
}
