/**
 * `Idempotency-Key` on the admin creates (the IETF HTTPAPI draft's header).
 * A create that timed out at the D1 deadline, or whose answer was lost with
 * the connection, may still have landed; retrying it without a key could
 * record a tally or a claim twice. With a key, the first try records the key
 * in its own batch (`insertWithAudit`), so a retry finds it and gets the
 * entity that try created, marked `Idempotent-Replayed: true`, and nothing is
 * written again. Keys are per editor and kept for good; the same key with a
 * different method, path or body is refused (422).
 */

import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { sha256Hex } from '../../auth/token';
import { database } from '../../db/client';
import { idempotencyKeys } from '../../db/schema';
import type { Written } from '../../db/writes/articles';
import { KeyAlreadyUsed } from '../../db/writes/commit';
import type { Operation } from '../../db/writes/operation';
import { type Author, author } from '../../db/writes/update';
import type { AdminEnv } from '../../env';
import { Problem } from '../../http/problem';

const HEADER = 'Idempotency-Key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

type Recorded = typeof idempotencyKeys.$inferSelect;

/** Runs a create once per `Idempotency-Key`; without the header, simply runs it. */
export async function createOnce(
  c: Context<AdminEnv>,
  write: (by: Author) => Promise<Written>,
  operation?: Operation,
): Promise<Written> {
  const editor = c.get('editor');
  const key = c.req.header(HEADER);
  if (key === undefined) return write(author(editor, { operation }));
  if (!KEY_PATTERN.test(key)) {
    const message = '1 to 255 visible ASCII characters';
    throw new Problem('validation', `${HEADER} must be ${message}.`, { errors: [{ path: HEADER, message }] });
  }
  const body = JSON.stringify(await c.req.json());
  const fingerprint = await sha256Hex(`${c.req.method} ${new URL(c.req.url).pathname}\n${body}`);
  const earlier = await recorded(c, editor.id, key);
  if (earlier) return replay(c, earlier, fingerprint);
  try {
    return await write(author(editor, { requestKey: { key, fingerprint }, operation }));
  } catch (error) {
    // Two tries with one key at once: the other one's batch landed first.
    const raced = error instanceof KeyAlreadyUsed ? await recorded(c, editor.id, key) : undefined;
    if (!raced) throw error;
    return replay(c, raced, fingerprint);
  }
}

function recorded(c: Context<AdminEnv>, editorId: string, key: string): Promise<Recorded | undefined> {
  return database(c.env.DB)
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.editorId, editorId), eq(idempotencyKeys.key, key)))
    .get();
}

/** What the first try created, for the handler to answer with as it does after a create; no purge needed. */
function replay(c: Context<AdminEnv>, earlier: Recorded, fingerprint: string): Written {
  if (earlier.fingerprint !== fingerprint) {
    throw new Problem(
      'idempotency-key-reused',
      `This ${HEADER} was used for a different request; send a new key for a new create. Nothing was written.`,
    );
  }
  c.header('Idempotent-Replayed', 'true');
  const pending = earlier.entityType === 'change' ? { pending: earlier.entityKey } : {};
  return { id: earlier.entityKey, key: earlier.entityKey, version: 0, affected: {}, ...pending };
}
