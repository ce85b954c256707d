/**
 * What each role may do. Roles are ranked: a `desk` editor may do all an
 * `editor` may, and an `admin` all a `desk` editor may.
 *
 * - editor: read, write, and propose changes that need review;
 * - desk:   also approve or reject others' changes, and switch review on or off;
 * - admin:  also manage editors through the API.
 */
import type { MiddlewareHandler } from 'hono';
import { EDITOR_ROLES, type EditorRole } from '../contract/enums';
import type { AdminEnv, Editor } from '../env';
import { Problem } from '../http/problem';

export function hasRole(editor: Pick<Editor, 'role'>, needed: EditorRole): boolean {
  return EDITOR_ROLES.indexOf(editor.role) >= EDITOR_ROLES.indexOf(needed);
}

/** 403 unless the signed-in editor has at least this role. */
export function assertRole(editor: Editor, needed: EditorRole, doing: string): void {
  if (!hasRole(editor, needed)) {
    throw new Problem('forbidden', `Only ${needed === 'admin' ? 'an admin' : `a ${needed} editor`} can ${doing}.`);
  }
}

/** The route's own gate, after the editor is known and before the body is read. */
export function requireRole(needed: EditorRole, doing: string): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    assertRole(c.get('editor'), needed, doing);
    await next();
  };
}
