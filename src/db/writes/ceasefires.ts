/**
 * Ceasefires and what hangs off them: status changes (each one appended to
 * the history, dated at the `asOf` it describes), violation tallies and
 * milestones (each state change appended to the milestone's history), so
 * `?asOf=` reads can show any earlier moment.
 */
import { and, desc, eq } from 'drizzle-orm';
import type {
  CeasefireCreateInput,
  CeasefirePatchInput,
  MilestoneCreateInput,
  MilestonePatchInput,
  TallyCreateInput,
} from '../../../shared/contract/admin';
import { Conflict, NotFound, ValidationFailed } from '../../../shared/domain/errors';
import { storeInstant } from '../../../shared/domain/time';
import type { Database } from '../client';
import {
  ceasefireStatusChanges,
  type ceasefires,
  type MilestoneChange,
  milestones,
  type violationTallies,
} from '../schema';
import { claimantFor } from './claimants';
import type { Statement } from './commit';
import { findRow, newId, type Snapshot } from './entities';
import { articleIdsFor, articleSlugsOf, linkedArticleIds, readsShowing, replaceLinks } from './links';
import { dayBeforeStart, laterThanToday } from './plausible';
import { publish, subjectRow } from './review';
import {
  type Author,
  assertVersion,
  commitTouching,
  guardedUpdate,
  holdingAs,
  insertWithAudit,
  sentFields,
  type Written,
} from './update';

type CeasefireRow = typeof ceasefires.$inferSelect;

function statusChange(ceasefireId: string, status: CeasefireRow['status'], at: string, note: string | null) {
  const moment = storeInstant(at);
  return { id: newId('csc'), ceasefireId, status, at: moment.utc, atOffset: moment.offset, note };
}

/** The statuses of a ceasefire that is over. */
const OVER: readonly CeasefireRow['status'][] = ['ended', 'collapsed'];

/**
 * `asOf` and `endedAt` (UTC ISO strings) cannot come before the start: the gauge would read before it began; nor
 * after today (./plausible.ts). And one whose end the data has reached is over: a gauge reading "Holding" beside
 * "ended on …" says both. (An end still to come, an announced expiry, leaves the status as it is.)
 */
function assertChronology(
  startedAt: string,
  asOf: string,
  endedAt: string | null,
  status: CeasefireRow['status'],
  at: string,
  // The field an editor is told of: the one they sent (/admin sets the end and the status in two forms).
  endSent = false,
): void {
  const start = Date.parse(startedAt);
  const errors = [
    ...laterThanToday('startedAt', startedAt, at),
    ...laterThanToday('asOf', asOf, at),
    ...(Date.parse(asOf) < start ? [{ path: 'asOf', message: 'must not be before startedAt' }] : []),
    ...(endedAt && Date.parse(endedAt) < start ? [{ path: 'endedAt', message: 'must not be before startedAt' }] : []),
    ...(endedAt && Date.parse(endedAt) <= Date.parse(asOf) && !OVER.includes(status)
      ? [
          endSent
            ? {
                path: 'endedAt',
                message: `is not after asOf: set the status to ended or collapsed first (it is ${status})`,
              }
            : { path: 'status', message: `must be ended or collapsed: endedAt (${endedAt}) is not after asOf` },
        ]
      : []),
  ];
  if (errors.length > 0) throw new ValidationFailed('The dates are out of order.', errors);
}

export async function createCeasefire(db: Database, input: CeasefireCreateInput, by: Author): Promise<Written> {
  assertChronology(input.startedAt, input.asOf, input.endedAt ?? null, input.status, by.at);
  if (await findRow(db, 'ceasefire', input.slug)) throw new Conflict(`The slug "${input.slug}" is taken.`);
  const articleIds = await articleIdsFor(db, input.articleSlugs ?? []);
  const started = storeInstant(input.startedAt);
  const ended = input.endedAt ? storeInstant(input.endedAt) : null;
  const asOf = storeInstant(input.asOf);
  const row: CeasefireRow = {
    id: newId('cf'),
    slug: input.slug,
    name: input.name,
    brokers: input.brokers ?? [],
    parties: input.parties ?? [],
    excludes: input.excludes ?? [],
    startedAt: started.utc,
    startedAtOffset: started.offset,
    endedAt: ended?.utc ?? null,
    endedAtOffset: ended?.offset ?? null,
    status: input.status,
    statusNote: input.statusNote ?? null,
    asOf: asOf.utc,
    asOfOffset: asOf.offset,
    language: input.language ?? 'en',
    reviewRequired: false,
    createdAt: by.at,
    updatedAt: by.at,
    version: 1,
  };
  // The first status is dated from the start: the history then covers every moment the ceasefire existed.
  const first = statusChange(row.id, row.status, input.startedAt, row.statusNote);
  const statements = [
    ...insertWithAudit(db, 'ceasefire', { ...row, articleIds }, by),
    db.insert(ceasefireStatusChanges).values(first),
    ...replaceLinks(db, 'ceasefire', row.id, articleIds),
  ];
  await commitTouching(db, statements, by, () => readsShowing(db, 'ceasefire', row.id));
  return { id: row.id, key: row.slug, version: 1 };
}

