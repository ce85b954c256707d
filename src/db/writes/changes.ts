/**
 * Deciding a held change (review.ts). Approving replays the write it holds,
 * named by its operation, as the proposer's write with the approver on its
 * audit entry; every check the write makes runs again against the story as
 * it is now, so a change that no longer applies (its claim revised since,
 * its ceasefire moved on) is refused and stays pending, to be rejected.
 */
import { eq } from 'drizzle-orm';
import type {
  ArticlePatchInput,
  CeasefirePatchInput,
  ClaimCreateInput,
  ClaimPatchInput,
  IncidentPatchInput,
  MilestoneCreateInput,
  MilestonePatchInput,
  TallyCreateInput,
} from '../../../shared/contract/admin';
import type { ChangeOperation } from '../../../shared/contract/enums';
import {
  AlreadyDecided,
  Conflict,
  NotFound,
  ProposerRevoked,
  ReviewRefused,
  WriteRefused,
} from '../../../shared/domain/errors';
import { hasRole } from '../../auth/roles';
import type { Editor } from '../../env';
import type { Database } from '../client';
import { editors, pendingChanges } from '../schema';
import { updateArticle } from './articles';
import { createMilestone, createTally, updateCeasefire, updateMilestone } from './ceasefires';
import { createClaim, retractClaim, updateClaim } from './claims';
import { findRow } from './entities';
import { updateIncident } from './incidents';
import { revertEntry } from './revert';
import { rejectChange, switchReview } from './review';
import { type Author, author } from './update';

type Held = typeof pendingChanges.$inferSelect;
type Replay = (db: Database, change: Held, by: Author) => Promise<unknown>;

/** Each operation, as the route that received it would have written it. */
const REPLAY: Record<ChangeOperation, Replay> = {
  'article.update': (db, { params, body, ifMatch }, by) =>
    updateArticle(db, String(params.slug), body as ArticlePatchInput, ifMatch, by),
  'incident.update': (db, { params, body, ifMatch }, by) =>
    updateIncident(db, String(params.slug), body as IncidentPatchInput, ifMatch, by),
  'claim.create': (db, { params, body, ifMatch }, by) =>
    createClaim(db, String(params.slug), body as ClaimCreateInput, by, ifMatch),
  'claim.update': (db, { params, body, ifMatch }, by) =>
    updateClaim(db, String(params.id), body as ClaimPatchInput, ifMatch, by),
  'claim.retract': (db, { params, ifMatch }, by) => retractClaim(db, String(params.id), ifMatch, by),
  'ceasefire.update': (db, { params, body, ifMatch }, by) =>
    updateCeasefire(db, String(params.slug), body as CeasefirePatchInput, ifMatch, by),
  'tally.create': (db, { params, body }, by) => createTally(db, String(params.slug), body as TallyCreateInput, by),
  'milestone.create': (db, { params, body }, by) =>
    createMilestone(db, String(params.slug), body as MilestoneCreateInput, by),
  'milestone.update': (db, { params, body, ifMatch }, by) =>
    updateMilestone(db, String(params.slug), String(params.id), body as MilestonePatchInput, ifMatch, by),
  'audit.revert': (db, { params }, by) => revertEntry(db, Number(params.id), by),
  'review.off': (db, { params, subjectType, subjectId }, by) =>
    switchReview(db, { type: subjectType, id: subjectId, key: String(params.slug) }, false, by),
};

/** A held change that can still be decided by this editor: 404, 409 when decided, 403 for one's own approval. */
async function undecided(db: Database, id: string): Promise<Held> {
  const [change] = await db.select().from(pendingChanges).where(eq(pendingChanges.id, id));
  if (!change) throw new NotFound(`No change "${id}".`);
  if (change.status !== 'pending') throw new Conflict(`This change was already ${change.status}.`);
  return change;
}

/**
 * Publishes a held change as its proposer's write, approved by `by.editor`;
 * what it changed for readers is recorded on `by.touched`.
 */
export async function approveChange(db: Database, id: string, by: Author): Promise<void> {
  const change = await undecided(db, id);
  if (change.proposedBy === by.editor.id) {
    throw new ReviewRefused('You proposed this change: another desk editor must approve it.');
  }
  const [proposer] = await db
    .select({ id: editors.id, name: editors.name, role: editors.role, revokedAt: editors.revokedAt })
    .from(editors)
    .where(eq(editors.id, change.proposedBy));
  if (!proposer) throw new NotFound(`No editor proposed "${id}".`);
  // Approving publishes it as the proposer's write, and a revoked account writes nothing (it may be why it was revoked).
  if (proposer.revokedAt !== null) {
    throw new Conflict(
      `${proposer.name}, who proposed this change, has been revoked since: reject it, and propose it again if it is still needed.`,
    );
  }
  // Replayed by the story's slug, which another may hold now (the one proposed for un-created, a new one made under
  // its slug): published there, it would change a story nobody proposed it for.
  const slug = change.operation === 'article.update' ? undefined : change.params.slug;
  if (typeof slug === 'string') {
    const story = await findRow(db, change.subjectType, slug);
    if (story?.id !== change.subjectId) {
      throw new Conflict(
        `The ${change.subjectType} this change was proposed for no longer exists${story ? '; another has its slug now' : ''}: reject it.`,
      );
    }
  }
  // Switching review off takes two desk editors: one whose desk role was taken away since no longer counts as one.
  if (change.operation === 'review.off' && !hasRole(proposer, 'desk')) {
    throw new Conflict(
      `${proposer.name}, who proposed switching review off, is no longer a desk editor: reject it; a desk editor may propose it again.`,
    );
  }
  const replayed = author(proposer, by.touched, { approval: { changeId: id, approver: by.editor } });
  try {
    await REPLAY[change.operation](db, change, replayed);
  } catch (error) {
    // Someone else deciding it first, or revoking its proposer, is a conflict of its own; anything else means the
    // story moved on.
    if (!(error instanceof WriteRefused) || error instanceof AlreadyDecided || error instanceof ProposerRevoked) {
      throw error;
    }
    throw new Conflict(
      `This change no longer applies to the story as it is now (${error.message}) Reject it, and propose it again if it is still needed.`,
      error.issues,
    );
  }
}

export async function rejectHeldChange(db: Database, id: string, by: Editor, reason: string): Promise<void> {
  await rejectChange(db, await undecided(db, id), by, reason);
}
