/**
 * `npm run editor` against a throwaway persisted local D1: the token it
 * prints is the only copy (D1 holds its hash), it signs in to the real
 * Worker served from that D1, and revoking it shuts the door.
 */

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unstable_startWorker } from 'wrangler';
import {
  addEditor,
  LOCAL_EDITOR,
  listEditors,
  localEditorToken,
  localStore,
  revokeEditor,
  rotateEditor,
  wranglerStore,
} from '../../scripts/editor';
import { withLocalDb } from '../../scripts/local-db';
import { wranglerEnv } from '../../scripts/wrangler-cli';
import { ACCOUNT_REVOKED, OPERATOR } from '../../src/auth/editors';
import { TOKEN_PATTERN } from '../../src/auth/token';

const run = promisify(execFile);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

let dir = '';

async function editor(...args: string[]): Promise<{ lines: string[]; code: number; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/editor.ts', ...args, '--persist-to', dir], {
      env: wranglerEnv(),
    });
    return { lines: stdout.trimEnd().split('\n'), code: 0, stderr };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { lines: failed.stdout.trimEnd().split('\n'), code: failed.code, stderr: failed.stderr };
  }
}

/** The editors' accounts, the operator's the CLI audits under (OPERATOR) aside. */
async function editorsTable() {
  return withLocalDb(
    async (d1) =>
      (
        await d1
          .prepare('SELECT * FROM editors WHERE id <> ? ORDER BY created_at')
          .bind(OPERATOR.id)
          .all<Record<string, string | null>>()
      ).results,
    dir,
  );
}

/** The history of `name`'s account, oldest first: who changed it (by name), how, from what to what. */
async function accountHistory(name: string) {
  return withLocalDb(async (d1) => {
    const rows = await d1
      .prepare(
        `SELECT by_editor.name AS editor, a.action, a.before, a.after FROM audit_entries a
         JOIN editors by_editor ON by_editor.id = a.editor_id JOIN editors e ON e.id = a.entity_id
         WHERE a.entity_type = 'editor' AND e.name = ? ORDER BY a.id`,
      )
      .bind(name)
      .all<{ editor: string; action: string; before: string | null; after: string }>();
    return rows.results.map((r) => ({
      editor: r.editor,
      action: r.action,
      before: r.before === null ? null : (JSON.parse(r.before) as Record<string, unknown>),
      after: JSON.parse(r.after) as Record<string, unknown>,
    }));
  }, dir);
}

type Worker = Awaited<ReturnType<typeof unstable_startWorker>>;

