/** Creating and editing articles. */

import { eq } from 'drizzle-orm';
import type { ArticleCreateInput, ArticlePatchInput } from '../../contract/admin';
import type { AffectedReads } from '../../http/cache';
import { Problem } from '../../http/problem';
import type { Database } from '../client';
import { articleCeasefires, articleIncidents, type articles, ceasefires, incidents } from '../schema';
import { commit } from './commit';
import { findRow, newId, type Snapshot } from './entities';
import { type Author, assertVersion, guardedUpdate, insertWithAudit, sentFields } from './update';

/**
 * What a write did: the row it wrote (id, public key, new version) and the
 * reads to purge; or, when it was held for review (`pending`: the held
 * change's id), what it would write, with nothing to purge.
 */
export type Written = { id: string; key: string; version: number; affected: AffectedReads; pending?: string };

export async function createArticle(db: Database, input: ArticleCreateInput, by: Author): Promise<Written> {
  if (await findRow(db, 'article', input.slug)) throw new Problem('conflict', `The slug "${input.slug}" is taken.`);
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
  await commit(db, insertWithAudit(db, 'article', row, by));
  return { id: row.id, key: row.slug, version: 1, affected: { articles: [row.slug] } };
}

export async function updateArticle(
  db: Database,
  slug: string,
  patch: ArticlePatchInput,
  ifMatch: string[],
  by: Author,
): Promise<Written> {
  const current = await findRow(db, 'article', slug);
  if (!current) throw new Problem('not-found', `No article "${slug}".`);
  assertVersion(current, ifMatch);
  const { statements, after } = guardedUpdate(db, 'article', current, sentFields(patch), by);
  await commit(db, statements);
  return {
    id: current.id,
    key: slug,
    version: Number(after.version),
    affected: await readsShowingArticle(db, current),
  };
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
