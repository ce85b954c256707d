/**
 * Reads in recorded time. A public read's queries are written against the
 * live tables (`incidents`, `casualty_claims`, …); run through one of these
 * views, the same queries read the tables' history instead: each table is
 * shadowed, inside the statement, by a common table expression of the same
 * name over its history table (SQLite looks a name up among the statement's
 * CTEs before the schema). So a read `?seenAt=t` is the live read's own
 * code, over the rows as they were at `t`, in the same one D1 round trip.
 */
import { and, gt, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from '../client';
import { RECORDED } from '../recorded-time';

/** What the read queries need of a database: `select`, from the live tables or through a view. */
export type Reader = Pick<Database, 'select'>;

type HistoryColumns = { recordedFrom: SQLiteColumn; recordedTo: SQLiteColumn };

function shadow(db: Database, tables: readonly SQLiteTable[], when: (history: HistoryColumns) => SQL | undefined) {
  return RECORDED.filter(({ table }) => tables.includes(table)).map(({ table, history }) => {
    const columns = history as unknown as HistoryColumns;
    return db.$with(getTableConfig(table).name).as(db.select().from(history).where(when(columns)));
  });
}

/** The rows current at `at` (ms), each as it was then. */
const currentAt =
  (at: number) =>
  ({ recordedFrom, recordedTo }: HistoryColumns) =>
    and(lte(recordedFrom, at), or(isNull(recordedTo), gt(recordedTo, at)));

/** Every recorded table as it stood at `at` (ms): the rows current then, each as it was then. */
export function seenView(db: Database, at: number): Reader {
  return db.with(
    ...shadow(
      db,
      RECORDED.map((r) => r.table),
      currentAt(at),
    ),
  );
}

/**
 * `tables` with every version each row has had (recorded by `upTo`, if
 * given), each with `recorded_from` and `recorded_to` (`recordedSpan`): what
 * the change log is read from. A version replaced within its own write (an
 * empty span) is left out.
 */
export function versionsView(
  db: Database,
  tables: readonly SQLiteTable[],
  upTo?: number,
  /** Tables read as they stood at `upTo` (live without it): what the log names things by, as it did then. */
  asThen: readonly SQLiteTable[] = [],
): Reader {
  return db.with(
    ...shadow(db, tables, ({ recordedFrom, recordedTo }) =>
      and(
        upTo === undefined ? undefined : lte(recordedFrom, upTo),
        or(isNull(recordedTo), gt(recordedTo, recordedFrom)),
      ),
    ),
    ...(upTo === undefined ? [] : shadow(db, asThen, currentAt(upTo))),
  );
}

/** The recorded span of a row read through `versionsView`. */
export function recordedSpan(table: SQLiteTable) {
  const name = sql.identifier(getTableConfig(table).name);
  return {
    from: sql<number>`${name}."recorded_from"`.mapWith(Number),
    to: sql<number | null>`${name}."recorded_to"`,
  };
}

/** Oldest first, and within one write in the order it wrote. */
export function recordedOrder(table: SQLiteTable) {
  const name = sql.identifier(getTableConfig(table).name);
  return [sql`${name}."recorded_from"`, sql`${name}."history_id"`] as const;
}
