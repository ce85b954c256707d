/** Claimants are found by name, and created on first use. */

import { eq, or, sql } from 'drizzle-orm';
import type { ClaimantInputShape } from '../../../shared/contract/admin';
import { FORMAT_MARK } from '../../../shared/contract/unicode';
import { Conflict, ValidationFailed } from '../../../shared/domain/errors';
import type { Database } from '../client';
import { claimants } from '../schema';
import type { Statement } from './commit';

/**
 * A claimant's name as it is stored and matched: Unicode NFC, without the invisible format marks a paste carries
 * (zero-width space, word joiner, byte-order mark, soft hyphen, a direction mark from right-to-left text:
 * shared/contract/unicode.ts), spaces single. "Café" typed and pasted, or
 * "Local  Council", are one claimant, not two sources that seem to agree or disagree.
 */
export function claimantName(name: string): string {
  return name.normalize('NFC').replace(FORMAT_MARK, '').replace(/\s+/g, ' ').trim();
}

/**
 * The id of the claimant with this name (matched regardless of ASCII case), and the statement that creates it if
 * there is none yet. A new claimant's id is drawn from its name, so two writes that name the same new claimant at
 * once (two editors, or one editor's claims sent together) make the same row: the second insert is a no-op and
 * its claim refers to the first's, as it would a moment later. (A random id would leave the second claim pointing
 * at a row never made, refused by its foreign key.) Claimants are never renamed, so a name's id is never another
 * claimant's.
 *
 * A claimant keeps the kind, affiliation and URL it was first given; a write that names it with others is refused
 * (409), not quietly given the stored ones: a reviewer who approved "an NGO" would otherwise publish whatever
 * another write had made of that name meanwhile.
 */
export async function claimantFor(
  db: Database,
  input: ClaimantInputShape,
  at: string,
): Promise<{ id: string; statements: Statement[] }> {
  const name = claimantName(input.name);
  if (!name) {
    throw new ValidationFailed('A claimant needs a name.', [
      { path: 'claimant.name', message: 'has no visible letters' },
    ]);
  }
  // The name as sent first, as stored before names were normalised; then as normalised, a claimant made first
  // winning where case variants were made apart.
  const [found] = await db
    .select({
      id: claimants.id,
      name: claimants.name,
      kind: claimants.kind,
      affiliation: claimants.affiliation,
      url: claimants.url,
    })
    .from(claimants)
    .where(or(eq(claimants.name, input.name), sql`${claimants.name} = ${name} COLLATE NOCASE`))
    .orderBy(sql`${claimants.name} = ${input.name} DESC`, claimants.createdAt, claimants.id)
    .limit(1);
  if (found) {
    const differs = [
      found.kind !== input.kind ? `kind "${found.kind}"` : '',
      input.affiliation && input.affiliation !== found.affiliation
        ? `affiliation "${found.affiliation ?? 'none'}"`
        : '',
      input.url && input.url !== found.url ? `URL ${found.url ?? 'none'}` : '',
    ].filter(Boolean);
    if (differs.length) {
      const message = `"${found.name}" is a claimant already, with ${differs.join(', ')}; a claimant keeps what it was first given: name it with the same, or under another name.`;
      throw new Conflict(message, [{ path: 'claimant', message }]);
    }
    return { id: found.id, statements: [] };
  }
  // Folded as the lookup folds (ASCII letters only): names the lookup tells apart are two claimants, two ids.
  const id = await claimantId(name.replace(/[A-Z]/g, (c) => c.toLowerCase()));
  return {
    id,
    statements: [
      db
        .insert(claimants)
        .values({
          id,
          name,
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
