/** Reads only editors make: the audit history, held changes and the pickers' lists. */
import { and, asc, desc, eq, gt, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AuditEntityType, AuditEntryShape, PendingChangeShape } from '../../../shared/contract/admin';
import type { ChangeStatus } from '../../../shared/contract/enums';
import type { Database } from '../client';
import { auditEntries, casualtyClaims, ceasefires, editors, incidents, milestones, pendingChanges } from '../schema';

const approvers = alias(editors, 'approvers');
const deciders = alias(editors, 'deciders');

import { assembleCeasefires } from '../rows/ceasefires';
import { assembleIncidents } from '../rows/incidents';
import { ceasefireBySlug, ceasefireReads } from './ceasefires';
import { incidentBySlug, incidentReads } from './incidents';

/**
 * A page of the history. `withoutAccounts` leaves out the entries of editors' accounts (name, role, e-mail,
 * revocation), which only an admin may read (audit.handlers.ts).
 */
export async function listAudit(
  db: Database,
  options: { type?: AuditEntityType; key?: string; limit: number; before?: number; withoutAccounts?: boolean },
): Promise<{ data: AuditEntryShape[]; next: number | null }> {
  const where: (SQL | undefined)[] = [
    entityFilter(options.type, options.key),
    options.before === undefined ? undefined : lt(auditEntries.id, options.before),
    options.withoutAccounts ? ne(auditEntries.entityType, 'editor' satisfies AuditEntityType) : undefined,
  ];
  const rows = await db
    .select({ entry: auditEntries, editor: editors.name, approver: approvers.name })
    .from(auditEntries)
    .innerJoin(editors, eq(editors.id, auditEntries.editorId))
    .leftJoin(approvers, eq(approvers.id, auditEntries.approvedBy))
    .where(and(...where))
    .orderBy(desc(auditEntries.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  return {
    data: page.map(({ entry, editor, approver }) => ({
      id: entry.id,
      at: entry.at,
      editor: { name: editor },
      action: entry.action,
      entity: { type: entry.entityType as AuditEntityType, key: entry.entityId },
      before: entry.before ?? null,
      after: entry.after ?? null,
      revertedBy: entry.revertedBy,
      approvedBy: approver === null ? null : { name: approver },
    })),
    next: rows.length > options.limit ? (page.at(-1)?.entry.id ?? null) : null,
  };
}

/**
 * The entries of one entity, or of one type. An incident's history includes
 * its claims' and a ceasefire's its tallies' and milestones': that is the
 * history an editor of the story means. Children are matched by the parent
 * id in the audited row (`after`, or `before` for a removal), so a claim
 * that was added and then undone still shows in its incident's history.
 */
function entityFilter(type: AuditEntityType | undefined, key: string | undefined): SQL | undefined {
  if (!type) return undefined;
  if (!key) return eq(auditEntries.entityType, type);
  const own = and(eq(auditEntries.entityType, type), eq(auditEntries.entityId, key));
  const parentId = (column: string) =>
    sql`json_extract(coalesce(${auditEntries.after}, ${auditEntries.before}), ${`$.${column}`})`;
  if (type === 'incident') {
    return or(
      own,
      and(
        eq(auditEntries.entityType, 'claim'),
        sql`${parentId('incidentId')} = (SELECT ${incidents.id} FROM ${incidents} WHERE ${incidents.slug} = ${key})`,
      ),
    );
  }
  if (type === 'ceasefire') {
    return or(
      own,
      and(
        inArray(auditEntries.entityType, ['tally', 'milestone']),
        sql`${parentId('ceasefireId')} = (SELECT ${ceasefires.id} FROM ${ceasefires} WHERE ${ceasefires.slug} = ${key})`,
      ),
    );
  }
  return own;
}

/** Incidents or ceasefires by slug, for an editor to pick from. */
export async function listForPicker(
  db: Database,
  kind: 'incident' | 'ceasefire',
  options: { limit: number; after?: string },
): Promise<{ data: { slug: string; title: string; version: number }[]; next: string | null }> {
  const table = kind === 'incident' ? incidents : ceasefires;
  const title = kind === 'incident' ? incidents.title : ceasefires.name;
  const rows = await db
    .select({ slug: table.slug, title, version: table.version })
    .from(table)
    .where(options.after === undefined ? undefined : gt(table.slug, options.after))
    .orderBy(asc(table.slug))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  return { data: page, next: rows.length > options.limit ? (page.at(-1)?.slug ?? null) : null };
}

/**
 * Admin reads return the resource with the version it was read at, from the
 * same batch (one transaction), so the ETag always names what was shown.
 */
export async function incidentForEditor(db: Database, slug: string) {
  const [versions, claims, ...reads] = await db.batch([
    db
      .select({ id: incidents.id, version: incidents.version, reviewRequired: incidents.reviewRequired })
      .from(incidents)
      .where(eq(incidents.slug, slug)),
    db
      .select({ id: casualtyClaims.id, version: casualtyClaims.version })
      .from(casualtyClaims)
      .innerJoin(incidents, eq(incidents.id, casualtyClaims.incidentId))
      .where(eq(incidents.slug, slug)),
    ...incidentReads(db, incidentBySlug(slug), true),
  ]);
  return editorsRead(assembleIncidents(reads)[0], versions[0], claims);
}

export async function ceasefireForEditor(db: Database, slug: string) {
  const [versions, steps, ...reads] = await db.batch([
    db
      .select({ id: ceasefires.id, version: ceasefires.version, reviewRequired: ceasefires.reviewRequired })
      .from(ceasefires)
      .where(eq(ceasefires.slug, slug)),
    db
      .select({ id: milestones.id, version: milestones.version })
      .from(milestones)
      .innerJoin(ceasefires, eq(ceasefires.id, milestones.ceasefireId))
      .where(eq(ceasefires.slug, slug)),
    ...ceasefireReads(db, ceasefireBySlug(slug)),
  ]);
  return editorsRead(assembleCeasefires(reads)[0], versions[0], steps);
}

type Versioned = { id: string; version: number };

/** A story as editors read it: its record, its version and review switch, and the versions of its parts. */
function editorsRead<R>(
  record: R | undefined,
  row: (Versioned & { reviewRequired: boolean }) | undefined,
  parts: Versioned[],
) {
  if (!record || !row) return null;
  const { id, version, reviewRequired } = row;
  return { record, id, version, reviewRequired, partVersions: new Map(parts.map((p) => [p.id, p.version])) };
}

/**
 * Held changes with a given status, newest first, `limit` at a time; the
 * cursor is the last one's `proposedAt~id`. With `id`, that one change.
 */
export async function listChanges(
  db: Database,
  options: { status?: ChangeStatus; id?: string; limit: number; after?: string },
): Promise<{ data: PendingChangeShape[]; next: string | null }> {
  const [at, id] = options.after?.split('~') ?? [];
  const rows = await db
    .select({
      change: pendingChanges,
      proposer: editors.name,
      decider: deciders.name,
      incident: incidents.slug,
      ceasefire: ceasefires.slug,
    })
    .from(pendingChanges)
    .innerJoin(editors, eq(editors.id, pendingChanges.proposedBy))
    .leftJoin(deciders, eq(deciders.id, pendingChanges.decidedBy))
    .leftJoin(incidents, and(eq(pendingChanges.subjectType, 'incident'), eq(incidents.id, pendingChanges.subjectId)))
    .leftJoin(ceasefires, and(eq(pendingChanges.subjectType, 'ceasefire'), eq(ceasefires.id, pendingChanges.subjectId)))
    .where(
      and(
        options.status === undefined ? undefined : eq(pendingChanges.status, options.status),
        options.id === undefined ? undefined : eq(pendingChanges.id, options.id),
        at === undefined || id === undefined
          ? undefined
          : or(lt(pendingChanges.proposedAt, at), and(eq(pendingChanges.proposedAt, at), lt(pendingChanges.id, id))),
      ),
    )
    .orderBy(desc(pendingChanges.proposedAt), desc(pendingChanges.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1)?.change;
  return {
    data: page.map(({ change, proposer, decider, incident, ceasefire }) => ({
      id: change.id,
      status: change.status,
      operation: change.operation,
      // A subject removed since (an undone creation) is named by its id.
      subject: { type: change.subjectType, key: incident ?? ceasefire ?? change.subjectId },
      params: change.params,
      body: change.body ?? null,
      ifMatch: change.ifMatch,
      proposedBy: { name: proposer },
      proposedAt: change.proposedAt,
      decidedBy: decider === null ? null : { name: decider },
      decidedAt: change.decidedAt,
      reason: change.reason,
    })),
    next: rows.length > options.limit && last ? `${last.proposedAt}~${last.id}` : null,
  };
}
