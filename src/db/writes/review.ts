/**
 * Review before publish. An incident or ceasefire may require review; then
 * an editor's write to it, or to what hangs off it (claims; tallies and
 * milestones), is not made but held in `pending_changes` as the request that
 * would make it, after every check the write itself makes. A second editor's
 * approval replays it as the proposer's write, in one batch with the
 * decision, so the change and its audit entry (naming both) land together or
 * not at all.
 *
 * Three guards keep this exact under concurrency, each a statement that sets a
 * NOT NULL column to NULL (failing, and so rolling back the batch) unless
 * the state it relies on still holds:
 * - a direct write carries `UPDATE <subject> SET review_required = CASE WHEN
 *   review_required = 0 THEN 0 END`: review switched on while it was being
 *   written turns it away (409) instead of letting it through unreviewed;
 * - a decision is `UPDATE … WHERE status = 'pending'` followed by `UPDATE …
 *   SET status = CASE WHEN changes() = 1 THEN status END`: of two decisions
 *   racing, the second finds the change decided and writes nothing;
 * - an approval carries `UPDATE editors SET role = CASE WHEN revoked_at IS
 *   NULL THEN role END` for the proposer, whose write it publishes: an
 *   account revoked while it was being approved writes nothing; so does the
 *   hold of a change, for its proposer: revoking an account rejects what it
 *   has held, and a change held by a request already under way when it was
 *   revoked would otherwise stay pending, to be approved once it is restored.
 */