export async function updateCeasefire(
  db: Database,
  slug: string,
  patch: CeasefirePatchInput,
  ifMatch: string[],
  by: Author,
): Promise<Written> {
  const row = await findRow(db, 'ceasefire', slug);
  if (!row) throw new NotFound(`No ceasefire "${slug}".`);
  // Checked before the version: `startedAt` cannot be changed, so this holds whatever version was read.
  assertChronology(
    String(row.startedAt),
    patch.asOf ?? String(row.asOf),
    patch.endedAt === undefined ? (row.endedAt as string | null) : patch.endedAt,
    patch.status ?? (row.status as CeasefireRow['status']),
    by.at,
    patch.endedAt !== undefined && patch.status === undefined,
  );
  // A new status is dated at asOf, and an asOf moved back alone would have the gauge read a status the history
  // says came later: either way not before the last change.
  if (patch.asOf !== undefined || (patch.status !== undefined && patch.status !== row.status))
    await assertAfterLastChange(db, String(row.id), patch.asOf ?? String(row.asOf));
  assertVersion(row, ifMatch);
  const before = { ...row, articleIds: await linkedArticleIds(db, 'ceasefire', row.id) };
  const { articleSlugs, endedAt, asOf, review: _, ...fields } = patch;
  const changes: Partial<CeasefireRow> = sentFields(fields);
  if (endedAt !== undefined) {
    const ended = endedAt === null ? null : storeInstant(endedAt);
    changes.endedAt = ended?.utc ?? null;
    changes.endedAtOffset = ended?.offset ?? null;
  }
  if (asOf !== undefined) {
    const moment = storeInstant(asOf);
    changes.asOf = moment.utc;
    changes.asOfOffset = moment.offset;
  }
  const extra: Statement[] = [];
  let statusChangeId: string | undefined;
  if (patch.status !== undefined && patch.status !== row.status) {
    const at = asOf ?? String(row.asOf);
    const change = statusChange(String(row.id), patch.status, at, patch.statusNote ?? null);
    statusChangeId = change.id;
    extra.push(db.insert(ceasefireStatusChanges).values(change));
  }
  const articleIds = articleSlugs === undefined ? before.articleIds : await articleIdsFor(db, articleSlugs);
  if (articleSlugs !== undefined) extra.push(...replaceLinks(db, 'ceasefire', String(row.id), articleIds));
  const { statements } = guardedUpdate(db, 'ceasefire', before, changes, by, {
    after: { articleIds, ...(statusChangeId ? { statusChangeId } : {}) },
  });
  const pending = await publish(db, [...statements, ...extra], by, subjectRow('ceasefire', row), async () => {
    const affected = await readsShowing(db, 'ceasefire', String(row.id));
    const formerArticles = await articleSlugsOf(db, before.articleIds);
    return { ...affected, articles: [...(affected.articles ?? []), ...formerArticles] };
  });
  if (pending) return { id: row.id, key: slug, version: Number(row.version), pending };
  return { id: row.id, key: slug, version: Number(row.version) + 1 };
}

/** History is in time order: a new status, or the moment the data describes, cannot be dated before the last one. */
async function assertAfterLastChange(db: Database, ceasefireId: string, at: string): Promise<void> {
  const [last] = await db
    .select({ at: ceasefireStatusChanges.at })
    .from(ceasefireStatusChanges)
    .where(eq(ceasefireStatusChanges.ceasefireId, ceasefireId))
    .orderBy(desc(ceasefireStatusChanges.at))
    .limit(1);
  if (last && Date.parse(at) < Date.parse(last.at)) {
    throw new ValidationFailed('A status change cannot be dated before the previous one.', [
      { path: 'asOf', message: `must not be before the last change of status (${last.at})` },
    ]);
  }
}

async function ceasefireRow(db: Database, slug: string): Promise<Snapshot> {
  const row = await findRow(db, 'ceasefire', slug);
  if (!row) throw new NotFound(`No ceasefire "${slug}".`);
  return row;
}

