/**
 * Undoing one audited change, itself as an audited write. An update is
 * undone by writing back its `before`; a creation by deleting the row. A
 * revert is refused (409) when later changes depend on the entry: the entity
 * has moved past the version the entry left it at, something now refers to
 * the created row, or the entry was already reverted.
 */
import { and, eq, isNull, notExists, type SQL, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ContentEntityType } from '../../../shared/contract/admin';
import { isReviewDecision } from '../../../shared/contract/enums';
import { Conflict, NotFound } from '../../../shared/domain/errors';
import type { Database } from '../client';
import {
  articleCeasefires,
  articleIncidents,
  auditEntries,
  casualtyClaims,
  ceasefireStatusChanges,
  milestones,
  violationTallies,
} from '../schema';
import { articleSubjects, readsShowingArticle } from './articles';
import { auditInsert, raceIsConflict, type Statement } from './commit';
import { EDITOR_ENTITY } from './editors';
import { ENTITY_TABLES, findRow, restorableColumns, type Snapshot } from './entities';
import { articleSlugsOf, linkedArticleIds, readsShowing, replaceLinks } from './links';
import type { Subject } from './operation';
import { publish, REVIEW_ACTIONS } from './review';
import type { AffectedReads } from './touched';
import { type Author, auditedBy, guardedUpdate } from './update';

type Entry = typeof auditEntries.$inferSelect;

const conflict = (detail: string) => new Conflict(detail);

/**
 * Undoes entry `id`. Undoing a change to a story that requires review is
 * itself held for review (`pending`), like any other change to it.
 */
export async function revertEntry(db: Database, id: number, by: Author): Promise<{ id: number; pending?: string }> {
  const [entry] = await db.select().from(auditEntries).where(eq(auditEntries.id, id));
  if (!entry) throw new NotFound(`No audit entry ${id}.`);
  if (entry.revertedBy !== null) throw conflict(`Entry ${id} was already reverted by entry ${entry.revertedBy}.`);
  if (REVIEW_ACTIONS.includes(entry.action)) {
    throw conflict('Switching review is not undone from the history: switch it back on the incident or ceasefire.');
  }
  if (isReviewDecision(entry.action)) {
    throw conflict(
      'A change held for review, or sent back, is decided in the review list, not undone from the history.',
    );
  }
  if (entry.entityType === EDITOR_ENTITY) {
    throw conflict('A change to an editor’s account is not undone from the history: change the account again.');
  }
  if (entry.action === 'supersede') {
    throw conflict('This claim was superseded by a revision; revert the revising claim’s entry instead.');
  }
  const type = entry.entityType as ContentEntityType;
  const after = entry.after as Snapshot | null;
  if (!after) throw conflict('A deletion cannot be reverted; create the resource again.');
  const row = await findRow(db, type, entry.entityId);
  if (!row) throw conflict(`The ${type} "${entry.entityId}" no longer exists.`);
  // Found by its slug, which another may hold now (the one this entry changed un-created, a new one made under the
  // same slug): undone there, this entry's old values would be written over a story it never touched.
  if (String(row.id) !== String(after.id))
    throw conflict(`The ${type} "${entry.entityId}" this entry changed no longer exists; another has its slug now.`);
  // With its links, as an edit records them: the revert's own entry then holds them, and undoing it relinks.
  const current =
    type === 'incident' || type === 'ceasefire'
      ? { ...row, articleIds: await linkedArticleIds(db, type, String(row.id)) }
      : row;
  const before = entry.before as Snapshot | null;
  if (entry.action === 'revert' && type === 'ceasefire' && before && before.status !== after.status) {
    // Undoing a status change removed its place in the status history; this entry cannot put it back there.
    throw conflict('This undid a status change: to make it again, set the status on the ceasefire.');
  }
  if (current.version !== after.version && !(await laterChangesUndone(db, entry, type, current, after))) {
    throw conflict(
      `The ${type} has changed since this entry (it is at version ${current.version}, the entry left it at ${after.version}): revert the later entries first.`,
    );
  }
  // What shows the row now, and (after the batch) what shows it restored: an undone link shows in both.
  const affected = await affectedBy(db, type, current);
  const touches = async () => merge(affected, await affectedBy(db, type, current).catch(() => ({})));
  const statements =
    entry.before === null
      ? await undoCreation(db, entry, type, current, by)
      : undoUpdate(db, entry, type, current, entry.before as Snapshot, by);
  const subject = type === 'article' ? await articleSubjects(db, current.id) : subjectOf(type, current);
  const pending = await publish(db, statements, by, subject, touches).catch(
    raceIsConflict(`The ${type} changed while this was being undone; nothing was undone. Read its history again.`),
  );
  if (pending) return { id, pending };
  const [latest] = await db.select({ id: auditEntries.revertedBy }).from(auditEntries).where(eq(auditEntries.id, id));
  return { id: Number(latest?.id) };
}

