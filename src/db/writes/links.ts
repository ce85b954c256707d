/** Which articles report an incident or a ceasefire: resolved from slugs, replaced as a whole. */
import { eq, inArray } from 'drizzle-orm';
import { ValidationFailed } from '../../../shared/domain/errors';
import type { Database } from '../client';
import { articleCeasefires, articleIncidents, articles, ceasefires, incidents } from '../schema';
import type { Statement } from './commit';
import type { AffectedReads } from './touched';

export type Linked = 'incident' | 'ceasefire';

/** Article ids for these slugs, in order; a 400 naming each unknown slug. */
export async function articleIdsFor(db: Database, slugs: string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const rows = await db
    .select({ id: articles.id, slug: articles.slug })
    .from(articles)
    .where(inArray(articles.slug, slugs));
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const errors = slugs.flatMap((slug, i) =>
    bySlug.has(slug) ? [] : [{ path: `articleSlugs.${i}`, message: `no article "${slug}"` }],
  );
  if (errors.length > 0) throw new ValidationFailed('Unknown article slugs.', errors);
  return [...new Set(slugs.map((slug) => bySlug.get(slug) as string))];
}

/** The ids of the articles linked now. */
export async function linkedArticleIds(db: Database, kind: Linked, id: string): Promise<string[]> {
  if (kind === 'incident') {
    const rows = await db
      .select({ id: articleIncidents.articleId })
      .from(articleIncidents)
      .where(eq(articleIncidents.incidentId, id));
    return rows.map((r) => r.id).sort();
  }
  const rows = await db
    .select({ id: articleCeasefires.articleId })
    .from(articleCeasefires)
    .where(eq(articleCeasefires.ceasefireId, id));
  return rows.map((r) => r.id).sort();
}

/** Statements that make `articleIds` the whole list of links. */
export function replaceLinks(db: Database, kind: Linked, id: string, articleIds: string[]): Statement[] {
  if (kind === 'incident') {
    return [
      db.delete(articleIncidents).where(eq(articleIncidents.incidentId, id)),
      ...articleIds.map((articleId) => db.insert(articleIncidents).values({ articleId, incidentId: id })),
    ];
  }
  return [
    db.delete(articleCeasefires).where(eq(articleCeasefires.ceasefireId, id)),
    ...articleIds.map((articleId) => db.insert(articleCeasefires).values({ articleId, ceasefireId: id })),
  ];
}

/** The slugs of articles by id (for purging their cached reads). */
export async function articleSlugsOf(db: Database, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ slug: articles.slug }).from(articles).where(inArray(articles.id, ids));
  return rows.map((r) => r.slug);
}

/** The public reads that show an incident or a ceasefire: its own, and its articles'. */
export async function readsShowing(db: Database, kind: Linked, id: string): Promise<AffectedReads> {
  const table = kind === 'incident' ? incidents : ceasefires;
  const own = await db.select({ slug: table.slug }).from(table).where(eq(table.id, id));
  const articleSlugs = await articleSlugsOf(db, await linkedArticleIds(db, kind, id));
  const slugs = own.map((r) => r.slug);
  return kind === 'incident'
    ? { incidents: slugs, articles: articleSlugs }
    : { ceasefires: slugs, articles: articleSlugs };
}
