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
  wranglerStore,
} from '../../scripts/editor';
import { withLocalDb } from '../../scripts/local-db';
import { wranglerEnv } from '../../scripts/wrangler-cli';
import { OPERATOR } from '../../src/auth/editors';
import { TOKEN_PATTERN } from '../../src/auth/token';

const run = promisify(execFile);
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

    mkdirSync('public', { recursive: true }); // the Worker's assets directory; `npm run build` fills it
    let worker: Awaited<ReturnType<typeof unstable_startWorker>> | undefined;
    try {
      worker = await unstable_startWorker({
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
    await revokeEditor(store, name);
    const row = (await editorsTable()).find((r) => r.name === name);
    expect(row?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
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
});