/**
 * Whether every later change to the entity has itself been reverted, leaving
 * it as this entry left it: then undoing this entry depends on nothing. This
 * is what lets an editor step back through several changes, newest first.
 */
async function laterChangesUndone(
  db: Database,
  entry: Entry,
  type: ContentEntityType,
  current: Snapshot,
  after: Snapshot,
): Promise<boolean> {
  const later = await db
    .select({ action: auditEntries.action, revertedBy: auditEntries.revertedBy })
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.entityType, type),
        eq(auditEntries.entityId, entry.entityId),
        sql`${auditEntries.id} > ${entry.id}`,
      ),
    );
  // Switching review, holding a change and sending one back changed no content: they do not stand in the way.
  const undone = (e: { action: string; revertedBy: number | null }) =>
    e.revertedBy !== null || e.action === 'revert' || REVIEW_ACTIONS.includes(e.action) || isReviewDecision(e.action);
  if (!later.every(undone)) return false;
  return sameContent(type, current, after);
}

function sameContent(type: ContentEntityType, a: Snapshot, b: Snapshot): boolean {
  const content = (row: Snapshot) => {
    const { updatedAt: _, ...columns } = restorableColumns(type, row);
    return JSON.stringify(Object.entries(columns).sort(([x], [y]) => x.localeCompare(y)));
  };
  // The story's links too, where both record them: a link change made again since (a revert of its revert) is not
  // in the columns, and undoing this entry would restore the links it recorded over it.
  const links = (row: Snapshot) => JSON.stringify([...(row.articleIds ?? [])].sort());
  const linksKept = a.articleIds === undefined || b.articleIds === undefined || links(a) === links(b);
  return content(a) === content(b) && linksKept;
}

/** Links the just-inserted audit entry to the entry it undoes; must follow that insert directly. */
function markReverted(db: Database, entryId: number): Statement {
  return db
    .update(auditEntries)
    .set({ revertedBy: sql`last_insert_rowid()` })
    .where(and(eq(auditEntries.id, entryId), isNull(auditEntries.revertedBy)));
}

function undoUpdate(
  db: Database,
  entry: Entry,
  type: ContentEntityType,
  current: Snapshot,
  before: Snapshot,
  by: Author,
): Statement[] {
  const restoresLinks = before.articleIds !== undefined && type !== 'article';
  const { statements } = guardedUpdate(db, type, current, restorableColumns(type, before), by, {
    action: 'revert',
    after: restoresLinks ? { articleIds: before.articleIds } : {},
  });
  const extra: Statement[] = [];
  if (restoresLinks && (type === 'incident' || type === 'ceasefire')) {
    extra.push(...replaceLinks(db, type, current.id, before.articleIds ?? []));
  }
  const statusChangeId = (entry.after as { statusChangeId?: string }).statusChangeId;
  if (statusChangeId)
    extra.push(db.delete(ceasefireStatusChanges).where(eq(ceasefireStatusChanges.id, statusChangeId)));
  return [...statements, markReverted(db, entry.id), ...extra];
}

async function undoCreation(
  db: Database,
  entry: Entry,
  type: ContentEntityType,
  current: Snapshot,
  by: Author,
): Promise<Statement[]> {
  await assertNothingDependsOn(db, type, current);
  // The kinds' tables differ in type; all have `id`, and those with `version` are guarded by it. And by nothing
  // referring to the row, in the delete itself: a claim another editor added after the check above would go with
  // it (the cascades), unrecorded. Then the delete matches no row, and the guarded audit entry fails the batch.
  const table = ENTITY_TABLES[type] as typeof casualtyClaims;
  const guard = and(
    eq(table.id, current.id),
    current.version === undefined ? undefined : eq(table.version, current.version),
    ...dependents(db, type, current.id).map((query) => notExists(query)),
  );
  const statements: Statement[] = [
    db.delete(table).where(guard),
    auditInsert(
      db,
      {
        ...auditedBy(by),
        at: by.at,
        action: 'revert',
        entityType: type,
        entityKey: entry.entityId,
        before: current,
        after: null,
      },
      true,
    ),
    markReverted(db, entry.id),
  ];
  if (type === 'claim' && current.supersedesId)
    statements.push(...(await reinstateRevised(db, String(current.supersedesId), by)));
  return statements;
}

