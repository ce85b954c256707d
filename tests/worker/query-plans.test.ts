/**
 * The reads on every request and every article edit find their rows through
 * an index, never by reading a table whole: a story's reads stay as fast
 * with ten thousand stories as with one. Asked of SQLite itself (`EXPLAIN
 * QUERY PLAN` on the real migrations): `SCAN t` is a full scan of a table
 * (or, `USING INDEX`, of a whole index), `SEARCH t` a lookup.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { database } from '../../src/db/client';
import { COMPILED } from '../../src/db/compiled/public-reads';
import { storiesShowingReads } from '../../src/db/writes/articles';

async function fullScans(sql: string, params: unknown[]): Promise<string[]> {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<{ detail: string }>();
  expect(results.length).toBeGreaterThan(0);
  return results.map((row) => row.detail).filter((detail) => /^SCAN /.test(detail));
}

describe('query plans', () => {
  it('finds every public read of a story, live and as it stood, through an index', async () => {
    const read = Object.entries(COMPILED).flatMap(([name, statements]) =>
      statements.map((statement, i) => ({ name: `${name}[${i}]`, statement })),
    );
    expect(read.length).toBeGreaterThan(30);
    for (const { name, statement } of read) {
      const params = statement.params.map((param) => (typeof param === 'object' ? 'a-slug' : param));
      expect({ name, scans: await fullScans(statement.sql, params) }).toEqual({ name, scans: [] });
    }
  });

  it('finds the stories an article edit touches (its incidents, ceasefires and the claims citing it) through an index', async () => {
    for (const query of storiesShowingReads(database(env.DB), 'an-article')) {
      const { sql, params } = query.toSQL();
      expect({ sql, scans: await fullScans(sql, params) }).toEqual({ sql, scans: [] });
    }
  });
});
