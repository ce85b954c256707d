/**
 * Statements compiled ahead of time from Drizzle's query builders, run on
 * the D1 binding directly. The public reads of a story are the first thing
 * a new isolate does; through Drizzle they would first build the schema's
 * tables and the query builders' objects and then render each query's SQL,
 * tens of milliseconds of the isolate's first request (bench/README.md,
 * the first-request rows). Compiled, a read is its SQL text, the values to
 * bind and how each column maps back: the same rows, shaped as Drizzle
 * shapes them (`mapResultRow`: nested paths, JSON and boolean columns,
 * `mapWith(Number)`, a left-joined table all null read as null).
 *
 * `npm run db:compile` (scripts/compile-reads.ts) writes the statements
 * (./public-reads.ts) from the query builders (./sources.ts); `npm run
 * check` fails when they are stale, and tests/worker/compiled-reads.test.ts
 * runs both on D1 and compares the rows.
 */
import type { D1Database } from '@cloudflare/workers-types';

/** How a column's value comes out of D1, as its Drizzle column maps it; absent: as D1 gives it. */
export type Decode = 'json' | 'boolean' | 'number';

export type CompiledField = {
  /** Where the value goes in the row object (`['claim', 'id']`). */
  path: readonly string[];
  decode?: Decode;
  /** For a table's column nested one level down: its table, which a left join may leave all null. */
  table?: string;
};

export type CompiledStatement = {
  sql: string;
  /** In order: a literal value, or the name of a value given when the statement runs. */
  params: readonly (string | number | { value: string })[];
  /**
   * The columns in order, space-separated, each `path[:decode][@table]`
   * (`claim.corrections:json`, `sourceArticle.slug@source_articles`): a
   * line per statement rather than an object per column.
   */
  fields: string;
  /** Drizzle's `joinsNotNullableMap`: which joined tables are never null. */
  notNull: Readonly<Record<string, boolean>>;
};

/** `claim.corrections:json@casualty_claims` → its field. */
export function parseField(spec: string): CompiledField {
  const [rest = '', table] = spec.split('@');
  const [path = '', decode] = rest.split(':');
  return { path: path.split('.'), ...(decode ? { decode: decode as Decode } : {}), ...(table ? { table } : {}) };
}

export const fieldSpec = ({ path, decode, table }: CompiledField) =>
  `${path.join('.')}${decode ? `:${decode}` : ''}${table ? `@${table}` : ''}`;

const parsed = new WeakMap<CompiledStatement, CompiledField[]>();
function fieldsOf(statement: CompiledStatement): CompiledField[] {
  let fields = parsed.get(statement);
  if (!fields) {
    fields = statement.fields.split(' ').map(parseField);
    parsed.set(statement, fields);
  }
  return fields;
}

const decoders: Record<Decode, (value: unknown) => unknown> = {
  json: (value) => JSON.parse(value as string),
  boolean: (value) => Number(value) === 1,
  number: (value) => Number(value),
};

function mapRow(statement: CompiledStatement, values: unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  /** Per nested object: the table whose columns were all null so far, or false once one was not. */
  const allNull: Record<string, string | false> = {};
  fieldsOf(statement).forEach(({ path, decode, table }, i) => {
    let node = row;
    for (const key of path.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    const raw = values[i];
    const value = raw === null || !decode ? raw : decoders[decode](raw);
    node[path.at(-1) as string] = value;
    if (table === undefined) return;
    const object = path[0] as string;
    if (!(object in allNull)) allNull[object] = value === null ? table : false;
    else if (allNull[object] !== table) allNull[object] = false;
  });
  for (const [object, table] of Object.entries(allNull)) {
    if (table !== false && !statement.notNull[table]) row[object] = null;
  }
  return row;
}

/** Runs `statements` in one D1 batch (one round trip), `values` bound by name; each statement's rows. */
export async function runCompiled(
  d1: D1Database,
  statements: readonly CompiledStatement[],
  values: Readonly<Record<string, string | number | undefined>>,
): Promise<Record<string, unknown>[][]> {
  const results = await d1.batch(
    statements.map((statement) =>
      d1
        .prepare(statement.sql)
        .bind(...statement.params.map((param) => (typeof param === 'object' ? values[param.value] : param))),
    ),
  );
  // D1 returns each row as an object keyed by column name, in the statement's column order, as Drizzle reads it.
  return results.map((result, i) =>
    (result.results as Record<string, unknown>[]).map((row) =>
      mapRow(statements[i] as CompiledStatement, Object.values(row)),
    ),
  );
}
