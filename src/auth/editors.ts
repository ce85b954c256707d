/** Looking up the editor a request's credential belongs to, and making new editors. */
import type { D1Database } from '@cloudflare/workers-types';
import type { EditorRole } from '../contract/enums';
import type { Editor } from '../env';
import { normalEmail } from './access';
import { generateToken, hashToken, TOKEN_PATTERN } from './token';

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
    .prepare('SELECT id, name, role, token_hash AS tokenHash FROM editors WHERE token_hash = ? AND revoked_at IS NULL')
    .bind(hash)
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
    .prepare('SELECT id, name, role FROM editors WHERE email = ? AND revoked_at IS NULL')
    .bind(normalEmail(email))
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
