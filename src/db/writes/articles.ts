/** Creating and editing articles. */

import { eq, sql } from 'drizzle-orm';
import type { ArticleCreateInput, ArticlePatchInput } from '../../../shared/contract/admin';
import { Conflict, NotFound } from '../../../shared/domain/errors';
import type { Database } from '../client';
import {
  articleCeasefires,
  articleIncidents,
  type articles,
  casualtyClaims,
  ceasefires,
  editors,
  incidents,
} from '../schema';
import type { Statement } from './commit';
import { findRow, newId, type Snapshot } from './entities';
import type { Subject } from './operation';
import { publish } from './review';
import type { AffectedReads } from './touched';
import {
  type Author,
  assertCorrections,
  assertVersion,
  commitTouching,
  guardedUpdate,
  insertWithAudit,
  sentFields,
  type Written,
} from './update';

export async function createArticle(db: Database, input: ArticleCreateInput, by: Author): Promise<Written> {
  assertCorrections([], input.corrections, by.at);
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

/**
 * What of an article the stories showing it show: its headline on their cards, in its language (which a screen
 * reader reads it in), and by its status whether at all.
 */
const SHOWN_ON_STORIES = ['headline', 'language', 'status'] as const;

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
  // Only what its stories show falls under their review: the rest of an article (its text, dek, byline) is the
  // article's own, edited as a newsroom edits its articles (a CMS syncing them is not held at every save).
  // A draft shows nowhere public (its headline included) until an edit publishes it: a draft's edits are its own too.
  const shownNow = current.status === 'published' || patch.status === 'published';
  const shown =
    shownNow && SHOWN_ON_STORIES.some((field) => patch[field] !== undefined && patch[field] !== current[field]);
  // Read once: the stories it reviews under are the ones whose reads it changes (an article edit moves no link).
  const stories = await storiesShowing(db, current.id);
  const subjects = shown ? subjectsOf(stories) : [];
  // Written at once, it is guarded against a story requiring review coming to show it meanwhile.
  const direct = shown && !by.approval && !subjects.some((s) => s.reviewRequired);
  const guarded = direct ? [...statements, noReviewedStoryShows(db, current.id, by)] : statements;
  const pending = await publish(db, guarded, by, subjects, async () => readsOf(current, stories));
  if (pending) return { id: current.id, key: slug, version: Number(current.version), pending };
  return { id: current.id, key: slug, version: Number(after.version) };
}

/**
 * The stories that show an article: the incidents and ceasefires it reports, and the incidents with a claim that
 * cites it as its source (its headline shows on their cards either way), with their slugs and review requirement.
 */
async function storiesShowing(db: Database, articleId: string) {
  const [reported, cited, ceasefiresReported] = await db.batch(storiesShowingReads(db, articleId));
  const byId = <T extends { id: string }>(rows: T[]) =>
    [...new Map(rows.map((r) => [r.id, r])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { incidents: byId([...reported, ...cited]), ceasefires: byId(ceasefiresReported) };
}

/** storiesShowing's reads, run on every article edit (tests/worker/query-plans.test.ts holds them to indexes). */
export function storiesShowingReads(db: Database, articleId: string) {
  const story = { id: incidents.id, slug: incidents.slug, reviewRequired: incidents.reviewRequired };
  return [
    db
      .select(story)
      .from(articleIncidents)
      .innerJoin(incidents, eq(incidents.id, articleIncidents.incidentId))
      .where(eq(articleIncidents.articleId, articleId)),
    db
      .selectDistinct(story)
      .from(casualtyClaims)
      .innerJoin(incidents, eq(incidents.id, casualtyClaims.incidentId))
      .where(eq(casualtyClaims.sourceArticleId, articleId)),
    db
      .select({ id: ceasefires.id, slug: ceasefires.slug, reviewRequired: ceasefires.reviewRequired })
      .from(articleCeasefires)
      .innerJoin(ceasefires, eq(ceasefires.id, articleCeasefires.ceasefireId))
      .where(eq(articleCeasefires.articleId, articleId)),
  ] as const;
}

type Stories = Awaited<ReturnType<typeof storiesShowing>>;

/**
 * Fails the batch (a NOT NULL column set to NULL, as review.ts's guards do, on the author's own account row, which
 * carries no history) if a story requiring review shows the article as the edit lands: one that came to show it
 * after its stories were read (a claim citing it, a link to it, added that instant) would get the edit unreviewed.
 * The stories read are guarded by `publish` against review being switched on.
 */
function noReviewedStoryShows(db: Database, articleId: string, by: Author): Statement {
  const reviewed = sql`EXISTS (SELECT 1 FROM ${incidents} WHERE ${incidents.reviewRequired} = 1 AND (
      ${incidents.id} IN (SELECT ${articleIncidents.incidentId} FROM ${articleIncidents} WHERE ${articleIncidents.articleId} = ${articleId})
      OR ${incidents.id} IN (SELECT ${casualtyClaims.incidentId} FROM ${casualtyClaims} WHERE ${casualtyClaims.sourceArticleId} = ${articleId})))
    OR EXISTS (SELECT 1 FROM ${ceasefires} WHERE ${ceasefires.reviewRequired} = 1 AND ${ceasefires.id} IN (
      SELECT ${articleCeasefires.ceasefireId} FROM ${articleCeasefires} WHERE ${articleCeasefires.articleId} = ${articleId}))`;
  return db
    .update(editors)
    .set({ name: sql`CASE WHEN ${reviewed} THEN NULL ELSE ${editors.name} END` })
    .where(eq(editors.id, by.editor.id));
}

const subjectsOf = (shown: Stories): Subject[] => [
  ...shown.incidents.map((r) => ({ type: 'incident' as const, id: r.id, reviewRequired: r.reviewRequired })),
  ...shown.ceasefires.map((r) => ({ type: 'ceasefire' as const, id: r.id, reviewRequired: r.reviewRequired })),
];

const readsOf = (article: Snapshot, shown: Stories): AffectedReads => ({
  articles: [String(article.slug)],
  incidents: shown.incidents.map((r) => r.slug),
  ceasefires: shown.ceasefires.map((r) => r.slug),
});

/**
 * The stories whose review covers an article: its headline shows on their cards, so on a story whose figures a
 * second editor checks, the headline over them (or under a claim it is the source of) is checked too.
 */
export async function articleSubjects(db: Database, articleId: string): Promise<Subject[]> {
  return subjectsOf(await storiesShowing(db, articleId));
}

/** An article's headline and status show in the incidents (and ceasefires) it reports or a claim cites it in. */
export async function readsShowingArticle(db: Database, article: Snapshot): Promise<AffectedReads> {
  return readsOf(article, await storiesShowing(db, String(article.id)));
}
