/**
 * Compiles the public reads' Drizzle queries (src/db/compiled/sources.ts)
 * into src/db/compiled/public-reads.ts: SQL, parameters and how each column
 * maps back (src/db/compiled/statement.ts says why). `--check` fails (exit 1)
 * when the file is stale; tests/node/compiled-reads.test.ts fails then too.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { D1Database } from '@cloudflare/workers-types';
import * as orm from 'drizzle-orm';
import { Column, getTableName, is, Placeholder, SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { type ReadName, readSources } from '../src/db/compiled/sources';
import { type CompiledField, type CompiledStatement, type Decode, fieldSpec } from '../src/db/compiled/statement';
import { runAsMain } from './run-as-main';

export const COMPILED_PATH = fileURLToPath(new URL('../src/db/compiled/public-reads.ts', import.meta.url));

type Decoder = { mapFromDriverValue: (value: unknown) => unknown };
const identity = Column.prototype.mapFromDriverValue;

/** How Drizzle maps a column's value back: the statement's own copy of it, or a refusal of what it cannot copy. */
function decodeOf(decoder: Decoder, what: string): Decode | undefined {
  if (is(decoder, Column)) {
    const type = (decoder as Column).columnType;
    if (type === 'SQLiteTextJson') return 'json';
    if (type === 'SQLiteBoolean') return 'boolean';
    if (decoder.mapFromDriverValue === identity) return undefined;
    throw new Error(`${what}: column type ${type} maps its values in a way compiled reads do not copy`);
  }
  if (decoder.mapFromDriverValue === Number) return 'number';
  if (decoder.mapFromDriverValue(Symbol.for('probe')) === Symbol.for('probe')) return undefined;
  throw new Error(`${what}: a decoder compiled reads do not copy`);
}

// Internal to Drizzle, untyped: the order its `_prepare` maps a selection's columns in.
const { orderSelectedFields } = orm as unknown as {
  orderSelectedFields: (fields: Record<string, unknown>) => { path: string[]; field: unknown }[];
};

// Internals of Drizzle's select builder that its `_prepare` reads too: the selection and which joins may be null.
type SelectInternals = {
  config: { fields: Record<string, unknown> };
  joinsNotNullableMap: Record<string, boolean>;
  toSQL(): { sql: string; params: unknown[] };
};

function compile(query: unknown, what: string): CompiledStatement {
  const select = query as SelectInternals;
  const { sql, params } = select.toSQL();
  const fields = orderSelectedFields(select.config.fields).map(({ path, field }): CompiledField => {
    const where = `${what} ${path.join('.')}`;
    const column = is(field, Column) ? field : undefined;
    const expression = is(field, SQL) ? field : is(field, SQL.Aliased) ? field.sql : undefined;
    if (!column && !expression) throw new Error(`${where}: not a column or an SQL expression`);
    const decoder = (column ?? (expression as unknown as { decoder: Decoder }).decoder) as Decoder;
    const decode = decodeOf(decoder, where);
    return {
      path,
      ...(decode ? { decode } : {}),
      ...(column && path.length === 2 ? { table: getTableName(column.table) } : {}),
    };
  });
  return {
    sql,
    params: params.map((param) => {
      if (is(param, Placeholder)) return { value: param.name };
      if (typeof param === 'string' || typeof param === 'number') return param;
      throw new Error(`${what}: a parameter compiled reads cannot bind (${String(param)})`);
    }),
    fields: fields.map(fieldSpec).join(' '),
    notNull: { ...select.joinsNotNullableMap },
  };
}

/** Every compiled read: `incident` (live) and `incidentAt` (seen at a moment), and so on. */
export function compileReads(): Record<string, CompiledStatement[]> {
  // Only building SQL: the binding is never called.
  const db = drizzle({} as D1Database);
  const compiled: Record<string, CompiledStatement[]> = {};
  for (const seen of [false, true]) {
    const sources = readSources(db, 'placeholders', seen);
    for (const name of Object.keys(sources) as ReadName[]) {
      const key = seen ? `${name}At` : name;
      compiled[key] = sources[name].map((query, i) => compile(query, `${key}[${i}]`));
    }
  }
  return compiled;
}

export function compiledModule(): string {
  // A statement shared by two reads (a change log is part of its resource's read) is written once.
  const unique: string[] = [];
  const reads = Object.entries(compileReads()).map(([name, statements]) => {
    const refs = statements.map((statement) => {
      const text = JSON.stringify(statement);
      const at = unique.indexOf(text);
      return `s${at === -1 ? unique.push(text) - 1 : at}`;
    });
    return `  ${name}: [${refs.join(', ')}],`;
  });
  return `// Written by \`npm run db:compile\` (scripts/compile-reads.ts) from src/db/compiled/sources.ts: do not edit.
import type { CompiledStatement } from './statement';

${unique.map((text, i) => `const s${i}: CompiledStatement = ${text};`).join('\n')}

export const COMPILED = {
${reads.join('\n')}
} as const satisfies Record<string, readonly CompiledStatement[]>;
`;
}

if (runAsMain(import.meta.url)) {
  const { execFileSync } = await import('node:child_process');
  // Formatted as Biome formats it, so the check compares like with like.
  const expected = execFileSync('npx', ['biome', 'format', `--stdin-file-path=${COMPILED_PATH}`], {
    input: compiledModule(),
    encoding: 'utf8',
  });
  if (process.argv.includes('--check')) {
    if ((await readFile(COMPILED_PATH, 'utf8').catch(() => '')) !== expected) {
      console.error(
        'src/db/compiled/public-reads.ts is stale against its queries: run `npm run db:compile` and commit it.',
      );
      process.exit(1);
    }
  } else {
    await writeFile(COMPILED_PATH, expected);
    console.log('Wrote src/db/compiled/public-reads.ts.');
  }
}
