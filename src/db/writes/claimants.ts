/** Claimants are found by name, and created on first use. */
import { eq } from 'drizzle-orm';
import type { ClaimantInputShape } from '../../../shared/contract/admin';
import type { Database } from '../client';
import { claimants } from '../schema';
import type { Statement } from './commit';

/**
 * The id of the claimant with this name, and the statement that creates it
 * if there is none yet. A new claimant's id is drawn from its name, so two
 * writes that name the same new claimant at once (two editors, or one
 * editor's claims sent together) make the same row: the second insert is a
 * no-op and its claim refers to the first's, as it would a moment later.
 * (A random id would leave the second claim pointing at a row never made,
 * refused by its foreign key.) Claimants are never renamed, so a name's id
 * is never another claimant's.
 */
export async function claimantFor(
  db: Database,
  input: ClaimantInputShape,
  at: string,
): Promise<{ id: string; statements: Statement[] }> {
  const [found] = await db.select({ id: claimants.id }).from(claimants).where(eq(claimants.name, input.name));
  if (found) return { id: found.id, statements: [] };
  const id = await claimantId(input.name);
  return {
    id,
    statements: [
      db
        .insert(claimants)
        .values({
          id,
          name: input.name,
          kind: input.kind,
          affiliation: input.affiliation ?? null,
          url: input.url ?? null,
          createdAt: at,
        })
        .onConflictDoNothing(),
    ],
  };
}

/** `clt_` and 32 hex digits, as `newId` makes, here from a digest of the name. */
async function claimantId(name: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(name)));
  return `clt_${Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
