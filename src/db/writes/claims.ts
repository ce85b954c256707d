/**
 * Claims: added, revised (a new claim that supersedes the old one), fixed
 * in place for a typo, and retracted. Nothing is deleted.
 *
 * Time travel (`?asOf=`) shows a claim from its `claimedOn` day and with the
 * status it had then, using `status_changed_at`. A revision takes effect from
 * the start of the revising claim's `claimedOn` day (the moment the new claim
 * appears in a read), so the old figure is never shown beside its own
 * revision. A retraction takes effect when the editor makes it.
 */
import { eq } from 'drizzle-orm';
import { type ClaimCreateInput, type ClaimPatchInput, figureIssues } from '../../../shared/contract/admin';
import { Conflict, NotFound, StaleVersion, ValidationFailed } from '../../../shared/domain/errors';
import type { Database } from '../client';
import { articles, type casualtyClaims } from '../schema';
import { claimantFor } from './claimants';
import type { Statement } from './commit';
import { findRow, newId, type Snapshot } from './entities';
import { readsShowing } from './links';
import { laterThanToday } from './plausible';
import { publish, subjectRow } from './review';
import {
  type Author,
  assertVersion,
  entityTag,
  guardedUpdate,
  holdingAs,
  insertWithAudit,
  sentFields,
  type Written,
} from './update';

type ClaimRow = typeof casualtyClaims.$inferSelect;

async function sourceArticleId(db: Database, slug: string | null | undefined): Promise<string | null | undefined> {
  if (slug === undefined || slug === null) return slug;
  const [found] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug));
  if (!found) {
    throw new ValidationFailed('Unknown source article.', [
      { path: 'sourceArticleSlug', message: `no article "${slug}"` },
    ]);
  }
  return found.id;
}

/**
 * `revisedSeen`: for a revision, the version of the claim it revises that its
 * proposer read (`If-Match`, or held with it, below): a claim changed since
 * (its figure corrected, say) is not superseded by a revision of what it was
 * (412, or 409 when approving).
 */
export async function createClaim(
  db: Database,
  incidentSlug: string,
  input: ClaimCreateInput,
  by: Author,
  revisedSeen: string[] = [],
): Promise<Written> {
  const incident = await findRow(db, 'incident', incidentSlug);
  if (!incident) throw new NotFound(`No incident "${incidentSlug}".`);
  assertClaimedOn(input.claimedOn, by.at);
  const claimant = await claimantFor(db, input.claimant, by.at);
  const revised = input.supersedes === undefined ? undefined : await revisable(db, incident, input, claimant.id);
  // Empty only when no If-Match was sent: every tag sent is kept, a weak or malformed one to fail here (412).
  if (revised && revisedSeen.length > 0) assertVersion(revised, revisedSeen);
  const row: ClaimRow = {
    id: newId('clm'),
    incidentId: incident.id,
    claimantId: claimant.id,
    metric: input.metric,
    subject: input.subject,
    qualifier: input.qualifier,
    low: input.low,
    high: input.high ?? null,
    asWritten: input.asWritten,
    claimedOn: input.claimedOn,
    sourceArticleId: (await sourceArticleId(db, input.sourceArticleSlug)) ?? null,
    sourceUrl: input.sourceUrl ?? null,
    quote: input.quote ?? null,
    status: 'current',
    statusChangedAt: null,
    supersedesId: revised?.id ?? null,
    createdAt: by.at,
    updatedAt: by.at,
    version: 1,
  };
  const statements: Statement[] = [...claimant.statements, ...insertWithAudit(db, 'claim', row, by)];
  if (revised) {
    const change = { status: 'superseded', statusChangedAt: `${input.claimedOn}T00:00:00.000Z` };
    statements.push(...guardedUpdate(db, 'claim', revised, change, by, { action: 'supersede' }).statements);
  }
  // Held, a revision keeps the version of the claim it revises, as a held PATCH keeps its If-Match: the one its
  // proposer sent, or else the one it was checked against now.
  const held =
    revised && by.operation?.ifMatch.length === 0
      ? holdingAs(by, { ifMatch: [entityTag(revised.id, Number(revised.version))] })
      : by;
  const pending = await publish(db, statements, held, subjectRow('incident', incident), () =>
    readsShowing(db, 'incident', incident.id),
  );
  return { id: row.id, key: row.id, version: 1, ...(pending ? { pending } : {}) };
}

/**
 * The claim `supersedes` names, if it can be revised: same incident, still current, not dated later, and the same
 * claimant's figure for the same metric. A revision replaces the figure it revises in every read, so one naming
 * another claimant or metric would take a claimant's figure out of the card (and its disagreement with it) under a
 * change note that reads as a correction.
 */
