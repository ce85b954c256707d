/**
 * `npm run editor` against a throwaway persisted local D1: the token it
 * prints is the only copy (D1 holds its hash), it signs in to the real
 * Worker served from that D1, and its changes are audited (written with
 * their entries or not at all: editor-cli-writes.test.ts).
 */

import { describe, expect, it } from 'vitest';
import { LOCAL_EDITOR, localEditorToken } from '../../scripts/editor';
import { withLocalDb } from '../../scripts/local-db';
import { OPERATOR } from '../../src/auth/editors';
import { TOKEN_PATTERN } from '../../src/auth/token';
import {
  accountHistory,
  editor,
  editorProcess,
  editorsTable,
  scratchDir,
  sha256,
  startWorker,
  useScratchD1,
  type Worker,
} from './editor-cli';

// Fresh, as a new checkout's: the first command, through the script, migrates it.
useScratchD1({ migrated: false });

describe('npm run editor', () => {
  let token = '';

  it('add prints the new token alone on the last line, and stores only its hash', async () => {
    const { lines, code } = await editorProcess('add', 'Alice Example');
    expect(code).toBe(0);
    token = lines.at(-1) ?? '';
    expect(token).toMatch(TOKEN_PATTERN);
    expect(lines.slice(0, -1).join('\n')).not.toContain(token);
    const rows = await editorsTable();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Alice Example', revoked_at: null, role: 'editor', email: null });
    expect(rows[0]?.token_hash).toBe(sha256(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('refuses a second editor of the same name', async () => {
    const { code, stderr } = await editorProcess('add', 'Alice Example');
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
    expect(row?.token_hash).toBe(sha256(fresh));
    expect(row?.revoked_at).toBeNull();
  });

  it('gives npm start a fresh "Local editor" token each time, retiring the last one', async () => {
    const first = await localEditorToken(scratchDir());
    const second = await localEditorToken(scratchDir());
    expect(first).toMatch(TOKEN_PATTERN);
    expect(second).toMatch(TOKEN_PATTERN);
    expect(second).not.toBe(first);
    const local = (await editorsTable()).filter((row) => row.name === LOCAL_EDITOR);
    expect(local).toHaveLength(1);
    expect(local[0]?.token_hash).toBe(sha256(second));
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
    await localEditorToken(scratchDir());
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
      scratchDir(),
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
      const { code, stderr } = await editorProcess(...args);
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