export async function createTally(db: Database, slug: string, input: TallyCreateInput, by: Author): Promise<Written> {
  const ceasefire = await ceasefireRow(db, slug);
  const late = [
    ...laterThanToday('reportedOn', input.reportedOn, by.at),
    ...dayBeforeStart('reportedOn', input.reportedOn, String(ceasefire.startedAt), 'the ceasefire’s start'),
  ];
  if (late.length > 0) throw new ValidationFailed('The count’s date cannot be right.', late);
  const claimant = input.claimant ? await claimantFor(db, input.claimant, by.at) : null;
  const row: typeof violationTallies.$inferSelect = {
    id: newId('tly'),
    ceasefireId: ceasefire.id,
    claimantId: claimant?.id ?? null,
    count: input.count,
    qualifier: input.qualifier,
    asWritten: input.asWritten,
    excludes: input.excludes ?? null,
    reportedOn: input.reportedOn,
    sourceUrl: input.sourceUrl ?? null,
    createdAt: by.at,
  };
  const statements = [...(claimant?.statements ?? []), ...insertWithAudit(db, 'tally', row, by)];
  return childWritten(db, row.id, 1, statements, by, ceasefire);
}

/** Publishes (or holds) a write to a tally or milestone; its ceasefire's reads are what it affects. */
async function childWritten(
  db: Database,
  id: string,
  version: number,
  statements: Statement[],
  by: Author,
  ceasefire: Snapshot | string,
): Promise<Written> {
  const subject =
    typeof ceasefire === 'string' ? { type: 'ceasefire' as const, id: ceasefire } : subjectRow('ceasefire', ceasefire);
  const pending = await publish(db, statements, by, subject, () => readsShowing(db, 'ceasefire', subject.id));
  if (pending) return { id, key: id, version: version - 1, pending };
  return { id, key: id, version };
}

export async function createMilestone(
  db: Database,
  slug: string,
  input: MilestoneCreateInput,
  by: Author,
): Promise<Written> {
  const ceasefire = await ceasefireRow(db, slug);
  const state = input.state ?? 'pending';
  const note = input.note ?? null;
  const row: typeof milestones.$inferSelect = {
    id: newId('mst'),
    ceasefireId: ceasefire.id,
    label: input.label,
    dueOn: input.dueOn ?? null,
    state,
    note,
    history: [{ state, at: String(ceasefire.startedAt), note }],
    createdAt: by.at,
    updatedAt: by.at,
    version: 1,
  };
  return childWritten(db, row.id, 1, insertWithAudit(db, 'milestone', row, by), by, ceasefire);
}

/** A milestone of this ceasefire (404 if it belongs to another). */
export async function findMilestoneRow(db: Database, slug: string, id: string): Promise<Snapshot> {
  const ceasefire = await ceasefireRow(db, slug);
  const [row] = await db
    .select()
    .from(milestones)
    .where(and(eq(milestones.id, id), eq(milestones.ceasefireId, ceasefire.id)));
  if (!row) throw new NotFound(`No milestone "${id}" in the ceasefire "${slug}".`);
  return { ...row, ceasefireAsOf: ceasefire.asOf } as Snapshot;
}

export async function updateMilestone(
  db: Database,
  slug: string,
  id: string,
  patch: MilestonePatchInput,
  ifMatch: string[],
  by: Author,
): Promise<Written> {
  const { ceasefireAsOf, ...current } = await findMilestoneRow(db, slug, id);
  const { at, ...fields } = patch;
  // A milestone's history is in time order, and has happened.
  const last = (current.history as MilestoneChange[]).at(-1)?.at;
  const issues = [
    ...laterThanToday('at', at, by.at),
    ...(at && last && Date.parse(at) < Date.parse(last)
      ? [{ path: 'at', message: `must not be before the milestone’s last change (${last})` }]
      : []),
  ];
  if (issues.length > 0) throw new ValidationFailed('The milestone’s date cannot be right.', issues);
  assertVersion(current as Snapshot, ifMatch);
  const changes: Partial<typeof milestones.$inferSelect> = sentFields(fields);
  const state = changes.state ?? (current.state as MilestoneChange['state']);
  const note = 'note' in changes ? (changes.note ?? null) : (current.note as string | null);
  let author = by;
  if (state !== current.state || note !== current.note) {
    // Dated at the moment the ceasefire's data describes unless the editor says when.
    const when = at ? storeInstant(at).utc : String(ceasefireAsOf);
    changes.history = [...(current.history as MilestoneChange[]), { state, at: when, note }];
    // Held for review, it keeps that moment: the one the proposer saw, not the one the ceasefire has reached by the
    // time another editor approves it.
    if (!at) author = holdingAs(by, { body: { ...patch, at: when } });
  }
  const { statements } = guardedUpdate(db, 'milestone', current as Snapshot, changes, author);
  return childWritten(db, id, Number(current.version) + 1, statements, author, String(current.ceasefireId));
}