/** Undoing a revision puts the claim it superseded back to current, with its `supersede` entry marked reverted. */
async function reinstateRevised(db: Database, claimId: string, by: Author): Promise<Statement[]> {
  const old = await findRow(db, 'claim', claimId);
  const [superseded] = await db
    .select()
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.entityType, 'claim'),
        eq(auditEntries.entityId, claimId),
        eq(auditEntries.action, 'supersede'),
        isNull(auditEntries.revertedBy),
      ),
    )
    .orderBy(sql`${auditEntries.id} desc`)
    .limit(1);
  if (!old || !superseded || old.version !== (superseded.after as Snapshot).version) {
    throw conflict(`The revised claim ${claimId} has changed since it was superseded; revert that change first.`);
  }
  const { statements } = guardedUpdate(db, 'claim', old, { status: 'current', statusChangedAt: null }, by, {
    action: 'revert',
  });
  return [...statements, markReverted(db, superseded.id)];
}

/** The rows that refer to a row of `type` (each a query of them), which its deletion would cascade to. */
function dependents(db: Database, type: ContentEntityType, id: string) {
  const one = { one: sql`1` };
  const referring = (table: SQLiteTable, where: SQL) => db.select(one).from(table).where(where);
  if (type === 'incident') return [referring(casualtyClaims, eq(casualtyClaims.incidentId, id))];
  if (type === 'ceasefire')
    return [
      referring(violationTallies, eq(violationTallies.ceasefireId, id)),
      referring(milestones, eq(milestones.ceasefireId, id)),
    ];
  if (type === 'article')
    return [
      referring(articleIncidents, eq(articleIncidents.articleId, id)),
      referring(articleCeasefires, eq(articleCeasefires.articleId, id)),
      referring(casualtyClaims, eq(casualtyClaims.sourceArticleId, id)),
    ];
  return [];
}

/** Said before the write, as a 409, in one round trip; the write's own guard holds against what comes in between. */
async function assertNothingDependsOn(db: Database, type: ContentEntityType, row: Snapshot): Promise<void> {
  const [first, ...rest] = dependents(db, type, row.id).map((query) => query.limit(1));
  if (!first) return;
  const found = await db.batch([first, ...rest]);
  if (found.some((rows) => rows.length > 0))
    throw conflict(`Other records refer to this ${type}; it cannot be un-created.`);
}

/** The public reads that show this row. */
async function affectedBy(db: Database, type: ContentEntityType, row: Snapshot): Promise<AffectedReads> {
  switch (type) {
    case 'article':
      return readsShowingArticle(db, row);
    case 'incident':
    case 'ceasefire': {
      const reads = await readsShowing(db, type, row.id);
      return merge(reads, { articles: await articleSlugsOf(db, row.articleIds ?? []) });
    }
    case 'claim':
      return readsShowing(db, 'incident', String(row.incidentId));
    default:
      return readsShowing(db, 'ceasefire', String(row.ceasefireId));
  }
}

/** The incident or ceasefire whose review requirement covers this row (an article's are its stories: articleSubjects). */
function subjectOf(type: Exclude<ContentEntityType, 'article'>, row: Snapshot): Subject {
  switch (type) {
    case 'incident':
    case 'ceasefire':
      return { type, id: row.id };
    case 'claim':
      return { type: 'incident', id: String(row.incidentId) };
    default:
      return { type: 'ceasefire', id: String(row.ceasefireId) };
  }
}

function merge(a: AffectedReads, b: AffectedReads): AffectedReads {
  const union = (x?: string[], y?: string[]) => [...new Set([...(x ?? []), ...(y ?? [])])];
  return {
    articles: union(a.articles, b.articles),
    incidents: union(a.incidents, b.incidents),
    ceasefires: union(a.ceasefires, b.ceasefires),
  };
}
