/** Claimants are found by name, and created on first use. */
import { eq } from 'drizzle-orm';
import type { ClaimantInputShape } from '../../../shared/contract/admin';
import type { Database } from '../client';
import { claimants } from '../schema';
import type { Statement } from './commit';
import { newId } from './entities';

/**
 * The id of the claimant with this name, and the statement that creates it
 * if there is none yet. A claimant created by someone else in between makes
 * the insert a no-op and the claim's foreign key fail, so the write is
 * refused (409) rather than attributed to a row that does not exist.
 */
export async function claimantFor(
  db: Database,
  input: ClaimantInputShape,
  at: string,
): Promise<{ id: string; statements: Statement[] }> {
  const [found] = await db.select({ id: claimants.id }).from(claimants).where(eq(claimants.name, input.name));
  if (found) return { id: found.id, statements: [] };
  const id = newId('clt');
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
