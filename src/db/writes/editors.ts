/** Editors managed through the admin API (the CLI writes the same rows with its own SQL). */
import { asc, eq } from 'drizzle-orm';
import { normalEmail } from '../../auth/access';
import { newEditor } from '../../auth/editors';
import { hasRole } from '../../auth/roles';
import type { EditorCreateInput, EditorInfoShape, EditorPatchInput } from '../../contract/admin';
import type { Editor } from '../../env';
import { Problem } from '../../http/problem';
import type { Database } from '../client';
import { editors } from '../schema';
import { commit } from './commit';

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
  if (!row) throw new Problem('not-found', `No editor "${id}".`);
  return row;
}

export async function createEditorRow(
  db: Database,
  input: EditorCreateInput,
): Promise<EditorInfoShape & { token: string }> {
  const { token, row } = await newEditor(input);
  await commit(db, [db.insert(editors).values(row)]);
  return { ...(await findEditor(db, row.id)), token };
}

/** An admin may change anyone but may not lower or revoke themselves: the last admin cannot lock everyone out. */
export async function updateEditorRow(
  db: Database,
  id: string,
  patch: EditorPatchInput,
  by: Editor,
): Promise<EditorInfoShape> {
  const current = await findEditor(db, id);
  if (
    id === by.id &&
    ((patch.role !== undefined && !hasRole({ role: patch.role }, by.role)) || patch.active === false)
  ) {
    throw new Problem('conflict', 'You cannot lower your own role or revoke yourself; another admin can.');
  }
  const changes: Partial<typeof editors.$inferInsert> = {};
  if (patch.role !== undefined) changes.role = patch.role;
  if (patch.email !== undefined) changes.email = patch.email === null ? null : normalEmail(patch.email);
  if (patch.active === false && current.revokedAt === null) changes.revokedAt = new Date().toISOString();
  if (patch.active === true) changes.revokedAt = null;
  if (Object.keys(changes).length > 0) await commit(db, [db.update(editors).set(changes).where(eq(editors.id, id))]);
  return findEditor(db, id);
}
