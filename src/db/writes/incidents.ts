/** Creating and editing incidents, and the articles that report them. */
import type { IncidentCreateInput, IncidentPatchInput } from '../../../shared/contract/admin';
import { Conflict, NotFound, ValidationFailed } from '../../../shared/domain/errors';
import { storeInstant } from '../../../shared/domain/time';
import type { Database } from '../client';
import type { incidents } from '../schema';
import { findRow, newId } from './entities';
import { articleIdsFor, articleSlugsOf, linkedArticleIds, replaceLinks } from './links';
import { beforeItsDay, laterThanToday } from './plausible';
import { publish, subjectRow } from './review';
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

/**
 * An incident's dates (its day, and its instants as stored UTC strings, or null where unknown) as they can be: it
 * has happened, so neither its day nor its start is after today (./plausible.ts), and it does not end before it
 * starts, nor before its day has begun anywhere: its times would read backwards.
 */
function assertDates(
  occurredOn: string,
  startsAt: string | null | undefined,
  endsAt: string | null | undefined,
  at: string,
): void {
  const issues = [
    ...laterThanToday('occurredOn', occurredOn, at),
    ...laterThanToday('startsAt', startsAt, at),
    ...(startsAt && endsAt && Date.parse(endsAt) < Date.parse(startsAt)
      ? [{ path: 'endsAt', message: 'must not be before startsAt' }]
      : beforeItsDay('endsAt', endsAt, occurredOn, 'the day it occurred')),
  ];
  if (issues.length > 0) throw new ValidationFailed('The incident’s dates cannot be right.', issues);
}

export async function createIncident(db: Database, input: IncidentCreateInput, by: Author): Promise<Written> {
  if (await findRow(db, 'incident', input.slug)) throw new Conflict(`The slug "${input.slug}" is taken.`);
  const articleIds = await articleIdsFor(db, input.articleSlugs ?? []);
  const instants = instantColumns(input);
  assertDates(input.occurredOn, instants.startsAt, instants.endsAt, by.at);
  assertCorrections([], input.corrections, by.at);
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
  assertDates(
    fields.occurredOn ?? String(row.occurredOn),
    'startsAt' in changes ? changes.startsAt : (row.startsAt as string | null),
    'endsAt' in changes ? changes.endsAt : (row.endsAt as string | null),
    by.at,
  );
  if (fields.corrections !== undefined) assertCorrections(row.corrections, fields.corrections, by.at);
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
