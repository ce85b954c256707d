/**
 * Editors managed through the admin API, each change audited under the admin who made it (the entity `editor`,
 * keyed by the editor's id; never the token's hash): who may write and approve is part of the record, so an
 * account made to approve one's own change, and revoked after, shows in the history. The CLI
 * (scripts/editor.ts) writes the same rows with its own SQL, for whoever holds the Cloudflare account, audited
 * under an operator account of its own that cannot sign in (`OPERATOR` there).
 */
import { and, asc, eq, isNull, notExists } from 'drizzle-orm';
import type { EditorCreateInput, EditorInfoShape, EditorPatchInput } from '../../../shared/contract/admin';
import { AlreadyDecided, Conflict, NotFound } from '../../../shared/domain/errors';
import { normalEmail } from '../../auth/access';
import { ACCOUNT_REVOKED, newEditor, OPERATOR } from '../../auth/editors';
import { hasRole } from '../../auth/roles';
import { unusableTokenHash } from '../../auth/token';
import type { Editor } from '../../env';
import type { Database } from '../client';
import { editors, pendingChanges } from '../schema';
import { auditInsert, commit, raceIsConflict } from './commit';
import { rejection } from './review';

const shown = {
  id: editors.id,
  name: editors.name,
  email: editors.email,
  role: editors.role,
  createdAt: editors.createdAt,
  revokedAt: editors.revokedAt,
};

export function listEditorRows(db: Database): Promise<EditorInfoShape[]> {
  return db.select(shown).from(editors).orderBy(asc(editors.name));
}

export async function findEditor(db: Database, id: string): Promise<EditorInfoShape> {
  const [row] = await db.select(shown).from(editors).where(eq(editors.id, id));
  if (!row) throw new NotFound(`No editor "${id}".`);
  return row;
}

export const EDITOR_ENTITY = 'editor';

const operatorConflict = () =>
  new Conflict(
    `"${OPERATOR.name}" is the account the command line's changes are recorded under: it cannot be made, changed or used.`,
  );

/** What the history records of an account: never its token's hash. */
const audited = (row: Pick<EditorInfoShape, 'name' | 'role' | 'email' | 'revokedAt'>) => ({
  name: row.name,
  role: row.role,
  email: row.email,
  revokedAt: row.revokedAt,
});

export async function createEditorRow(
  db: Database,
  input: EditorCreateInput,
  by: Editor,
): Promise<EditorInfoShape & { token: string }> {
  if (input.name.trim() === OPERATOR.name) throw operatorConflict();
  const { token, row } = await newEditor(input);
  const at = new Date().toISOString();
  const record = { editorId: by.id, at, entityType: EDITOR_ENTITY, entityKey: row.id } as const;
  await commit(db, [
    db.insert(editors).values(row),
    auditInsert(db, { ...record, action: 'create', before: null, after: audited({ ...row, revokedAt: null }) }, false),
  ]);
  return { ...(await findEditor(db, row.id)), token };
}

/** An admin may change anyone but may not lower or revoke themselves: the last admin cannot lock everyone out. */
export async function updateEditorRow(
  db: Database,
  id: string,
  patch: EditorPatchInput,
  by: Editor,
): Promise<EditorInfoShape> {
  if (id === OPERATOR.id) throw operatorConflict();
  const current = await findEditor(db, id);
  if (
    id === by.id &&
    ((patch.role !== undefined && !hasRole({ role: patch.role }, by.role)) || patch.active === false)
  ) {
    throw new Conflict('You cannot lower your own role or revoke yourself; another admin can.');
  }
  const at = new Date().toISOString();
  const revoking = patch.active === false && current.revokedAt === null;
  const restoring = patch.active === true && current.revokedAt !== null;
  const changes: Partial<typeof editors.$inferInsert> = {};
  if (patch.role !== undefined) changes.role = patch.role;
  if (patch.email !== undefined) changes.email = patch.email === null ? null : normalEmail(patch.email);
  if (revoking) changes.revokedAt = at;
  if (patch.active === true) changes.revokedAt = null;
  // Revoking retires the token for good (see unusableTokenHash); restoring replaces the hash again, whatever revoked
  // the account: a restored editor gets single sign-on back, and a token only from `npm run editor -- rotate`, never
  // the one they had, which may be why they were revoked.
  if (revoking || restoring) changes.tokenHash = await unusableTokenHash();
  if (Object.keys(changes).length === 0) return current;
  const after = audited({ ...current, ...changes });
  // The changes it has held for review are rejected with it, in its batch, under this admin: restored later, it must
  // not find them pending, to be approved as its writes. Restoring rejects any still pending too, whatever revoked
  // the account. A revoked account holds nothing new (review.ts); one held between this read and the batch makes the
  // account's update below change no row, and so the whole batch fail (409: read it again).
  const held =
    revoking || restoring
      ? await db
          .select({
            id: pendingChanges.id,
            operation: pendingChanges.operation,
            subjectType: pendingChanges.subjectType,
            subjectId: pendingChanges.subjectId,
          })
          .from(pendingChanges)
          .where(and(eq(pendingChanges.proposedBy, id), eq(pendingChanges.status, 'pending')))
          .orderBy(asc(pendingChanges.proposedAt))
      : [];
  const nothingHeld = notExists(
    db
      .select({ id: pendingChanges.id })
      .from(pendingChanges)
      .where(and(eq(pendingChanges.proposedBy, id), eq(pendingChanges.status, 'pending'))),
  );
  // As read: another admin's change to the account since (a role, a revocation) makes this one write nothing, where
  // its entry would record a `before` that was no longer so, and two admins could demote each other to none.
  const asRead = and(
    eq(editors.id, id),
    eq(editors.role, current.role),
    current.email === null ? isNull(editors.email) : eq(editors.email, current.email),
    current.revokedAt === null ? isNull(editors.revokedAt) : eq(editors.revokedAt, current.revokedAt),
    revoking || restoring ? nothingHeld : undefined,
  );
  await commit(db, [
    ...held.flatMap((change) => rejection(db, change, by, ACCOUNT_REVOKED, at)),
    db.update(editors).set(changes).where(asRead),
    auditInsert(
      db,
      {
        editorId: by.id,
        at,
        action: 'update',
        entityType: EDITOR_ENTITY,
        entityKey: id,
        before: audited(current),
        after,
      },
      true,
    ),
  ])
    .catch((error) => {
      if (!(error instanceof AlreadyDecided)) throw error;
      throw new Conflict(
        'A change this editor proposed was decided while you were writing; nothing was saved. Read it again.',
      );
    })
    .catch(
      raceIsConflict(
        'This account changed while you were writing (another admin’s change, or a change it proposed); nothing was saved. Read it again.',
      ),
    );
  return findEditor(db, id);
}
