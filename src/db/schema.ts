/**
 * The D1 schema: the one source of truth for tables. Migrations in
 * `migrations/` are generated from this file by drizzle-kit
 * (`npm run db:generate`); a test fails when the two drift apart.
 *
 * Conventions:
 * - ids are text (`clm_…`, `inc_…`), so they can be made anywhere and never
 *   reveal row counts;
 * - instants are stored in UTC (`…_at`, ISO 8601 with `Z`) with the offset the
 *   source gave kept beside them (`…_offset`, `+03:00`), so "19:00 Damascus
 *   time" can be shown as the source said it;
 * - calendar dates (`…_on`) are `YYYY-MM-DD` text;
 * - editable rows carry `version`, bumped on every write, which is what the
 *   admin API's `If-Match` compares against.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  ARTICLE_STATUSES,
  type BodyBlockKind,
  CEASEFIRE_STATUSES,
  CHANGE_OPERATIONS,
  CHANGE_STATUSES,
  CLAIM_STATUSES,
  CLAIMANT_KINDS,
  EDITOR_ROLES,
  METRICS,
  MILESTONE_STATES,
  type MilestoneState,
  QUALIFIERS,
  REVIEW_SUBJECTS,
} from '../../shared/contract/enums';
import { historyOf } from './history-table';

export type Correction = { note: string; at: string };
export type BodyBlock = { kind: BodyBlockKind; text: string };
export type ExternalIds = { acled?: string; ucdp?: string; airwars?: string };
export type MilestoneChange = { state: MilestoneState; at: string; note: string | null };

const timestamps = {
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  version: integer('version').notNull().default(1),
};

export const articles = sqliteTable(
  'articles',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    headline: text('headline').notNull(),
    dek: text('dek'),
    body: text('body', { mode: 'json' }).$type<BodyBlock[]>().notNull(),
    section: text('section').notNull(),
    language: text('language').notNull(),
    byline: text('byline'),
    publishedAt: text('published_at'),
    /** True when the source gives no exact date and `published_at` is inferred. */
    publishedAtApproximate: integer('published_at_approximate', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('draft'),
    canonicalUrl: text('canonical_url'),
    corrections: text('corrections', { mode: 'json' }).$type<Correction[]>().notNull().default(sql`'[]'`),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('articles_slug_unique').on(t.slug),
    index('articles_listing_idx').on(t.status, t.publishedAt, t.id),
  ],
);

export const incidents = sqliteTable(
  'incidents',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    occurredOn: text('occurred_on').notNull(),
    startsAt: text('starts_at'),
    startsAtOffset: text('starts_at_offset'),
    endsAt: text('ends_at'),
    endsAtOffset: text('ends_at_offset'),
    placeName: text('place_name').notNull(),
    latitude: real('latitude'),
    longitude: real('longitude'),
    summary: text('summary').notNull().default(''),
    corrections: text('corrections', { mode: 'json' }).$type<Correction[]>().notNull().default(sql`'[]'`),
    externalIds: text('external_ids', { mode: 'json' }).$type<ExternalIds>().notNull().default(sql`'{}'`),
    /** BCP 47: the language its text (title, place, summary, its claims' names and quotes) is written in. */
    language: text('language').notNull().default('en'),
    /** When set, editors' changes to it and what hangs off it wait in `pending_changes` for a second editor. */
    reviewRequired: integer('review_required', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex('incidents_slug_unique').on(t.slug)],
);

export const articleIncidents = sqliteTable(
  'article_incidents',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    incidentId: text('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.incidentId] }),
    index('article_incidents_incident_idx').on(t.incidentId),
  ],
);

export const claimants = sqliteTable(
  'claimants',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: CLAIMANT_KINDS }).notNull(),
    affiliation: text('affiliation'),
    url: text('url'),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex('claimants_name_unique').on(t.name)],
);

