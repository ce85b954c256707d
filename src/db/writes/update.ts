/** The two shapes every audited write takes: a new row, or a versioned change to one. */
import { and, eq } from 'drizzle-orm';
import type { ContentEntityType } from '../../../shared/contract/admin';
import { Conflict, StaleVersion, ValidationFailed } from '../../../shared/domain/errors';
import type { Editor } from '../../env';
import type { Database } from '../client';
import { idempotencyKeys } from '../schema';
import { auditInsert, commit, type Statement } from './commit';
import { ENTITY_TABLES, keyOf, type Snapshot } from './entities';
import type { Approval, Operation } from './operation';
import { type Correction, correctionKey, newCorrectionsAfterToday } from './plausible';
import type { AffectedReads, TouchedReads } from './touched';

/** The client's `Idempotency-Key` for a create, and the fingerprint of the request it came with. */
export type RequestKey = { key: string; fingerprint: string };

/**
 * Who writes, and the one timestamp the whole write carries; for a create,
 * its idempotency key if one was sent. `operation` is the request as asked
 * (what is held when the story requires review); `approval` is set when a
 * held change is published, `editor` then being the one who proposed it.
 * `touched` is where the write records the public reads it changed once it
 * has committed: the request it came with purges them (touched.ts), so no
 * route has to remember to.
 */
export type Author = {
  editor: Pick<Editor, 'id' | 'name'>;
  at: string;
  touched: TouchedReads;
  requestKey?: RequestKey;
  operation?: Operation;
  approval?: Approval;
};

export function author(
  editor: Pick<Editor, 'id' | 'name'>,
  touched: TouchedReads,
  extra: Pick<Author, 'requestKey' | 'operation' | 'approval'> = {},
): Author {
  return { editor, at: new Date().toISOString(), touched, ...extra };
}

/**
 * `by`, whose change, if it is held for review, records `held` over what was sent: what the write was checked
 * against as its proposer saw it (a milestone's moment, a revised claim's version), so its approval checks that.
 */
export function holdingAs(by: Author, held: Partial<Operation>): Author {
  return by.operation ? { ...by, operation: { ...by.operation, ...held } } : by;
}

/**
 * What a write did: the row it wrote (id, public key, new version); or, when
 * it was held for review (`pending`: the held change's id), what it would
 * write.
 */
export type Written = { id: string; key: string; version: number; pending?: string };

/**
 * Commits an author's write, then records on the author the public reads it
 * changed: `touches` runs after the batch, so it sees links the batch made.
 */
export async function commitTouching(
  db: Database,
  statements: Statement[],
  by: Author,
  touches: () => Promise<AffectedReads>,
): Promise<void> {
  await commit(db, statements);
  by.touched.add(await touches());
}

/** The audit columns naming who wrote: the proposer, and the approver when it was held for review. */
export function auditedBy(by: Author): { editorId: string; approvedBy?: string } {
  return { editorId: by.editor.id, ...(by.approval ? { approvedBy: by.approval.approver.id } : {}) };
}

/**
 * A strong ETag naming one version of one row: what `If-Match` must send
 * back. Derived from the id and the `version` column, so it changes with
 * every write and costs no hashing of the body.
 */
export function entityTag(id: string, version: number): string {
  return `"${id}.v${version}"`;
}

/** The ETags of a story's parts (claims, milestones) by id, from their versions. */
export function partTags(versions: Map<string, number>): Record<string, string> {
  return Object.fromEntries([...versions].map(([id, version]) => [id, entityTag(id, version)]));
}

/**
 * 412 unless `If-Match` names the version that is current now. This only
 * spares a doomed write: the write itself is guarded by the same version.
 */
export function assertVersion(current: Snapshot, ifMatch: string[]): void {
  if (!ifMatch.includes(entityTag(current.id, Number(current.version)))) {
    throw new StaleVersion(
      `This has changed since you read it (its ETag is now ${entityTag(current.id, Number(current.version))}); nothing was saved.`,
    );
  }
}

/** Inserts a row and audits it as `action` (the row as inserted is the `after`). */
export function insertWithAudit(
  db: Database,
  type: ContentEntityType,
  row: Snapshot,
  by: Author,
  action = 'create',
): Statement[] {
  // The kinds' tables differ in type; each row is typed where it is built.
  // biome-ignore lint/suspicious/noExplicitAny: one code path over every versioned table; Drizzle's union of their types has no common column accessors
  const table = ENTITY_TABLES[type] as any;
  const { articleIds: _, ...columns } = row;
  const key = by.requestKey && action === 'create' ? by.requestKey : undefined;
  return [
    // First in the batch, so a retry that lost the race to its own first try fails before writing anything.
    ...(key
      ? [
          db.insert(idempotencyKeys).values({
            editorId: by.editor.id,
            key: key.key,
            fingerprint: key.fingerprint,
            entityType: type,
            entityKey: keyOf(type, row),
            createdAt: by.at,
          }),
        ]
      : []),
    db.insert(table).values(columns),
    auditInsert(
      db,
      {
        ...auditedBy(by),
        at: by.at,
        action,
        entityType: type,
        entityKey: keyOf(type, row),
        before: null,
        after: row,
      },
      false,
    ),
  ];
}

/**
 * A change to one row guarded by its version, and its audit entry: the
 * update only applies while the row is still at `current.version`, and the
 * audit insert fails the batch otherwise (see commit.ts).
 */
export function guardedUpdate(
  db: Database,
  type: ContentEntityType,
  current: Snapshot,
  changes: Record<string, unknown>,
  by: Author,
  options: { action?: string; after?: Record<string, unknown> } = {},
): { statements: Statement[]; after: Snapshot } {
  // The kinds' tables differ in type; the changes are typed where they are built.
  // biome-ignore lint/suspicious/noExplicitAny: one code path over every versioned table; Drizzle's union of their types has no common column accessors
  const table = ENTITY_TABLES[type] as any;
  if ('corrections' in changes) assertCorrections(current.corrections, changes.corrections, by.at);
  const version = Number(current.version);
  const written = { ...changes, version: version + 1, updatedAt: by.at };
  const after: Snapshot = { ...current, ...written, ...options.after };
  return {
    after,
    statements: [
      db
        .update(table)
        .set(written)
        .where(and(eq(table.id, current.id), eq(table.version, version))),
      auditInsert(
        db,
        {
          ...auditedBy(by),
          at: by.at,
          action: options.action ?? 'update',
          entityType: type,
          entityKey: keyOf(type, current),
          before: current,
          after,
        },
        true,
      ),
    ],
  };
}

/**
 * A correction, once published, stays as it was published: readers were told of it, and the public record
 * (shared/domain/changes.ts) lists each one added, so one removed or reworded would vanish without a trace. A
 * PATCH sends the whole list, and a revert writes an earlier one: either may add, never drop or change. So one
 * added is checked first: a typo's date after today (./plausible.ts) could never be taken back.
 */
export function assertCorrections(before: unknown, after: unknown, at: string): void {
  const late = newCorrectionsAfterToday(before, after, at);
  if (late.length > 0) throw new ValidationFailed('A correction cannot be dated after today.', late);
  const kept = new Set(((after ?? []) as Correction[]).map(correctionKey));
  const dropped = ((before ?? []) as Correction[]).filter((c) => !kept.has(correctionKey(c)));
  if (dropped.length === 0) return;
  const message = `A published correction stays as it is ("${dropped[0]?.note}"); to change what it says, add another correction.`;
  throw new Conflict(message, [{ path: 'corrections', message }]);
}

/** Drops the keys a PATCH did not send, so they are left as they are. */
export function sentFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