/** The Worker served from the CLI's D1, as `npm start` serves it. */
async function startWorker(): Promise<Worker> {
  mkdirSync('public', { recursive: true }); // the Worker's assets directory; `npm run build` fills it
  return unstable_startWorker({
    config: 'wrangler.toml',
    // The API Worker alone: its IMAGES service binding (the images Worker) is left out, since
    // wrangler's single-Worker start never becomes ready with a service it cannot run; no admin route uses it.
    bindings: { IMAGES: { type: 'plain_text', value: '' } },
    dev: {
      persist: dir,
      server: { hostname: '127.0.0.1', port: 0 },
      inspector: false,
      watch: false,
      logLevel: 'none',
    },
  } as Parameters<typeof unstable_startWorker>[0]);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'editor-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run editor', () => {
  let token = '';

  it('add prints the new token alone on the last line, and stores only its hash', async () => {
    const { lines, code } = await editor('add', 'Alice Example');
    expect(code).toBe(0);
    token = lines.at(-1) ?? '';
    expect(token).toMatch(TOKEN_PATTERN);
    expect(lines.slice(0, -1).join('\n')).not.toContain(token);
    const rows = await editorsTable();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Alice Example', revoked_at: null, role: 'editor', email: null });
    expect(rows[0]?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('refuses a second editor of the same name', async () => {
    const { code, stderr } = await editor('add', 'Alice Example');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/exists/);
  });

  it('list shows the editor as active; revoke marks it revoked; and the Worker agrees', async () => {
    expect((await editor('list')).lines.join('\n')).toMatch(/^active\s+Alice Example/m);

    let worker: Worker | undefined;
    try {
      worker = await startWorker();
      const call = (t: string) =>
        worker?.fetch('http://local/api/v1/admin/incidents', { headers: { Authorization: `Bearer ${t}` } });
      expect((await call(token))?.status).toBe(200);

      const revoked = await editor('revoke', 'Alice Example');
      expect(revoked.code).toBe(0);
      expect((await editor('list')).lines.join('\n')).toMatch(/^revoked\s+Alice Example/m);
      expect((await editorsTable())[0]?.revoked_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect((await call(token))?.status).toBe(401);
    } finally {
      await worker?.dispose();
    }
  }, 240_000);

  it('rotate gives a new token and retires the old hash; a revoked editor only with --restore', async () => {
    // Revoked above: a rotation does not quietly give the access back.
    const refused = await editor('rotate', 'Alice Example');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/"Alice Example" is revoked.*--restore/);
    expect((await editorsTable())[0]?.revoked_at).toMatch(/^\d{4}-/);
    const { lines, code } = await editor('rotate', 'Alice Example', '--restore');
    expect(code).toBe(0);
    const fresh = lines.at(-1) ?? '';
    expect(fresh).toMatch(TOKEN_PATTERN);
    expect(fresh).not.toBe(token);
    const [row] = await editorsTable();
    expect(row?.token_hash).toBe(createHash('sha256').update(fresh).digest('hex'));
    expect(row?.revoked_at).toBeNull();
  });

  it('gives npm start a fresh "Local editor" token each time, retiring the last one', async () => {
    const first = await localEditorToken(dir);
    const second = await localEditorToken(dir);
    expect(first).toMatch(TOKEN_PATTERN);
    expect(second).toMatch(TOKEN_PATTERN);
    expect(second).not.toBe(first);
    const local = (await editorsTable()).filter((row) => row.name === LOCAL_EDITOR);
    expect(local).toHaveLength(1);
    expect(local[0]?.token_hash).toBe(createHash('sha256').update(second).digest('hex'));
  });

  it('runs the same statements through wrangler d1 execute (the --remote path), quoting names safely', async () => {
    // `--local` takes the path `--remote` takes, minus the network: SQL inlined into `--command`.
    const store = wranglerStore(['--local', '--persist-to', dir]);
    const name = "O'Brien?'); DROP TABLE editors; --";
    const token = await addEditor(store, name);
    expect(token).toMatch(TOKEN_PATTERN);
    const before = (await editorsTable()).find((r) => r.name === name);
    expect(before?.token_hash).toBe(sha256(token));
    await revokeEditor(store, name);
    const row = (await editorsTable()).find((r) => r.name === name);
    // Revoked for good: the hash is of a token nobody was given, so no restore brings this one back.
    expect(row?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.token_hash).not.toBe(sha256(token));
    expect(row?.revoked_at).not.toBeNull();
    expect((await listEditors(store)).join('\n')).toContain(`revoked  ${name}`);
  });

  it('writes a change and its audit entry together: where the entry cannot be written, the account is unchanged', async () => {
    await editor('add', 'Unrecorded');
    const refuse = (sql: string) => withLocalDb((d1) => d1.prepare(sql).run(), dir);
    // The database itself refuses the entry, as a full disk or a constraint would.
    await refuse(
      `CREATE TRIGGER refuse_editor_entries BEFORE INSERT ON audit_entries WHEN NEW.entity_type = 'editor'
       BEGIN SELECT RAISE(ABORT, 'audit refused'); END`,
    );
    try {
      const viaCli = await editor('revoke', 'Unrecorded');
      expect(viaCli.code).not.toBe(0);
      await expect(revokeEditor(wranglerStore(['--local', '--persist-to', dir]), 'Unrecorded')).rejects.toThrow();
    } finally {
      await refuse('DROP TRIGGER refuse_editor_entries');
    }
    expect((await editorsTable()).find((r) => r.name === 'Unrecorded')?.revoked_at).toBeNull();
    expect((await accountHistory('Unrecorded')).map((h) => h.action)).toEqual(['create']);
    expect((await editor('revoke', 'Unrecorded')).code).toBe(0);
    expect((await accountHistory('Unrecorded')).map((h) => h.action)).toEqual(['create', 'update']);
  });

  it('writes nothing, and says so, when the account changed between its read and its write', async () => {
    await editor('add', 'Raced');
    const revokedMeanwhile = "UPDATE editors SET revoked_at = '2026-01-01T00:00:00.000Z' WHERE name = 'Raced'";
    await localStore(
      dir,
      async (store) => {
        // Another operator's revocation lands just before this one's batch: the race, made certain.
        const raced: typeof store = {
          all: store.all,
          batch: async (statements) => {
            await store.batch([[revokedMeanwhile, []]]);
            return store.batch(statements);
          },
        };
        await expect(revokeEditor(raced, 'Raced')).rejects.toThrow(/changed meanwhile/);
      },
      { migrated: true },
    );
    expect((await accountHistory('Raced')).map((h) => h.action)).toEqual(['create']);
  });

  it('rotates nothing, and says so, when the account was revoked, restored or given another role between its read and its write', async () => {
    await editor('add', 'Rotated');
    await editor('add', 'Rerevoked');
    await editor('add', 'Promoted');
    await editor('revoke', 'Rerevoked');
    const account = async (name: string) => (await editorsTable()).find((r) => r.name === name);
    const before = {
      rotated: await account('Rotated'),
      rerevoked: await account('Rerevoked'),
      promoted: await account('Promoted'),
    };
    await localStore(
      dir,
      async (store) => {
        // Another command lands just before this one's batch, after its read: the race, made certain.
        const racedBy = (sql: string): typeof store => ({
          all: store.all,
          batch: async (statements) => {
            await store.batch([[sql, []]]);
            return store.batch(statements);
          },
        });
        // An admin's revocation, which a rotation read as active must not undo…
        const revoked = "UPDATE editors SET revoked_at = '2026-01-01T00:00:00.000Z' WHERE name = 'Rotated'";
        await expect(rotateEditor(racedBy(revoked), 'Rotated')).rejects.toThrow(/changed meanwhile/);
        // …and, with --restore, a revocation other than the one it read (restored and revoked again meanwhile).
        const again = "UPDATE editors SET revoked_at = '2026-02-02T00:00:00.000Z' WHERE name = 'Rerevoked'";
        await expect(rotateEditor(racedBy(again), 'Rerevoked', { restore: true })).rejects.toThrow(/changed meanwhile/);
        // …and another role given meanwhile, which its entry's `before` would otherwise pass off as the rotation's.
        const promoted = "UPDATE editors SET role = 'desk' WHERE name = 'Promoted'";
        await expect(rotateEditor(racedBy(promoted), 'Promoted')).rejects.toThrow(/changed meanwhile/);
      },
      { migrated: true },
    );
    expect(await account('Promoted')).toEqual({ ...before.promoted, role: 'desk' });
    expect((await accountHistory('Promoted')).map((h) => h.action)).toEqual(['create']);
    expect(await account('Rotated')).toEqual({ ...before.rotated, revoked_at: '2026-01-01T00:00:00.000Z' });
    expect(await account('Rerevoked')).toEqual({ ...before.rerevoked, revoked_at: '2026-02-02T00:00:00.000Z' });
    expect((await accountHistory('Rotated')).map((h) => h.action)).toEqual(['create']);
    expect((await accountHistory('Rerevoked')).map((h) => h.action)).toEqual(['create', 'update']);
  });

  it('gives roles and single sign-on e-mails: --role desk, set, and the local editor is an admin', async () => {
    const added = await editor('add', 'Desk Person', '--role', 'desk', '--email', ' Desk.Person@Newsroom.Example ');
    expect(added.code).toBe(0);
    expect((await editorsTable()).find((r) => r.name === 'Desk Person')).toMatchObject({
      role: 'desk',
      email: 'desk.person@newsroom.example',
    });
    const taken = await editor('add', 'Someone Else', '--email', 'desk.person@newsroom.example');
    expect(taken.code).not.toBe(0);
    expect(taken.stderr).toMatch(/already Desk Person's e-mail/);
    expect((await editor('set', 'Desk Person', '--role', 'admin', '--email', '')).code).toBe(0);
    expect((await editorsTable()).find((r) => r.name === 'Desk Person')).toMatchObject({ role: 'admin', email: null });
    expect((await editor('list')).lines.join('\n')).toMatch(/^active\s+Desk Person\s+admin/m);
    const wrong = await editor('add', 'Chief', '--role', 'chief');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/--role is one of editor, desk, admin/);
    await localEditorToken(dir);
    expect((await editorsTable()).find((r) => r.name === LOCAL_EDITOR)?.role).toBe('admin');
  });

  it('audits every change it made to an account under its own operator, who cannot sign in', async () => {
    // Alice, above: added, revoked, refused a plain rotation, rotated with --restore.
    const history = await accountHistory('Alice Example');
    expect(history.map((h) => [h.editor, h.action])).toEqual([
      [OPERATOR.name, 'create'],
      [OPERATOR.name, 'update'],
      [OPERATOR.name, 'token-rotated'],
    ]);
    expect(history[0]).toMatchObject({
      before: null,
      after: { name: 'Alice Example', role: 'editor', revokedAt: null },
    });
    expect(history[1]?.after.revokedAt).toMatch(/^\d{4}-/);
    expect(history[2]).toMatchObject({ before: { revokedAt: expect.any(String) }, after: { revokedAt: null } });
    // Never a token or its hash.
    expect(JSON.stringify(history)).not.toMatch(/[0-9a-f]{64}|ee_/);
    expect((await accountHistory('Desk Person')).map((h) => h.action)).toEqual(['create', 'update']);
    // The operator signs nothing in: revoked, no e-mail, no token hashes to its hash.
    const operator = await withLocalDb(
      (d1) => d1.prepare('SELECT * FROM editors WHERE id = ?').bind(OPERATOR.id).first<Record<string, string | null>>(),
      dir,
    );
    expect(operator).toMatchObject({ name: OPERATOR.name, email: null });
    expect(operator?.revoked_at).not.toBeNull();
    expect(operator?.token_hash).not.toMatch(/^[0-9a-f]{64}$/);
    // No command makes, changes or signs in as it.
    for (const args of [
      ['add', OPERATOR.name],
      ['rotate', OPERATOR.name, '--restore'],
      ['set', OPERATOR.name, '--email', 'x@y.example'],
    ]) {
      const refused = await editor(...args);
      expect(refused.code, args.join(' ')).not.toBe(0);
      expect(refused.stderr).toContain('records the command line');
    }
    // npm start's rotations of its local editor are not recorded, one per start.
    expect((await accountHistory(LOCAL_EDITOR)).map((h) => h.action)).toEqual(['create']);
  });

  it('explains its usage when the command or name is missing', async () => {
    for (const args of [['add'], ['frobnicate']]) {
      const { code, stderr } = await editor(...args);
      expect(code).not.toBe(0);
      expect(stderr).toMatch(/Usage: npm run editor/);
    }
  });

  it('refuses, changing nothing, a word too many, an option the command does not take, or two databases', async () => {
    await editor('add', 'Jane');
    await editor('add', 'Jane Editor');
    const before = await editorsTable();
    const refusals: [string[], RegExp][] = [
      // "Jane Editor" unquoted: not "Jane" revoked.
      [
        ['revoke', 'Jane', 'Editor'],
        /revoke takes one name, and was given 2: "Jane", "Editor"\. .*in quotes.*revoke "Jane Editor"/,
      ],
      [['rotate', 'Jane', 'Editor', '--restore'], /rotate takes one name.*rotate "Jane Editor"/],
      [['add', 'Jane', 'Editor', '--role', 'desk'], /add takes one name.*add "Jane Editor"/],
      [['set', 'Jane', 'Editor', '--role', 'desk'], /set takes one name/],
      [['list', 'Jane'], /list takes no name/],
      // An option of another command: revoke changes no role.
      [['revoke', 'Jane', '--role', 'admin'], /--role does not apply to revoke/],
      [['rotate', 'Jane', '--email', 'jane@newsroom.example'], /--email does not apply to rotate/],
      [['add', 'Janet', '--restore'], /--restore does not apply to add/],
      [['list', '--role', 'desk'], /--role does not apply to list/],
      [['revoke', 'Jane', '--force'], /Unknown option '--force'[\s\S]*Usage: npm run editor/],
      // The helper adds --persist-to: with --remote, which database was meant is not for the CLI to guess.
      [['list', '--remote'], /--remote .*--persist-to .*give one/],
      [['revoke', 'Jane', '--remote'], /--remote .*--persist-to .*give one/],
    ];
    const answers = await Promise.all(refusals.map(([args]) => editor(...args)));
    for (const [i, [args, message]] of refusals.entries()) {
      expect(answers[i]?.code, args.join(' ')).not.toBe(0);
      expect(answers[i]?.stderr, args.join(' ')).toMatch(message);
    }
    expect(await editorsTable()).toEqual(before);
    expect((await accountHistory('Jane')).map((h) => h.action)).toEqual(['create']);
  });
});

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
      body: {
        slug: 'cli-revoke-article',
        headline: 'A test article',
        body: [{ kind: 'paragraph', text: 'Text.' }],
        section: 'World',
        language: 'en',
        status: 'published',
        publishedAt: '2016-09-18',
      },
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
        dir,
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
      dir,
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
      dir,
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