import { and, eq, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { ChangeStatus, ReviewDecisionAction } from '../../../shared/contract/enums';
import { Conflict, ProposerRevoked } from '../../../shared/domain/errors';
import type { Editor } from '../../env';
import type { Database } from '../client';
import { auditEntries, ceasefires, editors, idempotencyKeys, incidents, pendingChanges } from '../schema';
import { commit, type Statement } from './commit';
import { newId, type Snapshot } from './entities';
import type { Subject } from './operation';
import type { AffectedReads } from './touched';
import { type Author, auditedBy, commitTouching } from './update';

const SUBJECT_TABLES = { incident: incidents, ceasefire: ceasefires } as const;

export async function reviewRequired(db: Database, subject: Subject): Promise<boolean> {
  const table = SUBJECT_TABLES[subject.type];
  const [row] = await db.select({ required: table.reviewRequired }).from(table).where(eq(table.id, subject.id));
  return row?.required === true;
}

/**
 * Commits a write to something under `subject`: as it is, when approving a
 * held change or when review is off (then recording what it `touches`, see
 * commitTouching); otherwise holds it, touching nothing readers see. Returns
 * the held change's id, or undefined when the write was made.
 *
 * A write under several subjects (an article, shown by every story it
 * reports) is held for the first that requires review, and made only if
 * none does, guarded against each.
 */
export async function publish(
  db: Database,
  statements: Statement[],
  by: Author,
  subject: Subject | readonly Subject[],
  touches: () => Promise<AffectedReads>,
): Promise<string | undefined> {
  if (by.approval) {
    const decision = decide(db, by.approval.changeId, 'approved', by.approval.approver, by.at);
    await commitTouching(db, [...decision, proposerStillActive(db, by.editor), ...statements], by, touches);
    return undefined;
  }
  const subjects = Array.isArray(subject) ? subject : [subject as Subject];
  const required = await Promise.all(subjects.map((s) => s.reviewRequired ?? reviewRequired(db, s)));
  const held = subjects[required.indexOf(true)];
  if (!held) {
    await commitTouching(db, [...statements, ...subjects.map((s) => reviewStillOff(db, s))], by, touches);
    return undefined;
  }
  const operation = by.operation;
  if (!operation) throw new Conflict('This needs review, and cannot be held for it from here.');
  const id = newId('chg');
  await commit(db, [
    // First, as for a create: a retry that lost the race to its own first try writes nothing.
    ...(by.requestKey
      ? [
          db.insert(idempotencyKeys).values({
            editorId: by.editor.id,
            key: by.requestKey.key,
            fingerprint: by.requestKey.fingerprint,
            entityType: 'change',
            entityKey: id,
            createdAt: by.at,
          }),
        ]
      : []),
    db.insert(pendingChanges).values({
      id,
      subjectType: held.type,
      subjectId: held.id,
      operation: operation.kind,
      params: operation.params,
      body: operation.body ?? null,
      ifMatch: operation.ifMatch,
      proposedBy: by.editor.id,
      proposedAt: by.at,
    }),
    decisionEntry(db, 'review-held', by.editor, by.at, held, null, { change: id, operation: operation.kind }),
    // A revoked account holds nothing (see above).
    proposerStillActive(db, by.editor),
  ]).catch((error) => {
    if (!(error instanceof ProposerRevoked)) throw error;
    throw new Conflict('Your account was revoked while this change was being sent; nothing was held.');
  });
  return id;
}

/**
 * The history's entry of a change held, or sent back (`rejections`, which names the story alike), under the story
 * it was held for: the review list and the history then tell the same story, and the page's watch of the history hears
 * a proposal as soon as it is made. Not a change of content: not reverted, and in no one's way of a revert.
 */
function decisionEntry(
  db: Database,
  action: ReviewDecisionAction,
  by: Pick<Editor, 'id'>,
  at: string,
  subject: Pick<Subject, 'type' | 'id'>,
  before: unknown,
  after: unknown,
): Statement {
  const table = SUBJECT_TABLES[subject.type];
  return db.insert(auditEntries).values({
    editorId: by.id,
    at,
    action,
    entityType: subject.type,
    // A story removed since (its creation undone while a change was held on it) is named by its id, as the review
    // list names it: sending that change back is how it leaves the list.
    entityId: sql`COALESCE((SELECT ${table.slug} FROM ${table} WHERE ${table.id} = ${subject.id}), ${subject.id})`,
    before,
    after,
  });
}

/** The subject of a write that has just read the incident's or ceasefire's row. */
export function subjectRow(type: Subject['type'], row: Snapshot): Subject {
  return { type, id: row.id, reviewRequired: row.reviewRequired === true };
}

/** Fails the batch (see above) if review was switched on for the subject meanwhile. */
function reviewStillOff(db: Database, subject: Subject): Statement {
  const table = SUBJECT_TABLES[subject.type];
  return db
    .update(table)
    .set({ reviewRequired: sql`CASE WHEN ${table.reviewRequired} = 0 THEN 0 END` })
    .where(eq(table.id, subject.id));
}

/** Fails the batch (see above) if the proposer, whose write an approval publishes (`by.editor`), was revoked meanwhile. */
function proposerStillActive(db: Database, proposer: Pick<Editor, 'id'>): Statement {
  return db
    .update(editors)
    .set({ role: sql`CASE WHEN ${editors.revokedAt} IS NULL THEN ${editors.role} END` })
    .where(eq(editors.id, proposer.id));
}

/** The decision on a held change, failing the batch if it is no longer pending. */
function decide(
  db: Database,
  changeId: string,
  status: Exclude<ChangeStatus, 'pending'>,
  by: Pick<Editor, 'id'>,
  at: string,
  reason: string | null = null,
): Statement[] {
  return [decision(db, eq(pendingChanges.id, changeId), status, by, at, reason), decidedOnce(db, changeId)];
}

/** The decision on the held changes `which` selects, of those still pending. */
function decision(
  db: Database,
  which: SQL,
  status: Exclude<ChangeStatus, 'pending'>,
  by: Pick<Editor, 'id'>,
  at: string | SQL,
  reason: string | null,
) {
  return db
    .update(pendingChanges)
    .set({ status, decidedBy: by.id, decidedAt: at, reason })
    .where(and(which, eq(pendingChanges.status, 'pending')));
}

/** Directly after a decision on one change: fails the batch (see above) unless it decided that change. */
function decidedOnce(db: Database, changeId: string): Statement {
  return db
    .update(pendingChanges)
    .set({ status: sql`CASE WHEN changes() = 1 THEN ${pendingChanges.status} END` })
    .where(eq(pendingChanges.id, changeId));
}

/**
 * The statements rejecting a held change: its `review-rejected` entry and the decision, failing the batch if it is
 * no longer pending. Revoking an account (editors.ts) runs these for each change it still has held.
 */
export function rejection(
  db: Database,
  change: { id: string },
  by: Pick<Editor, 'id'>,
  reason: string,
  at: string,
): Statement[] {
  return [...rejections(db, eq(pendingChanges.id, change.id), by, reason, at), decidedOnce(db, change.id)];
}

/**
 * What rejecting the held changes `which` selects writes, of those still pending: for each, a `review-rejected` entry
 * under the story it was held for (named as decisionEntry names it), `after` naming the change, its operation and the
 * reason; then the decision. The API rejects one change at a time (`rejection`); the CLI (scripts/editor.ts) all
 * those of an account at once, in its batch, with nothing read before it to go stale, under its operator and at D1's
 * clock (`at` as SQL): these statements either way, so the two record a rejection alike. The entries come first,
 * while the changes are still pending to be found.
 */
export function rejections(
  db: Database,
  which: SQL,
  by: Pick<Editor, 'id'>,
  reason: string,
  at: string | SQL,
): (Statement & SQLWrapper)[] {
  const held = and(which, eq(pendingChanges.status, 'pending'));
  const action: ReviewDecisionAction = 'review-rejected';
  const story = sql`COALESCE(CASE ${pendingChanges.subjectType} ${sql.join(
    Object.entries(SUBJECT_TABLES).map(
      ([type, table]) =>
        sql`WHEN ${type} THEN (SELECT ${table.slug} FROM ${table} WHERE ${table.id} = ${pendingChanges.subjectId})`,
    ),
    sql` `,
  )} END, ${pendingChanges.subjectId})`;
  return [
    db.insert(auditEntries).select(
      db
        // Every column, in the table's order, each SQL aliased: what drizzle takes for an INSERT … SELECT.
        .select({
          id: sql`NULL`.as('id'),
          editorId: sql`${by.id}`.as('editor_id'),
          at: sql`${at}`.as('at'),
          action: sql`${action}`.as('action'),
          entityType: pendingChanges.subjectType,
          entityId: story.as('entity_id'),
          before: sql`NULL`.as('before'),
          after:
            sql`json_object('change', ${pendingChanges.id}, 'operation', ${pendingChanges.operation}, 'reason', ${reason})`.as(
              'after',
            ),
          revertedBy: sql`NULL`.as('reverted_by'),
          approvedBy: sql`NULL`.as('approved_by'),
        })
        .from(pendingChanges)
        .where(held)
        .orderBy(pendingChanges.proposedAt, pendingChanges.id),
    ),
    decision(db, which, 'rejected', by, at, reason),
  ];
}

export async function rejectChange(db: Database, change: { id: string }, by: Pick<Editor, 'id'>, reason: string) {
  await commit(db, rejection(db, change, by, reason, new Date().toISOString()));
}

/**
 * Switches review on or off for an incident or ceasefire: audited, but not a
 * new version of it, so an edit (or a held change) made against the version
 * before still applies. Changes already held stay held until decided.
 * Switching it on is at once; switching it off is a change like any other
 * to a story under review, held for another desk editor (`review.off`):
 * else one editor could switch it off, publish a figure unchecked, and
 * switch it on again. Returns the held change's id, if it was held.
 */
export async function switchReview(
  db: Database,
  subject: Subject & { key: string },
  required: boolean,
  by: Author,
): Promise<string | undefined> {
  const now = await reviewRequired(db, subject);
  // An approval of a switch made meanwhile by someone else no longer applies (409; it stays pending, to be rejected).
  if (now === required && by.approval) throw new Conflict(`Review is already ${required ? 'required' : 'off'}.`);
  if (now === required) return undefined;
  const table = SUBJECT_TABLES[subject.type];
  const statements = [
    db
      .update(table)
      .set({ reviewRequired: required })
      .where(and(eq(table.id, subject.id), eq(table.reviewRequired, !required))),
    db.insert(auditEntries).values({
      ...auditedBy(by),
      at: by.at,
      action: sql`CASE WHEN changes() = 1 THEN ${required ? REVIEW_ON : REVIEW_OFF} END`,
      entityType: subject.type,
      entityId: subject.key,
      before: { reviewRequired: !required },
      after: { reviewRequired: required },
    }),
  ];
  if (required) {
    await commit(db, statements);
    return undefined;
  }
  // Nothing readers see changes with it.
  return publish(db, statements, by, { ...subject, reviewRequired: now }, async () => ({}));
}

/** The audit actions of switching review: not reverted (switch it back instead), not a change of content. */
export const REVIEW_ON = 'review-required';
export const REVIEW_OFF = 'review-off';
export const REVIEW_ACTIONS: readonly string[] = [REVIEW_ON, REVIEW_OFF];
