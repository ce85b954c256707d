/**
 * A write and its audit entry land together or not at all, and the version
 * guard lives in the write itself: these tests drive the write layer
 * directly against the real D1, so the database's own refusal (not the
 * route's earlier checks) is what is shown to roll everything back.
 */
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { Conflict, StaleVersion } from '../../shared/domain/errors';
import { database } from '../../src/db/client';
import { casualtyClaims, ceasefireStatusChanges, ceasefires } from '../../src/db/schema';
import { createClaim } from '../../src/db/writes/claims';
import { commit } from '../../src/db/writes/commit';
import { findRow } from '../../src/db/writes/entities';
import { createIncident } from '../../src/db/writes/incidents';
import { TouchedReads } from '../../src/db/writes/touched';
import { author, guardedUpdate } from '../../src/db/writes/update';
import { addEditor, claimBody, freshCeasefire, freshIncident, snapshotDb, unique } from './admin-helpers';
import { seedStory } from './helpers';

let editor = { id: '', name: '' };
let token = '';
/** An author whose audit entry cannot be inserted: no such editor (the foreign key refuses it). */
const ghost = () => author({ id: 'ed_does_not_exist', name: 'Ghost' }, new TouchedReads());
/** The test's editor as the author of a write. */
const byEditor = () => author(editor, new TouchedReads());

beforeAll(async () => {
  await seedStory();
  const added = await addEditor();
  editor = { id: added.id, name: added.name };
  token = added.token;
});

describe('one batch: the change and its audit entry', () => {
  it('leaves nothing behind when the audit insert of a create fails', async () => {
    const db = database(env.DB);
    const before = await snapshotDb();
    const slug = unique('atomic');
    const attempt = createIncident(
      db,
      { slug, title: 'Never', occurredOn: '2016-09-17', placeName: 'Nowhere', articleSlugs: [] },
      ghost(),
    );
    // A conflict (409): D1 refused the batch on the audit entry's foreign key (nothing failed earlier).
    await expect(attempt).rejects.toBeInstanceOf(Conflict);
    expect(await findRow(db, 'incident', slug)).toBeUndefined();
    expect(await snapshotDb()).toBe(before);
  });

  it('leaves nothing behind when the audit insert of a revision fails: the revised claim stays current', async () => {
    const { slug } = await freshIncident(token);
    const db = database(env.DB);
    const first = await createClaim(db, slug, claimBody() as never, byEditor());
    const before = await snapshotDb();
    const attempt = createClaim(
      db,
      slug,
      claimBody({ low: 90, asWritten: '90', supersedes: first.id }) as never,
      ghost(),
    );
    await expect(attempt).rejects.toBeInstanceOf(Conflict);
    expect(await snapshotDb()).toBe(before);
    const [old] = await db.select().from(casualtyClaims).where(eq(casualtyClaims.id, first.id));
    expect(old?.status).toBe('current');
  });

  it('leaves nothing behind when the audit insert of a claim fails, not even its new claimant', async () => {
    const { slug } = await freshIncident(token);
    const db = database(env.DB);
    const before = await snapshotDb();
    const attempt = createClaim(
      db,
      slug,
      claimBody({ claimant: { name: unique('New claimant'), kind: 'ngo' } }) as never,
      ghost(),
    );
    await expect(attempt).rejects.toBeInstanceOf(Conflict);
    expect(await snapshotDb()).toBe(before);
  });
});

describe('the version guard inside the batch', () => {
  it('fails the whole batch (412) when the guarded update matches no row, whatever came with it', async () => {
    const { slug } = await freshCeasefire(token);
    const db = database(env.DB);
    const current = await findRow(db, 'ceasefire', slug);
    if (!current) throw new Error('fixture missing');
    // What an editor who read version 1 would send after someone else moved it to 2.
    await db.update(ceasefires).set({ version: 2 }).where(eq(ceasefires.id, current.id));
    const stale = { ...current, version: 1 };
    const before = await snapshotDb();
    const { statements } = guardedUpdate(db, 'ceasefire', stale, { status: 'collapsed' }, byEditor());
    const sideEffect = db.insert(ceasefireStatusChanges).values({
      id: `csc_${crypto.randomUUID().replaceAll('-', '')}`,
      ceasefireId: current.id,
      status: 'collapsed',
      at: '2016-09-19T16:00:00.000Z',
      atOffset: null,
      note: null,
    });
    const attempt = commit(db, [...statements, sideEffect]);
    // What the app answers 412 to.
    await expect(attempt).rejects.toBeInstanceOf(StaleVersion);
    expect(await snapshotDb()).toBe(before);
  });

  it('applies the same batch when the version matches', async () => {
    const { slug } = await freshCeasefire(token);
    const db = database(env.DB);
    const current = await findRow(db, 'ceasefire', slug);
    if (!current) throw new Error('fixture missing');
    const { statements } = guardedUpdate(db, 'ceasefire', current, { status: 'strained' }, byEditor());
    await commit(db, statements);
    expect(await findRow(db, 'ceasefire', slug)).toMatchObject({ status: 'strained', version: 2 });
  });
});
