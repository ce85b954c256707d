/** Looking up the editor a request's credential belongs to, and making new editors. */
import type { D1Database } from '@cloudflare/workers-types';
import type { EditorRole } from '../../shared/contract/enums';
import type { Editor } from '../env';
import { normalEmail } from './access';
import { generateToken, hashToken, TOKEN_PATTERN } from './token';

/**
 * The account the editors' CLI (scripts/editor.ts) audits its changes under: it records who did what and never signs
 * in (the lookups below pass it by, whatever its row says), and neither the API nor the CLI changes it.
 */
export const OPERATOR = { id: 'edt_operator', name: 'Operator (command line)' } as const;

/**
 * The reason recorded on the changes an account still had held for review when it was revoked (or restored), which
 * revoking rejects: by the API (src/db/writes/editors.ts) and the CLI alike.
 */
export const ACCOUNT_REVOKED = 'Its proposer’s account was revoked. Propose it again if it is still needed.';

/** workerd's extension of Web Crypto, spelled out for the Node-side type-check of the same module. */
type WorkerdSubtle = SubtleCrypto & { timingSafeEqual(a: ArrayBufferView, b: ArrayBufferView): boolean };

/**
 * The active editor whose token this is, or null. The row is found by its
 * hash (an index lookup on a SHA-256 digest, whose timing an attacker cannot
 * steer byte by byte); the hashes are then compared with
 * `crypto.subtle.timingSafeEqual`, so the final comparison takes the same
 * time however many leading bytes match, whatever SQLite's own comparison
 * does.
 */
export async function editorForToken(d1: D1Database, token: string): Promise<Editor | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const hash = await hashToken(token);
  const row = await d1
    .prepare(
      'SELECT id, name, role, token_hash AS tokenHash FROM editors WHERE token_hash = ? AND revoked_at IS NULL AND id <> ?',
    )
    .bind(hash, OPERATOR.id)
    .first<Editor & { tokenHash: string }>();
  if (!row) return null;
  const encoder = new TextEncoder();
  const stored = encoder.encode(row.tokenHash);
  const given = encoder.encode(hash);
  if (stored.byteLength !== given.byteLength || !(crypto.subtle as WorkerdSubtle).timingSafeEqual(stored, given)) {
    return null;
  }
  return { id: row.id, name: row.name, role: row.role };
}

/** The active editor with this e-mail (matched without regard to case), or null: never created on the fly. */
export async function editorForEmail(d1: D1Database, email: string): Promise<Editor | null> {
  return d1
    .prepare('SELECT id, name, role FROM editors WHERE email = ? AND revoked_at IS NULL AND id <> ?')
    .bind(normalEmail(email), OPERATOR.id)
    .first<Editor>();
}

/** A new editor's row and the token only they will see; shared by the CLI and the admin API. */
export async function newEditor(input: { name: string; email?: string | null; role?: EditorRole }) {
  const token = generateToken();
  return {
    token,
    row: {
      id: `ed_${crypto.randomUUID().replaceAll('-', '')}`,
      name: input.name.trim(),
      tokenHash: await hashToken(token),
      email: input.email ? normalEmail(input.email) : null,
      role: input.role ?? ('editor' as EditorRole),
    },
  };
}
