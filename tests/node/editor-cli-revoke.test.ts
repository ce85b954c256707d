/**
 * `npm run editor revoke` with the Worker serving the same throwaway D1: a
 * revoked token is dead for good, and the changes the account held for
 * review are rejected, under the CLI's operator.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withLocalDb } from '../../scripts/local-db';
import { ACCOUNT_REVOKED, OPERATOR } from '../../src/auth/editors';
import { TOKEN_PATTERN } from '../../src/auth/token';
import { testArticle } from '../test-article';
import { editor, editorsTable, scratchDir, startWorker, useScratchD1, type Worker } from './editor-cli';

useScratchD1({ migrated: true });

describe('npm run editor revoke, with the Worker serving the same D1', () => {
  let worker: Worker | undefined;
  /** The last line the CLI printed: a token, where it prints one. */
  const tokenOf = async (...args: string[]) => {
    const answer = await editor(...args);
    expect(answer.code, `${args.join(' ')}: ${answer.stderr}`).toBe(0);
    return answer.lines.at(-1) ?? '';
  };
  const api = async (path: string, token: string, init: { method?: string; body?: unknown } = {}) => {
    const res = await worker?.fetch(`http://local/api/v1/admin${path}`, {
      method: init.method ?? 'GET',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!res) throw new Error('no Worker');
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  /** A story held for review, and a claim of `low` killed held on it for each [token, low]: the changes' ids, in order. */
  const heldClaims = async (
    admin: string,
    incident: { slug: string; title: string; articleSlugs?: string[] },
    claims: [token: string, low: number][],
  ) => {
    const created = await api('/incidents', admin, {
      method: 'POST',
      body: {
        ...incident,
        occurredOn: '2016-09-17',
        placeName: 'Somewhere',
        latitude: 35.29,
        longitude: 40.18,
        summary: 'What happened.',
      },
    });
    expect(created.status).toBe(201);
    const review = await api(`/incidents/${incident.slug}`, admin, { method: 'PATCH', body: { review: 'required' } });
    expect(review.status).toBe(200);
    const changes: string[] = [];
    for (const [token, low] of claims) {
      const held = await api(`/incidents/${incident.slug}/claims`, token, {
        method: 'POST',
        body: {
          claimant: { name: 'A monitor', kind: 'ngo' },
          metric: 'killed',
          subject: 'people',
          qualifier: 'exact',
          low,
          asWritten: String(low),
          claimedOn: '2016-09-18',
        },
      });
      expect(held.status).toBe(202);
      changes.push(String(held.body.id));
    }
    return changes;
  };

  beforeAll(async () => {
    worker = await startWorker();
  }, 240_000);
  afterAll(async () => {
    await worker?.dispose();
  });

  it('retires the token for good: restored through the API, single sign-on only; rotate --restore, a new token', async () => {
    const admin = await tokenOf('add', 'Ada Admin', '--role', 'admin');
    const old = await tokenOf('add', 'Leaked Token', '--email', 'leaked@newsroom.example');
    expect((await api('/me', old)).status).toBe(200);
    expect((await editor('revoke', 'Leaked Token')).code).toBe(0);
    expect((await api('/me', old)).status).toBe(401);
    // An admin gives the account back through the API: its e-mail signs in again, the old token does not.
    const id = (await editorsTable()).find((r) => r.name === 'Leaked Token')?.id ?? '';
    const restored = await api(`/editors/${id}`, admin, { method: 'PATCH', body: { active: true } });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ revokedAt: null, email: 'leaked@newsroom.example' });
    expect((await api('/me', old)).status).toBe(401);
    // A new token is the CLI's to give; revoked again, `rotate --restore` gives one, and the old stays dead.
    expect((await editor('revoke', 'Leaked Token')).code).toBe(0);
    const fresh = await tokenOf('rotate', 'Leaked Token', '--restore');
    expect(fresh).toMatch(TOKEN_PATTERN);
    expect((await api('/me', fresh)).status).toBe(200);
    expect((await api('/me', old)).status).toBe(401);
  }, 120_000);

  it('rejects the changes the account has held for review, under the operator; restored, none can be approved', async () => {
    const admin = await tokenOf('add', 'Desk Admin', '--role', 'admin');
    const proposer = await tokenOf('add', 'Eve Proposer');
    const article = await api('/articles', admin, {
      method: 'POST',
      body: testArticle('cli-revoke-article'),
    });
    expect(article.status).toBe(201);
    const slug = 'cli-revoke-incident';
    const [change] = await heldClaims(admin, { slug, title: 'A test incident', articleSlugs: ['cli-revoke-article'] }, [
      [proposer, 3],
    ]);

    expect((await editor('revoke', 'Eve Proposer')).code).toBe(0);
    expect((await api(`/changes/${change}`, admin)).body).toMatchObject({
      status: 'rejected',
      decidedBy: { name: OPERATOR.name },
      decidedAt: expect.stringMatching(/^\d{4}-/),
      reason: ACCOUNT_REVOKED,
    });
    // Recorded as a rejection through the API is: `review-rejected` under the story, with the change and the reason.
    const history = await api(`/audit?entity=incident:${slug}`, admin);
    expect((history.body.data as Record<string, unknown>[])[0]).toMatchObject({
      editor: { name: OPERATOR.name },
      action: 'review-rejected',
      entity: { type: 'incident', key: slug },
      before: null,
      after: { change, operation: 'claim.create', reason: ACCOUNT_REVOKED },
    });

    // Restored, the account finds nothing of its own to be approved.
    const restored = await tokenOf('rotate', 'Eve Proposer', '--restore');
    expect((await api('/me', restored)).status).toBe(200);
    const approved = await api(`/changes/${change}/approve`, admin, { method: 'POST' });
    expect(approved.status).toBe(409);
    expect(approved.body.detail).toMatch(/already rejected/);
    expect((await api(`/incidents/${slug}`, admin)).body.claims).toEqual([]);
  }, 120_000);

  it('writes, rejecting an account’s held changes, the rows the API’s revocation writes', async () => {
    const admin = await tokenOf('add', 'Comparing Admin', '--role', 'admin');
    const viaCli = await tokenOf('add', 'Revoked By CLI');
    const viaApi = await tokenOf('add', 'Revoked By API');
    const slug = 'cli-api-rejections';
    await heldClaims(admin, { slug, title: 'Rejected alike' }, [
      [viaCli, 4],
      [viaCli, 5],
      [viaApi, 4],
      [viaApi, 5],
    ]);
    const ids = Object.fromEntries((await editorsTable()).map((r) => [r.name, r.id ?? '']));
    expect((await editor('revoke', 'Revoked By CLI')).code).toBe(0);
    const revoked = await api(`/editors/${ids['Revoked By API']}`, admin, { method: 'PATCH', body: { active: false } });
    expect(revoked.status).toBe(200);

    /** Each change the account held, as its rejection left it, with the entry recording it. */
    const rejected = (proposer: string | undefined) =>
      withLocalDb(
        async (d1) =>
          (
            await d1
              .prepare(
                `SELECT p.id AS change, p.status, p.reason, p.decided_by, p.decided_at,
                   a.editor_id, a.at, a.action, a.entity_type, a.entity_id, a.before, a.after, a.approved_by, a.reverted_by
                 FROM pending_changes p
                 LEFT JOIN audit_entries a ON a.action = 'review-rejected' AND json_extract(a.after, '$.change') = p.id
                 WHERE p.proposed_by = ? ORDER BY a.id`,
              )
              .bind(proposer)
              .all<Record<string, string | null>>()
          ).results,
        scratchDir(),
      );
    // Who decided, when, and which change aside, the same rows, to the byte.
    const alike = (rows: Record<string, string | null>[], decider: string | undefined) =>
      rows.map(({ change, decided_by, editor_id, decided_at, at, after, ...rest }) => {
        expect(decided_by).toBe(decider);
        expect(editor_id).toBe(decider);
        expect(decided_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        return { ...rest, after: after?.replace(String(change), 'CHANGE') };
      });
    const cli = alike(await rejected(ids['Revoked By CLI']), OPERATOR.id);
    const apiRows = alike(await rejected(ids['Revoked By API']), ids['Comparing Admin']);
    expect(cli).toHaveLength(2);
    expect(cli[0]).toEqual({
      status: 'rejected',
      reason: ACCOUNT_REVOKED,
      action: 'review-rejected',
      entity_type: 'incident',
      entity_id: slug,
      before: null,
      after: JSON.stringify({ change: 'CHANGE', operation: 'claim.create', reason: ACCOUNT_REVOKED }),
      approved_by: null,
      reverted_by: null,
    });
    expect(cli).toEqual(apiRows);
  }, 120_000);

  it('rejects, when restoring an account, the changes it still has held from before it was revoked', async () => {
    const admin = await tokenOf('add', 'Restoring Admin', '--role', 'admin');
    await tokenOf('add', 'Old Revoked');
    const [eve] = await withLocalDb(
      async (d1) =>
        (await d1.prepare("SELECT id FROM editors WHERE name = 'Old Revoked'").all<{ id: string }>()).results,
      scratchDir(),
    );
    // Held, then revoked by SQL of someone's own, which rejected nothing.
    await withLocalDb(
      (d1) =>
        d1.batch([
          d1
            .prepare(
              `INSERT INTO pending_changes (id, subject_type, subject_id, operation, params, proposed_by, proposed_at)
               VALUES ('chg_heldbeforerevoked', 'incident', 'inc_gone', 'claim.create', '{"slug":"gone"}', ?, '2026-01-01T00:00:00.000Z')`,
            )
            .bind(eve?.id),
          d1.prepare("UPDATE editors SET revoked_at = '2026-01-02T00:00:00.000Z' WHERE name = 'Old Revoked'"),
        ]),
      scratchDir(),
    );
    await tokenOf('rotate', 'Old Revoked', '--restore');
    expect((await api('/changes/chg_heldbeforerevoked', admin)).body).toMatchObject({
      status: 'rejected',
      decidedBy: { name: OPERATOR.name },
      reason: ACCOUNT_REVOKED,
    });
    // Its story is gone: the entry names it by its id, as the API's rejection does.
    const history = await api('/audit?entity=incident:inc_gone', admin);
    expect(history.body.data).toMatchObject([
      { action: 'review-rejected', after: { change: 'chg_heldbeforerevoked', reason: ACCOUNT_REVOKED } },
    ]);
  }, 120_000);
});