export const casualtyClaims = sqliteTable(
  'casualty_claims',
  {
    id: text('id').primaryKey(),
    incidentId: text('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    claimantId: text('claimant_id')
      .notNull()
      .references(() => claimants.id),
    metric: text('metric', { enum: METRICS }).notNull(),
    subject: text('subject').notNull(),
    qualifier: text('qualifier', { enum: QUALIFIERS }).notNull(),
    low: integer('low').notNull(),
    high: integer('high'),
    asWritten: text('as_written').notNull(),
    claimedOn: text('claimed_on').notNull(),
    sourceArticleId: text('source_article_id').references(() => articles.id, { onDelete: 'set null' }),
    sourceUrl: text('source_url'),
    quote: text('quote'),
    status: text('status', { enum: CLAIM_STATUSES }).notNull().default('current'),
    /** When the claim stopped being current (superseded or retracted): drives `?asOf=`. */
    statusChangedAt: text('status_changed_at'),
    supersedesId: text('supersedes_id'),
    ...timestamps,
  },
  (t) => [
    index('casualty_claims_incident_idx').on(t.incidentId, t.metric),
    // An article's edit finds the stories citing it (src/db/writes/articles.ts, storiesShowing) without a scan.
    index('casualty_claims_source_article_idx').on(t.sourceArticleId),
    uniqueIndex('casualty_claims_supersedes_unique').on(t.supersedesId),
  ],
);

export const ceasefires = sqliteTable(
  'ceasefires',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    brokers: text('brokers', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    parties: text('parties', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    excludes: text('excludes', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    startedAt: text('started_at').notNull(),
    startedAtOffset: text('started_at_offset'),
    endedAt: text('ended_at'),
    endedAtOffset: text('ended_at_offset'),
    status: text('status', { enum: CEASEFIRE_STATUSES }).notNull(),
    statusNote: text('status_note'),
    /** The moment the current data describes; time-based readings are taken here. */
    asOf: text('as_of').notNull(),
    asOfOffset: text('as_of_offset'),
    /** BCP 47: the language its text (name, parties, notes, its tallies' and milestones' words) is written in. */
    language: text('language').notNull().default('en'),
    /** When set, editors' changes to it and what hangs off it wait in `pending_changes` for a second editor. */
    reviewRequired: integer('review_required', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex('ceasefires_slug_unique').on(t.slug)],
);

export const articleCeasefires = sqliteTable(
  'article_ceasefires',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    ceasefireId: text('ceasefire_id')
      .notNull()
      .references(() => ceasefires.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.ceasefireId] }),
    index('article_ceasefires_ceasefire_idx').on(t.ceasefireId),
  ],
);

export const ceasefireStatusChanges = sqliteTable(
  'ceasefire_status_changes',
  {
    id: text('id').primaryKey(),
    ceasefireId: text('ceasefire_id')
      .notNull()
      .references(() => ceasefires.id, { onDelete: 'cascade' }),
    status: text('status', { enum: CEASEFIRE_STATUSES }).notNull(),
    at: text('at').notNull(),
    atOffset: text('at_offset'),
    note: text('note'),
  },
  (t) => [index('ceasefire_status_changes_idx').on(t.ceasefireId, t.at)],
);

export const violationTallies = sqliteTable(
  'violation_tallies',
  {
    id: text('id').primaryKey(),
    ceasefireId: text('ceasefire_id')
      .notNull()
      .references(() => ceasefires.id, { onDelete: 'cascade' }),
    /** Null when the source does not say who counted. */
    claimantId: text('claimant_id').references(() => claimants.id),
    count: integer('count').notNull(),
    qualifier: text('qualifier', { enum: QUALIFIERS }).notNull(),
    asWritten: text('as_written').notNull(),
    excludes: text('excludes'),
    reportedOn: text('reported_on').notNull(),
    sourceUrl: text('source_url'),
    createdAt: timestamps.createdAt,
  },
  (t) => [index('violation_tallies_idx').on(t.ceasefireId, t.reportedOn)],
);

export const milestones = sqliteTable(
  'milestones',
  {
    id: text('id').primaryKey(),
    ceasefireId: text('ceasefire_id')
      .notNull()
      .references(() => ceasefires.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    /** Null when the agreement sets no date. */
    dueOn: text('due_on'),
    state: text('state', { enum: MILESTONE_STATES }).notNull().default('pending'),
    note: text('note'),
    /** Every state the milestone has had, oldest first: drives `?asOf=`. */
    history: text('history', { mode: 'json' }).$type<MilestoneChange[]>().notNull().default(sql`'[]'`),
    ...timestamps,
  },
  (t) => [index('milestones_idx').on(t.ceasefireId)],
);

export const editors = sqliteTable(
  'editors',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** SHA-256 of the token, hex. The token itself is shown once and never stored. */
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamps.createdAt,
    revokedAt: text('revoked_at'),
    /** Lowercase; how a single sign-on identity (Cloudflare Access) is matched to the editor. */
    email: text('email'),
    role: text('role', { enum: EDITOR_ROLES }).notNull().default('editor'),
  },
  (t) => [
    uniqueIndex('editors_name_unique').on(t.name),
    uniqueIndex('editors_token_hash_unique').on(t.tokenHash),
    uniqueIndex('editors_email_unique').on(t.email),
  ],
);

export const auditEntries = sqliteTable(
  'audit_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    editorId: text('editor_id')
      .notNull()
      .references(() => editors.id),
    at: text('at').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    /** The audit entry that undid this one, if any. */
    revertedBy: integer('reverted_by'),
    /** For a change published on review: the editor who approved it (`editor_id` proposed it). */
    approvedBy: text('approved_by').references(() => editors.id),
  },
  (t) => [index('audit_entries_entity_idx').on(t.entityType, t.entityId, t.id)],
);

