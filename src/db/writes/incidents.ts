/** Creating and editing incidents, and the articles that report them. */
import type { IncidentCreateInput, IncidentPatchInput } from '../../../shared/contract/admin';
import { Conflict, NotFound, ValidationFailed } from '../../../shared/domain/errors';
import { storeInstant } from '../../../shared/domain/time';
import type { Database } from '../client';
import type { incidents } from '../schema';
import { findRow, newId } from './entities';
import { articleIdsFor, articleSlugsOf, linkedArticleIds, replaceLinks } from './links';
import { publish, subjectRow } from './review';
import {
  type Author,
  assertVersion,
  commitTouching,
  guardedUpdate,
  insertWithAudit,
  sentFields,
  type Written,
} from './update';

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

/** An incident cannot end before it starts (stored UTC strings, or null where unknown): its times would read backwards. */
function assertInOrder(startsAt: string | null | undefined, endsAt: string | null | undefined): void {
  if (startsAt && endsAt && Date.parse(endsAt) < Date.parse(startsAt)) {
    throw new ValidationFailed('The dates are out of order.', [
      { path: 'endsAt', message: 'must not be before startsAt' },
    ]);
  }
}

export async function createIncident(db: Database, input: IncidentCreateInput, by: Author): Promise<Written> {
  if (await findRow(db, 'incident', input.slug)) throw new Conflict(`The slug "${input.slug}" is taken.`);
  const articleIds = await articleIdsFor(db, input.articleSlugs ?? []);
  const instants = instantColumns(input);
  assertInOrder(instants.startsAt, instants.endsAt);
  const row: IncidentRow = {
    id: newId('inc'),
    slug: input.slug,
    title: input.title,
    occurredOn: input.occurredOn,
    startsAt: null,
    startsAtOffset: null,
    endsAt: null,
    endsAtOffset: null,
    ...instants,
    placeName: input.placeName,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    summary: input.summary ?? '',
    corrections: input.corrections ?? [],
    externalIds: input.externalIds ?? {},
    language: input.language ?? 'en',
    reviewRequired: false,
    createdAt: by.at,
    updatedAt: by.at,
    version: 1,
  };
  await commitTouching(
    db,
    [
      ...insertWithAudit(db, 'incident', { ...row, articleIds }, by),
      ...replaceLinks(db, 'incident', row.id, articleIds),
    ],
    by,
    async () => ({ incidents: [row.slug], articles: await articleSlugsOf(db, articleIds) }),
  );
  return { id: row.id, key: row.slug, version: 1 };
}

export async function updateIncident(
  db: Database,
  slug: string,
  patch: IncidentPatchInput,
  ifMatch: string[],
  by: Author,
): Promise<Written> {
  const row = await findRow(db, 'incident', slug);
  if (!row) throw new NotFound(`No incident "${slug}".`);
  const { articleSlugs, startsAt, endsAt, review: _, ...fields } = patch;
  const changes = { ...sentFields(fields), ...instantColumns({ startsAt, endsAt }) };
  assertInOrder(
    'startsAt' in changes ? changes.startsAt : (row.startsAt as string | null),
    'endsAt' in changes ? changes.endsAt : (row.endsAt as string | null),
  );
  assertVersion(row, ifMatch);
  const before = { ...row, articleIds: await linkedArticleIds(db, 'incident', row.id) };
  const articleIds = articleSlugs === undefined ? before.articleIds : await articleIdsFor(db, articleSlugs);
  const { statements } = guardedUpdate(db, 'incident', before, changes, by, { after: { articleIds } });
  const pending = await publish(
    db,
    [...statements, ...(articleSlugs === undefined ? [] : replaceLinks(db, 'incident', row.id, articleIds))],
    by,
    subjectRow('incident', row),
    async () => ({ incidents: [slug], articles: await articleSlugsOf(db, [...before.articleIds, ...articleIds]) }),
  );
  if (pending) return { id: row.id, key: slug, version: Number(row.version), pending };
  return { id: row.id, key: slug, version: Number(row.version) + 1 };
}
