/** Creating and editing articles. */

import { eq } from 'drizzle-orm';
import type { ArticleCreateInput, ArticlePatchInput } from '../../../shared/contract/admin';
import { Conflict, NotFound } from '../../../shared/domain/errors';
import type { Database } from '../client';
import { articleCeasefires, articleIncidents, type articles, ceasefires, incidents } from '../schema';
import { findRow, newId, type Snapshot } from './entities';
import type { Subject } from './operation';
import { publish } from './review';
import type { AffectedReads } from './touched';
import {
  type Author,
  assertVersion,
  commitTouching,
  guardedUpdate,
  insertWithAudit,
  sentFields,
  type Written,
} from './update';

export async function createArticle(db: Database, input: ArticleCreateInput, by: Author): Promise<Written> {
  if (await findRow(db, 'article', input.slug)) throw new Conflict(`The slug "${input.slug}" is taken.`);
  const row: typeof articles.$inferSelect = {
    id: newId('art'),
    slug: input.slug,
    headline: input.headline,
    dek: input.dek ?? null,
    body: input.body,
    section: input.section,
    language: input.language,
    byline: input.byline ?? null,
    publishedAt: input.publishedAt ?? null,
    publishedAtApproximate: input.publishedAtApproximate ?? false,
    status: input.status ?? 'draft',
    canonicalUrl: input.canonicalUrl ?? null,
    corrections: input.corrections ?? [],
    createdAt: by.at,
    updatedAt: by.at,
    version: 1,
  };
  await commitTouching(db, insertWithAudit(db, 'article', row, by), by, async () => ({ articles: [row.slug] }));
  return { id: row.id, key: row.slug, version: 1 };
}

export async function updateArticle(
  db: Database,
  slug: string,
  patch: ArticlePatchInput,
  ifMatch: string[],
  by: Author,
): Promise<Written> {
  const current = await findRow(db, 'article', slug);
  if (!current) throw new NotFound(`No article "${slug}".`);
  assertVersion(current, ifMatch);
  const { statements, after } = guardedUpdate(db, 'article', current, sentFields(patch), by);
  const pending = await publish(db, statements, by, await articleSubjects(db, current.id), () =>
    readsShowingArticle(db, current),
  );
  if (pending) return { id: current.id, key: slug, version: Number(current.version), pending };
  return { id: current.id, key: slug, version: Number(after.version) };
}

/**
 * The stories an article reports, whose review covers it: its headline shows on their cards, so on a story whose
 * figures a second editor checks, the headline over them is checked too.
 */
export async function articleSubjects(db: Database, articleId: string): Promise<Subject[]> {
  const [shownIncidents, shownCeasefires] = await db.batch([
    db
      .select({ id: incidents.id, reviewRequired: incidents.reviewRequired })
      .from(articleIncidents)
      .innerJoin(incidents, eq(incidents.id, articleIncidents.incidentId))
      .where(eq(articleIncidents.articleId, articleId))
      .orderBy(incidents.id),
    db
      .select({ id: ceasefires.id, reviewRequired: ceasefires.reviewRequired })
      .from(articleCeasefires)
      .innerJoin(ceasefires, eq(ceasefires.id, articleCeasefires.ceasefireId))
      .where(eq(articleCeasefires.articleId, articleId))
      .orderBy(ceasefires.id),
  ]);
  return [
    ...shownIncidents.map((r) => ({ type: 'incident' as const, id: r.id, reviewRequired: r.reviewRequired })),
    ...shownCeasefires.map((r) => ({ type: 'ceasefire' as const, id: r.id, reviewRequired: r.reviewRequired })),
  ];
}

/** An article's headline and status show in the incidents (and ceasefires) it reports. */
export async function readsShowingArticle(db: Database, article: Snapshot): Promise<AffectedReads> {
  const [shownIncidents, shownCeasefires] = await db.batch([
    db
      .select({ slug: incidents.slug })
      .from(articleIncidents)
      .innerJoin(incidents, eq(incidents.id, articleIncidents.incidentId))
      .where(eq(articleIncidents.articleId, article.id)),
    db
      .select({ slug: ceasefires.slug })
      .from(articleCeasefires)
      .innerJoin(ceasefires, eq(ceasefires.id, articleCeasefires.ceasefireId))
      .where(eq(articleCeasefires.articleId, article.id)),
  ]);
  return {
    articles: [String(article.slug)],
    incidents: shownIncidents.map((r) => r.slug),
    ceasefires: shownCeasefires.map((r) => r.slug),
  };
}