async function revisable(
  db: Database,
  incident: Snapshot,
  input: ClaimCreateInput,
  claimantId: string,
): Promise<Snapshot> {
  const old = await findRow(db, 'claim', String(input.supersedes));
  const refuse = (message: string) =>
    new ValidationFailed(`Cannot revise that claim: ${message}.`, [{ path: 'supersedes', message }]);
  if (!old || old.incidentId !== incident.id) throw refuse('no such claim on this incident');
  // Revised since the editor read it (perhaps a moment ago, by a concurrent
  // request): the same answer as losing the race inside the batch.
  if (old.status === 'superseded') {
    throw new StaleVersion(
      `The claim ${old.id} has been revised since you read it; nothing was saved. Read the incident again and revise the newer claim.`,
    );
  }
  if (old.status !== 'current') throw new Conflict(`The claim ${old.id} is already ${old.status}.`);
  if (old.claimantId !== claimantId) {
    throw new ValidationFailed('A revision keeps the claimant of the claim it revises; add a new claim instead.', [
      { path: 'claimant', message: 'must be the revised claim’s claimant' },
    ]);
  }
  if (old.metric !== input.metric) {
    throw new ValidationFailed('A revision keeps the metric of the claim it revises; add a new claim instead.', [
      { path: 'metric', message: `must be ${old.metric}, the revised claim’s metric` },
    ]);
  }
  if (String(old.claimedOn) > input.claimedOn) {
    throw new ValidationFailed('A revision cannot be dated before the claim it revises.', [
      { path: 'claimedOn', message: `must not be before ${old.claimedOn}, the revised claim's date` },
    ]);
  }
  return old;
}

export async function findClaimRow(db: Database, id: string): Promise<Snapshot> {
  const row = await findRow(db, 'claim', id);
  if (!row) throw new NotFound(`No claim "${id}".`);
  return row;
}

export async function updateClaim(
  db: Database,
  id: string,
  patch: ClaimPatchInput,
  ifMatch: string[],
  by: Author,
): Promise<Written> {
  const current = await findClaimRow(db, id);
  assertVersion(current, ifMatch);
  const { sourceArticleSlug, ...fields } = patch;
  const changes: Partial<ClaimRow> = sentFields(fields);
  if (current.supersedesId && changes.claimedOn !== undefined && changes.claimedOn !== current.claimedOn) {
    // The revised claim was superseded as of this date; moving it would leave `?asOf=` reads inconsistent.
    throw new Conflict(
      'This claim revises another, which was superseded as of its date: to redate it, revert it and add it again.',
    );
  }
  if (changes.claimedOn !== undefined) assertClaimedOn(changes.claimedOn, by.at);
  const issues = figureIssues({
    qualifier: changes.qualifier ?? (current.qualifier as ClaimRow['qualifier']),
    low: changes.low ?? Number(current.low),
    high: 'high' in changes ? changes.high : (current.high as number | null),
  });
  if (issues.length > 0) throw new ValidationFailed('The figure does not add up.', issues);
  const source = await sourceArticleId(db, sourceArticleSlug);
  if (source !== undefined) changes.sourceArticleId = source;
  const { statements } = guardedUpdate(db, 'claim', current, changes, by);
  return claimWritten(db, current, statements, by);
}

/**
 * A claim is not made after today (./plausible.ts). It may be dated before its incident's day: a figure for the
 * first day of a strike the story dates by its second, or back-dated to the day the source first said it.
 */
function assertClaimedOn(claimedOn: string, at: string): void {
  const issues = laterThanToday('claimedOn', claimedOn, at);
  if (issues.length > 0) throw new ValidationFailed('The claim’s date cannot be right.', issues);
}

/** Publishes (or holds) a change to a claim; its incident's reads are what it affects. */
async function claimWritten(db: Database, current: Snapshot, statements: Statement[], by: Author): Promise<Written> {
  const id = current.id;
  const incidentId = String(current.incidentId);
  const pending = await publish(db, statements, by, { type: 'incident', id: incidentId }, () =>
    readsShowing(db, 'incident', incidentId),
  );
  if (pending) return { id, key: id, version: Number(current.version), pending };
  return { id, key: id, version: Number(current.version) + 1 };
}

/** Retracting keeps the claim, marked `retracted` from now on. */
export async function retractClaim(db: Database, id: string, ifMatch: string[], by: Author): Promise<Written> {
  const current = await findClaimRow(db, id);
  assertVersion(current, ifMatch);
  if (current.status !== 'current') {
    throw new Conflict(`The claim is ${current.status}; only a current claim can be retracted.`);
  }
  const change = { status: 'retracted', statusChangedAt: by.at };
  const { statements } = guardedUpdate(db, 'claim', current, change, by, { action: 'retract' });
  return claimWritten(db, current, statements, by);
}
