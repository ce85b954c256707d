/**
 * The history table of a table readers see: every version of every row,
 * with the interval of recorded time it was current in. Built from the
 * table's own columns, so the two cannot drift apart; the triggers that fill
 * it are in `recorded-time.ts`, the migration that creates them is checked
 * against that file.
 */
import {
  getTableConfig,
  type IndexColumn,
  index,
  integer,
  real,
  type SQLiteTable,
  sqliteTable,
  text,
} from 'drizzle-orm/sqlite-core';

/**
 * `key`: the columns naming a row (its id, or both ids of a link);
 * `by`: a column reads select a row's versions by (its incident, its ceasefire).
 */
export function historyOf(table: SQLiteTable, options: { key: string[]; by?: string[] }) {
  const { name, columns } = getTableConfig(table);
  const copied = Object.fromEntries(
    columns.map((column) => {
      const type = column.getSQLType();
      return [
        column.name,
        type === 'integer' ? integer(column.name) : type === 'real' ? real(column.name) : text(column.name),
      ];
    }),
  );
  return sqliteTable(
    `${name}_history`,
    {
      historyId: integer('history_id').primaryKey({ autoIncrement: true }),
      ...copied,
      /** When this version was recorded (ms since the epoch, the write's one instant: `write_clock`). */
      recordedFrom: integer('recorded_from').notNull(),
      /** When the next version (or the row's removal) was recorded; null while it is current. */
      recordedTo: integer('recorded_to'),
    },
    (t) => {
      const columnsOf = t as unknown as Record<string, IndexColumn>;
      const on = (names: string[]) => names.map((n) => columnsOf[n]) as [IndexColumn, ...IndexColumn[]];
      return [
        index(`${name}_history_key_idx`).on(...on([...options.key, 'recordedFrom'])),
        index(`${name}_history_recorded_idx`).on(...on(['recordedFrom'])),
        ...(options.by ? [index(`${name}_history_by_idx`).on(...on([...options.by, 'recordedFrom']))] : []),
      ];
    },
  );
}
