/** Creating and editing incidents, and the articles that report them. */
import type { IncidentCreateInput, IncidentPatchInput } from '../../contract/admin';
import { storeInstant } from '../../domain/time';
import { Problem } from '../../http/problem';
import type { Database } from '../client';
import type { incidents } from '../schema';
import type { Written } from './articles';
import { commit } from './commit';
import { findRow, newId } from './entities';
import { articleIdsFor, articleSlugsOf, linkedArticleIds, replaceLinks } from './links';
import { publish, subjectRow } from './review';
import { type Author, assertVersion, guardedUpdate, insertWithAudit, sentFields } from './update';

type IncidentRow = typeof incidents.$inferSelect;

/** The body's instants as the stored UTC + offset pairs. */
function instantColumns(input: { startsAt?: string | null; endsAt?: string | null }): Partial<IncidentRow> {
  const columns: Partial<IncidentRow> = {};
  if (input.startsAt !== undefined) {
    const s = input.startsAt === null ? null : storeInstant(input.startsAt);
    columns.startsAt = s?.utc ?? null;
    columns.startsAtOffset = s?.offset ?? null;
  }
  if (input.endsAt !== undefined) {
    const e = input.endsAt === null ? null : storeInstant(input.endsAt);
    columns.endsAt = e?.utc ?? null;
    columns.endsAtOffset = e?.offset ?? null;
  }
  return columns;
}

export async function createIncident(db: Database, input: IncidentCreateInput, by: Author): Promise<Written> {
  if (await findRow(db, 'incident', input.slug)) throw new Problem('conflict', `The slug "${input.slug}" is taken.`);
  const articleIds = await articleIdsFor(db, input.articleSlugs ?? []);
  const row: IncidentRow = {
    id: newId('inc'),
    slug: input.slug,
    title: input.title,
    occurredOn: input.occurredOn,
    startsAt: null,
    startsAtOffset: null,
    endsAt: null,
    endsAtOffset: null,
    ...instantColumns(input),
    placeName: input.placeName,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    summary: input.summary ?? '',
    corrections: input.corrections ?? [],
    externalIds: input.externalIds ?? {},
    reviewRequired: false,
    createdAt: by.at,
    updatedAt: by.at,
    version: 1,
  };
  await commit(db, [
    ...insertWithAudit(db, 'incident', { ...row, articleIds }, by),
    ...replaceLinks(db, 'incident', row.id, articleIds),
  ]);
  return {
    id: row.id,
    key: row.slug,
    version: 1,
    affected: { incidents: [row.slug], articles: await articleSlugsOf(db, articleIds) },
  };
}

export async function updateIncident(
  db: Database,
  slug: string,
  patch: IncidentPatchInput,
  ifMatch: string[],
  by: Author,
): Promise<Written> {
  const row = await findRow(db, 'incident', slug);
  if (!row) throw new Problem('not-found', `No incident "${slug}".`);
  assertVersion(row, ifMatch);
  const before = { ...row, articleIds: await linkedArticleIds(db, 'incident', row.id) };
  const { articleSlugs, startsAt, endsAt, review: _, ...fields } = patch;
  const articleIds = articleSlugs === undefined ? before.articleIds : await articleIdsFor(db, articleSlugs);
  const changes = { ...sentFields(fields), ...instantColumns({ startsAt, endsAt }) };
  const { statements } = guardedUpdate(db, 'incident', before, changes, by, { after: { articleIds } });
  const pending = await publish(
    db,
    [...statements, ...(articleSlugs === undefined ? [] : replaceLinks(db, 'incident', row.id, articleIds))],
    by,
    subjectRow('incident', row),
  );
  if (pending) return { id: row.id, key: slug, version: Number(row.version), affected: {}, pending };
  return {
    id: row.id,
    key: slug,
    version: Number(row.version) + 1,
    affected: { incidents: [slug], articles: await articleSlugsOf(db, [...before.articleIds, ...articleIds]) },
  };
}
