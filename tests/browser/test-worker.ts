/**
 * The Worker the browser suite serves: the product's own (src/index.ts),
 * answering every request as deployed, and beside it a door only the suite
 * has, for putting its D1 back after a test wrote to it through /admin:
 *
 * - `POST /__tests/data/snapshot` copies every table aside;
 * - `POST /__tests/data/restore` puts every table back as the snapshot had
 *   it (one batch), and purges the cached public reads of every incident,
 *   ceasefire and article whose rows (or their claims, tallies, milestones,
 *   status changes, links) the restore changed.
 *
 * Both need the run's `TEST_DATA_TOKEN` (tests/browser/serve.ts passes it
 * to `wrangler dev` and to the tests). Never deployed: wrangler.toml's entry
 * is src/index.ts; only tests/browser/serve.ts starts this file.
 */
import type { D1Database, ExecutionContext } from '@cloudflare/workers-types';
import { recordedTimeTables } from '../../src/db/recorded-time';
import type { AffectedReads } from '../../src/db/writes/touched';
import type { Bindings } from '../../src/env';
import { purgeAffectedReads } from '../../src/http/cache';
import product from '../../src/index';

const DATA_PATH = '/__tests/data/';
const SNAPSHOT = '__snapshot_';

type Env = Bindings & { TEST_DATA_TOKEN?: string };

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith(DATA_PATH)) return product.fetch(request, env, ctx);
    const allowed = env.TEST_DATA_TOKEN && request.headers.get('Authorization') === `Bearer ${env.TEST_DATA_TOKEN}`;
    if (request.method !== 'POST' || !allowed) return new Response('Not here.', { status: 404 });
    const step = pathname.slice(DATA_PATH.length);
    if (step === 'snapshot') await snapshot(env.DB);
    else if (step === 'restore') await purgeAffectedReads({ req: { url: request.url } }, await restore(env.DB));
    else return new Response('Not here.', { status: 404 });
    return new Response(null, { status: 204 });
  },
};

/** The tables the app keeps (not SQLite's, D1's or the snapshot's own). */
async function tables(d1: D1Database): Promise<string[]> {
  const { results } = await d1
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT GLOB 'sqlite_*' AND name NOT GLOB '_cf_*'
         AND name NOT GLOB 'd1_*' AND name NOT GLOB '${SNAPSHOT}*' ORDER BY name`,
    )
    .all<{ name: string }>();
  return results.map((r) => r.name);
}

async function snapshot(d1: D1Database): Promise<void> {
  const names = await tables(d1);
  await d1.batch(
    names.flatMap((t) => [
      d1.prepare(`DROP TABLE IF EXISTS "${SNAPSHOT}${t}"`),
      d1.prepare(`CREATE TABLE "${SNAPSHOT}${t}" AS SELECT * FROM "${t}"`),
    ]),
  );
}

/** Each table's rows that differ between now and the snapshot, and the story each belongs to. */
const STORIES: { table: string; kind: keyof AffectedReads; id: string }[] = [
  { table: 'articles', kind: 'articles', id: 'id' },
  { table: 'incidents', kind: 'incidents', id: 'id' },
  { table: 'ceasefires', kind: 'ceasefires', id: 'id' },
  { table: 'casualty_claims', kind: 'incidents', id: 'incident_id' },
  { table: 'article_incidents', kind: 'incidents', id: 'incident_id' },
  { table: 'article_incidents', kind: 'articles', id: 'article_id' },
  { table: 'article_ceasefires', kind: 'ceasefires', id: 'ceasefire_id' },
  { table: 'article_ceasefires', kind: 'articles', id: 'article_id' },
  { table: 'ceasefire_status_changes', kind: 'ceasefires', id: 'ceasefire_id' },
  { table: 'violation_tallies', kind: 'ceasefires', id: 'ceasefire_id' },
  { table: 'milestones', kind: 'ceasefires', id: 'ceasefire_id' },
];
const SLUGGED = { articles: 'articles', incidents: 'incidents', ceasefires: 'ceasefires' } as const;

/** Puts every table back as snapshotted; returns the public reads that now show something else. */
async function restore(d1: D1Database): Promise<AffectedReads> {
  const changed = await Promise.all(
    STORIES.map(async ({ table, kind, id }) => {
      const parent = SLUGGED[kind];
      const differing = `SELECT "${id}" FROM (SELECT * FROM "${table}" EXCEPT SELECT * FROM "${SNAPSHOT}${table}")
        UNION SELECT "${id}" FROM (SELECT * FROM "${SNAPSHOT}${table}" EXCEPT SELECT * FROM "${table}")`;
      const { results } = await d1
        .prepare(
          `SELECT slug FROM "${parent}" WHERE id IN (${differing})
           UNION SELECT slug FROM "${SNAPSHOT}${parent}" WHERE id IN (${differing})`,
        )
        .all<{ slug: string }>();
      return { kind, slugs: results.map((r) => r.slug) };
    }),
  );
  const names = await tables(d1);
  // Rows taken out or put back fire the recorded-time triggers (migrations/0004), cascades included: they read
  // the write clock, so it stays until the other tables are empty and is back before they refill; the history
  // they write is replaced by the snapshot's last.
  const { clock, histories } = recordedTimeTables();
  const current = names.filter((t) => t !== clock && !histories.includes(t));
  const empty = (list: string[]) => list.map((t) => d1.prepare(`DELETE FROM "${t}"`));
  const refill = (list: string[]) => list.map((t) => d1.prepare(`INSERT INTO "${t}" SELECT * FROM "${SNAPSHOT}${t}"`));
  await d1.batch([
    // Rows go back in any order: references are checked once, at the end of the batch.
    d1.prepare('PRAGMA defer_foreign_keys = on'),
    ...empty(current),
    ...empty([clock]),
    ...refill([clock]),
    ...refill(current),
    ...empty(histories),
    ...refill(histories),
  ]);
  const reads: Required<AffectedReads> = { articles: [], incidents: [], ceasefires: [] };
  for (const { kind, slugs } of changed) reads[kind].push(...slugs);
  return reads;
}
