import type { D1Database } from '@cloudflare/workers-types';
import { drizzle } from 'drizzle-orm/d1';

/**
 * The Drizzle handle over the D1 binding, made per request. Without the
 * schema: nothing here uses Drizzle's relational `db.query` API, which
 * would rebuild a config of every table on each call.
 */
export function database(d1: D1Database) {
  return drizzle(d1);
}

export type Database = ReturnType<typeof database>;
