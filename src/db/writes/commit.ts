/**
 * How every admin write reaches D1: its statements and its audit entries in
 * one `db.batch`, which D1 runs as one transaction (a failing statement rolls
 * back the whole batch).
 *
 * Versioning: an update is `UPDATE … WHERE id = ? AND version = ?` with the
 * version the editor's `If-Match` named, and the audit insert that follows it
 * computes its `action` as `CASE WHEN changes() = 1 THEN … END`. If the
 * update matched no row (someone else's write got in first), `action` is
 * NULL, the NOT NULL constraint fails, and D1 rolls back everything in the
 * batch. So two editors holding the same ETag cannot both win, however their
 * requests interleave, and no trigger is needed.
 */
import { sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { AuditEntityType } from '../../../shared/contract/admin';
import { AlreadyDecided, Conflict, KeyAlreadyUsed, ProposerRevoked, StaleVersion } from '../../../shared/domain/errors';
import type { Database } from '../client';
import { clockedWrite } from '../recorded-time';
import { auditEntries } from '../schema';

export type Statement = BatchItem<'sqlite'>;

export type AuditRecord = {
  editorId: string;
  /** Who approved it, for a change published on review. */
  approvedBy?: string;
  at: string;
  action: string;
  entityType: AuditEntityType;
  entityKey: string;
  before: unknown;
  after: unknown;
};

/**
 * The audit insert. `guarded`: it must directly follow the statement whose
 * single-row effect it records, and fails (rolling the batch back) unless
 * that statement changed exactly one row.
 */
export function auditInsert(db: Database, record: AuditRecord, guarded: boolean): Statement {
  const statement = db.insert(auditEntries).values({
    editorId: record.editorId,
    approvedBy: record.approvedBy ?? null,
    at: record.at,
    action: guarded ? sql`CASE WHEN changes() = 1 THEN ${record.action} END` : record.action,
    entityType: record.entityType,
    entityId: record.entityKey,
    before: record.before ?? null,
    after: record.after ?? null,
  });
  writeInstants.set(statement, record.at);
  return statement;
}

/** The instant each audit insert records: the one instant its write carries, which commit() records it at. */
const writeInstants = new WeakMap<object, string>();

const STALE = 'NOT NULL constraint failed: audit_entries.action';
/** The guard of a decision on a held change (review.ts): someone decided it first. */
const DECIDED = 'NOT NULL constraint failed: pending_changes.status';
/** The guard of an approval (review.ts): the proposer was revoked while it was being approved. */
const PROPOSER_REVOKED = 'NOT NULL constraint failed: editors.role';
/** The guard of an article's direct edit (articles.ts): a story requiring review came to show it meanwhile. */
const REVIEWED_STORY_SHOWS = 'NOT NULL constraint failed: editors.name';
/** The guard of a direct write (review.ts): review was switched on while it was being written. */
const REVIEW_SWITCHED_ON = /NOT NULL constraint failed: (incidents|ceasefires)\.review_required/;

/** Runs the batch; a lost version race is a StaleVersion, a duplicate key a Conflict. Nothing is written in either case. */
export async function commit(db: Database, statements: Statement[]): Promise<void> {
  const [first, ...rest] = statements;
  if (!first) return;
  try {
    // Between the write clock's tick and close: everything this write changes is recorded at one instant, its own.
    const at = statements.map((statement) => writeInstants.get(statement)).find(Boolean);
    await db.batch(clockedWrite(db, [first, ...rest], at));
  } catch (error) {
    const text = errorText(error);
    if (text.includes(STALE)) {
      throw new StaleVersion(
        'Someone else changed this while you were writing; nothing was saved. Read it again and reapply your change.',
      );
    }
    if (text.includes(DECIDED)) {
      throw new AlreadyDecided('Another editor decided this change a moment ago; nothing was written.');
    }
    if (text.includes(PROPOSER_REVOKED)) {
      throw new ProposerRevoked(
        'The editor who proposed this change was revoked a moment ago; nothing was written. Reject it, and propose it again if it is still needed.',
      );
    }
    if (text.includes(REVIEWED_STORY_SHOWS)) {
      throw new Conflict(
        'A story showing this article came to require review while you were writing; nothing was saved. Send it again: it will wait for review.',
      );
    }
    if (REVIEW_SWITCHED_ON.test(text)) {
      throw new Conflict(
        'Review was switched on for this while you were writing; nothing was saved. Send it again: it will wait for review.',
      );
    }
    const unique = /UNIQUE constraint failed: ([\w.]+)/.exec(text);
    // The same Idempotency-Key landed first (a retry racing its own first try): the caller replays it.
    if (unique?.[1]?.startsWith('idempotency_keys.')) throw new KeyAlreadyUsed();
    // A claim is revised at most once: a second revision racing the first
    // lost the same race as a stale If-Match.
    if (unique?.[1] === 'casualty_claims.supersedes_id') {
      throw new StaleVersion(
        'Someone else revised this claim while you were writing; nothing was saved. Read the incident again and revise the newer claim.',
      );
    }
    // The column, not the table: the body names fields, never the schema.
    if (unique) {
      const column = unique[1]?.split('.').pop()?.replace(/_id$/, '');
      throw new Conflict(`That ${column} is already taken; nothing was saved.`);
    }
    if (text.includes('FOREIGN KEY constraint failed')) {
      throw new Conflict('Something this change refers to no longer exists; nothing was saved.');
    }
    throw error;
  }
}

/**
 * For a write whose guards fail only when the row changed or came to be referred to since it was read (a revert, an
 * account's change): that lost race is the same refusal as the checks made before the write, the 409 the route
 * documents, not the 412 of an If-Match the editor named.
 */
export function raceIsConflict(message: string): (error: unknown) => never {
  return (error) => {
    throw error instanceof StaleVersion ? new Conflict(message) : error;
  };
}

function errorText(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e && parts.length < 5; e = (e as { cause?: unknown }).cause) parts.push(String(e));
  return parts.join(' | ');
}
