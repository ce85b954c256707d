/**
 * Editors managed through the admin API, each change audited under the admin who made it (the entity `editor`,
 * keyed by the editor's id; never the token's hash): who may write and approve is part of the record, so an
 * account made to approve one's own change, and revoked after, shows in the history. The CLI
 * (scripts/editor.ts) writes the same rows with its own SQL, for whoever holds the Cloudflare account, audited
 * under an operator account of its own that cannot sign in (`OPERATOR` there).
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { EditorCreateInput, EditorInfoShape, EditorPatchInput } from '../../../shared/contract/admin';
import { Conflict, NotFound } from '../../../shared/domain/errors';
import { normalEmail } from '../../auth/access';
import { newEditor, OPERATOR } from '../../auth/editors';
import { hasRole } from '../../auth/roles';
import type { Editor } from '../../env';
import type { Database } from '../client';
import { editors } from '../schema';
import { auditInsert, commit, raceIsConflict } from './commit';

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
  const changes: Partial<typeof editors.$inferInsert> = {};
  if (patch.role !== undefined) changes.role = patch.role;
  if (patch.email !== undefined) changes.email = patch.email === null ? null : normalEmail(patch.email);
  if (patch.active === false && current.revokedAt === null) changes.revokedAt = new Date().toISOString();
  if (patch.active === true) changes.revokedAt = null;
  if (Object.keys(changes).length === 0) return current;
  const at = new Date().toISOString();
  const after = audited({ ...current, ...changes });
  // As read: another admin's change to the account since (a role, a revocation) makes this one write nothing, where
  // its entry would record a `before` that was no longer so, and two admins could demote each other to none.
  const asRead = and(
    eq(editors.id, id),
    eq(editors.role, current.role),
    current.email === null ? isNull(editors.email) : eq(editors.email, current.email),
    current.revokedAt === null ? isNull(editors.revokedAt) : eq(editors.revokedAt, current.revokedAt),
  );
  await commit(db, [
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
  ]).catch(
    raceIsConflict('Another admin changed this account while you were writing; nothing was saved. Read it again.'),
  );
  return findEditor(db, id);
}