/**
 * `Idempotency-Key`s editors' clients sent with a create, and what each
 * created: a retry of a create whose answer was lost (a timeout, a dropped
 * connection) gets that entity back instead of a second one. Written in the
 * create's own batch, so a key is recorded exactly when its create landed.
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    editorId: text('editor_id')
      .notNull()
      .references(() => editors.id),
    key: text('key').notNull(),
    /** SHA-256 of the method, path and body: a key reused for another request is refused. */
    fingerprint: text('fingerprint').notNull(),
    entityType: text('entity_type').notNull(),
    entityKey: text('entity_key').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.editorId, t.key] })],
);

/**
 * Changes held for review: an editor's write to an incident or ceasefire
 * that requires review, stored as the request that would make it (the
 * operation, its path parameters, body and `If-Match`), and replayed as that
 * editor's write when a second editor approves it. Nothing here is read by
 * the public side: until it is approved, a change exists only in this table.
 */
export const pendingChanges = sqliteTable(
  'pending_changes',
  {
    id: text('id').primaryKey(),
    /** The incident or ceasefire whose review requirement held it. */
    subjectType: text('subject_type', { enum: REVIEW_SUBJECTS }).notNull(),
    subjectId: text('subject_id').notNull(),
    operation: text('operation', { enum: CHANGE_OPERATIONS }).notNull(),
    params: text('params', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    body: text('body', { mode: 'json' }),
    ifMatch: text('if_match', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    proposedBy: text('proposed_by')
      .notNull()
      .references(() => editors.id),
    proposedAt: text('proposed_at').notNull(),
    status: text('status', { enum: CHANGE_STATUSES }).notNull().default('pending'),
    decidedBy: text('decided_by').references(() => editors.id),
    decidedAt: text('decided_at'),
    /** Why it was rejected. */
    reason: text('reason'),
  },
  (t) => [
    index('pending_changes_status_idx').on(t.status, t.proposedAt),
    index('pending_changes_subject_idx').on(t.subjectType, t.subjectId, t.status),
  ],
);

/*
 * Recorded time (`?seenAt=`): what readers were shown, and when.
 *
 * Every table a public read shows has a history table holding every version
 * of every row with the interval of recorded time it was current in
 * (`history-table.ts`). Triggers fill them on every insert, update and
 * delete, whoever writes (src/db/recorded-time.ts), so no write path can
 * forget; a read `?seenAt=t` reads the versions current at `t` through the
 * same queries as a live read.
 */

/**
 * The instant each write is recorded at: one per write (a D1 batch ticks it
 * first and closes it last, src/db/recorded-time.ts), so everything one
 * write changes carries the same instant, and strictly increasing, so two
 * writes never share one. Milliseconds since the epoch; one row.
 */
export const writeClock = sqliteTable('write_clock', {
  id: integer('id').primaryKey(),
  at: integer('at').notNull(),
  /** Whether a write is under way (its instant is `at`); outside one, a trigger takes the time itself. */
  open: integer('open', { mode: 'boolean' }).notNull().default(false),
});

export const articlesHistory = historyOf(articles, { key: ['id'], by: ['slug'] });
export const incidentsHistory = historyOf(incidents, { key: ['id'], by: ['slug'] });
export const articleIncidentsHistory = historyOf(articleIncidents, {
  key: ['article_id', 'incident_id'],
  by: ['incident_id'],
});
export const claimantsHistory = historyOf(claimants, { key: ['id'] });
export const casualtyClaimsHistory = historyOf(casualtyClaims, { key: ['id'], by: ['incident_id'] });
export const ceasefiresHistory = historyOf(ceasefires, { key: ['id'], by: ['slug'] });
export const articleCeasefiresHistory = historyOf(articleCeasefires, {
  key: ['article_id', 'ceasefire_id'],
  by: ['ceasefire_id'],
});
export const ceasefireStatusChangesHistory = historyOf(ceasefireStatusChanges, { key: ['id'], by: ['ceasefire_id'] });
export const violationTalliesHistory = historyOf(violationTallies, { key: ['id'], by: ['ceasefire_id'] });
export const milestonesHistory = historyOf(milestones, { key: ['id'], by: ['ceasefire_id'] });
