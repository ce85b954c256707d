/**
 * What the admin API can write, and how each kind is found: articles,
 * incidents and ceasefires by slug (never changed once created), the rest by
 * id. The audit log names entities by these keys, so its history reads the
 * way the API does.
 */
import { eq, getTableColumns } from 'drizzle-orm';
import type { ContentEntityType } from '../../../shared/contract/admin';
import type { Database } from '../client';
import { articles, casualtyClaims, ceasefires, incidents, milestones, violationTallies } from '../schema';

export const ENTITY_TABLES = {
  article: articles,
  incident: incidents,
  claim: casualtyClaims,
  ceasefire: ceasefires,
  tally: violationTallies,
  milestone: milestones,
} as const;

/** A stored row as the audit log keeps it: its columns, plus links kept in other tables. */
export type Snapshot = Record<string, unknown> & { id: string; version?: number; articleIds?: string[] };

export function keyColumn(type: ContentEntityType) {
  const table = ENTITY_TABLES[type];
  return 'slug' in table ? table.slug : table.id;
}

/** The row of an entity by its key, or undefined. */
export async function findRow(db: Database, type: ContentEntityType, key: string): Promise<Snapshot | undefined> {
  const table = ENTITY_TABLES[type];
  const rows = await db
    .select()
    .from(table)
    .where(eq(keyColumn(type), key))
    .limit(1);
  return rows[0] as Snapshot | undefined;
}

/** The key of a row of this kind (its slug or its id). */
export function keyOf(type: ContentEntityType, row: Snapshot): string {
  return String('slug' in ENTITY_TABLES[type] ? row.slug : row.id);
}

/**
 * Only the row's own columns, minus what identifies it and whether it
 * requires review (switched on its own, never by undoing an edit): what a
 * revert writes back.
 */
export function restorableColumns(type: ContentEntityType, snapshot: Snapshot): Record<string, unknown> {
  const columns = getTableColumns(ENTITY_TABLES[type]);
  return Object.fromEntries(
    Object.entries(snapshot).filter(
      ([name]) => name in columns && !['id', 'createdAt', 'version', 'reviewRequired'].includes(name),
    ),
  );
}

/** A fresh id with the kind's prefix, like the seed's (`clm_…`). */
export function newId(prefix: 'art' | 'inc' | 'clm' | 'cf' | 'csc' | 'tly' | 'mst' | 'chg'): string {
  return `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`;
}
