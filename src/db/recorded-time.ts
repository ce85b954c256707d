/**
 * Recorded time: every version of every row a public read shows, kept with
 * the instant it was recorded, so a read `?seenAt=t` shows exactly what the
 * API served at `t`.
 *
 * - Each table in `RECORDED` has a history table (`history-table.ts`)
 *   filled by triggers on every insert, update and delete. Triggers rather
 *   than code in each write: every write path (editors' writes, reviews,
 *   reverts, the seed, an operator's SQL) is recorded, and none can forget.
 * - A write's instant comes from `write_clock`: `commit()` ticks it as the
 *   first statement of the write's batch and closes it as the last
 *   (`clockedWrite`), so every row one write changes carries the same
 *   instant, and instants strictly increase, so two writes never share one.
 *   A statement outside a clocked batch is stamped with the time it runs.
 * - Instants are milliseconds since the epoch, as D1 reads its clock.
 *
 * The SQL of the triggers is written here and only here. Recorded time
 * began with `migrations/0004_recorded_time_triggers.sql` (the clock, the
 * rows already there recorded at that moment, the triggers); a table that
 * gains a column has its triggers written again (`retriggerMigration`, as
 * 0007 did), and tests/node/migrations.test.ts checks that the migrations,
 * applied, leave exactly `recordedTimeTriggers()`.
 */
import { eq, sql } from 'drizzle-orm';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from './client';
import {
  articleCeasefires,
  articleCeasefiresHistory,
  articleIncidents,
  articleIncidentsHistory,
  articles,
  articlesHistory,
  casualtyClaims,
  casualtyClaimsHistory,
  ceasefireStatusChanges,
  ceasefireStatusChangesHistory,
  ceasefires,
  ceasefiresHistory,
  claimants,
  claimantsHistory,
  incidents,
  incidentsHistory,
  milestones,
  milestonesHistory,
  violationTallies,
  violationTalliesHistory,
  writeClock,
} from './schema';

/** A table readers see, its history, and the columns naming one of its rows. */
export type Recorded = { table: SQLiteTable; history: SQLiteTable; key: string[] };

export const RECORDED: readonly Recorded[] = [
  { table: articles, history: articlesHistory, key: ['id'] },
  { table: incidents, history: incidentsHistory, key: ['id'] },
  { table: articleIncidents, history: articleIncidentsHistory, key: ['article_id', 'incident_id'] },
  { table: claimants, history: claimantsHistory, key: ['id'] },
  { table: casualtyClaims, history: casualtyClaimsHistory, key: ['id'] },
  { table: ceasefires, history: ceasefiresHistory, key: ['id'] },
  { table: articleCeasefires, history: articleCeasefiresHistory, key: ['article_id', 'ceasefire_id'] },
  { table: ceasefireStatusChanges, history: ceasefireStatusChangesHistory, key: ['id'] },
  { table: violationTallies, history: violationTalliesHistory, key: ['id'] },
  { table: milestones, history: milestonesHistory, key: ['id'] },
];

/**
 * The tables of recorded time by name: the write clock every history row is
 * stamped from, and the history tables. What puts a whole database back
 * (the browser suite's reset, tests/browser/test-worker.ts) must order them
 * around the triggers.
 */
export function recordedTimeTables(): { clock: string; histories: string[] } {
  return {
    clock: getTableConfig(writeClock).name,
    histories: RECORDED.map(({ history }) => getTableConfig(history).name),
  };
}

/** D1's clock, in whole milliseconds since the epoch. */
const NOW_MS = "CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)";

/** The instant of the write under way, or, outside a clocked write, the time now (never before the last write). */
const STAMP = `(SELECT CASE WHEN "open" THEN "at" ELSE max("at" + 1, ${NOW_MS}) END FROM "write_clock" WHERE "id" = 1)`;

const quoted = (name: string) => `"${name}"`;

function triggers({ table, key }: Recorded): string[] {
  const { name, columns } = getTableConfig(table);
  const history = `${name}_history`;
  const names = columns.map((c) => c.name);
  const insert = (row: 'NEW') =>
    `INSERT INTO ${quoted(history)} (${names.map(quoted).join(', ')}, "recorded_from") VALUES (${names
      .map((n) => `${row}.${quoted(n)}`)
      .join(', ')}, ${STAMP});`;
  const close = `UPDATE ${quoted(history)} SET "recorded_to" = ${STAMP} WHERE ${key
    .map((k) => `${quoted(k)} = OLD.${quoted(k)}`)
    .join(' AND ')} AND "recorded_to" IS NULL;`;
  return [
    `CREATE TRIGGER ${quoted(`${name}_recorded_insert`)} AFTER INSERT ON ${quoted(name)} BEGIN\n  ${insert('NEW')}\nEND;`,
    `CREATE TRIGGER ${quoted(`${name}_recorded_update`)} AFTER UPDATE ON ${quoted(name)} BEGIN\n  ${close}\n  ${insert('NEW')}\nEND;`,
    `CREATE TRIGGER ${quoted(`${name}_recorded_delete`)} AFTER DELETE ON ${quoted(name)} BEGIN\n  ${close}\nEND;`,
  ];
}

/** Every recorded table's triggers, by name: what the migrations, applied in order, must leave. */
export function recordedTimeTriggers(): Map<string, string> {
  return new Map(
    RECORDED.flatMap(triggers).map((statement) => [/^CREATE TRIGGER "([^"]+)"/.exec(statement)?.[1] ?? '', statement]),
  );
}

/**
 * The migration that writes `tables`' triggers again, after they gained a
 * column: each trigger copies every column into the history, by name.
 */
export function retriggerMigration(tables: SQLiteTable[]): string {
  const statements = RECORDED.filter((r) => tables.includes(r.table)).flatMap((r) =>
    triggers(r).flatMap((create) => {
      const name = /^CREATE TRIGGER ("[^"]+")/.exec(create)?.[1];
      return [`DROP TRIGGER IF EXISTS ${name};`, create];
    }),
  );
  return `-- Generated from src/db/recorded-time.ts (retriggerMigration); tests/node/migrations.test.ts checks what the migrations leave.\n${statements.join('\n--> statement-breakpoint\n')}\n`;
}

/**
 * How long before it lands a write's own instant may be: a write whose
 * instant (taken when it began) is older is recorded this long before it
 * lands, so a moment can be settled soon after it (src/http/recorded-reads.ts).
 */
export const WRITE_INSTANT_SLACK_MS = 1000;

/**
 * The first statement of a write: its instant, after every earlier write's.
 * `at` is the instant the write carries (its rows' `updated_at`, its audit
 * entry's `at`), so that `?seenAt=` a response's `updatedAt` shows that
 * write; without one, D1's clock. Never later than D1's clock, nor more than
 * `WRITE_INSTANT_SLACK_MS` earlier.
 */
export function openClock(db: Database, at?: string) {
  const now = sql.raw(NOW_MS);
  const instant =
    at === undefined
      ? sql`max(${now}, ${writeClock.at} + 1)`
      : // Never later than D1's clock: a Worker's clock running ahead must not record a write in the future.
        sql`max(min(${Date.parse(at)}, ${now}), ${writeClock.at} + 1, ${now} - ${WRITE_INSTANT_SLACK_MS})`;
  return db.update(writeClock).set({ at: instant, open: true }).where(eq(writeClock.id, 1));
}

/** The last statement of a write. */
export function closeClock(db: Database) {
  return db.update(writeClock).set({ open: false }).where(eq(writeClock.id, 1));
}

/** A write's statements between the clock's tick and its close: one batch, one recorded instant. */
export function clockedWrite<T>(db: Database, statements: T[], at?: string) {
  return [openClock(db, at), ...statements, closeClock(db)] as const;
}
