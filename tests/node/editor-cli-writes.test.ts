/**
 * `npm run editor`'s writes: an account's change and its audit entry are written together or not at all, a change
 * made by another command between a command's read and its write is never undone or passed off as its own, and the
 * `--remote` path (`wrangler d1 execute`) runs the same statements. Beside tests/node/editor-cli.test.ts, on a D1 of
 * its own, so the two files run side by side.
 */

import { describe, expect, it } from 'vitest';
import { addEditor, listEditors, localStore, revokeEditor, rotateEditor, wranglerStore } from '../../scripts/editor';
import { withLocalDb } from '../../scripts/local-db';
import { TOKEN_PATTERN } from '../../src/auth/token';
import { accountHistory, editor, editorsTable, scratchDir, sha256, useScratchD1 } from './editor-cli';

// As a D1 `npm start` has served: migrated.
useScratchD1({ migrated: true });

type Store = Parameters<typeof revokeEditor>[0];

/** `store` with another command's `sql` landing just before each of its batches, after its reads: the race, made certain. */
const racedBy = (store: Store, sql: string): Store => ({
  all: store.all,
  batch: async (statements) => {
    await store.batch([[sql, []]]);
    return store.batch(statements);
  },
});

describe('npm run editor, writing', () => {
  it('runs the same statements through wrangler d1 execute (the --remote path), quoting names safely', async () => {
    // `--local` takes the path `--remote` takes, minus the network: SQL inlined into `--command`.
    const store = wranglerStore(['--local', '--persist-to', scratchDir()]);
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
    const refuse = (sql: string) => withLocalDb((d1) => d1.prepare(sql).run(), scratchDir());
    // The database itself refuses the entry, as a full disk or a constraint would.
    await refuse(
      `CREATE TRIGGER refuse_editor_entries BEFORE INSERT ON audit_entries WHEN NEW.entity_type = 'editor'
       BEGIN SELECT RAISE(ABORT, 'audit refused'); END`,
    );
    try {
      const viaCli = await editor('revoke', 'Unrecorded');
      expect(viaCli.code).not.toBe(0);
      await expect(
        revokeEditor(wranglerStore(['--local', '--persist-to', scratchDir()]), 'Unrecorded'),
      ).rejects.toThrow();
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
      scratchDir(),
      async (store) => {
        // Another operator's revocation lands just before this one's batch: the race, made certain.
        await expect(revokeEditor(racedBy(store, revokedMeanwhile), 'Raced')).rejects.toThrow(/changed meanwhile/);
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
      scratchDir(),
      async (store) => {
        // An admin's revocation, which a rotation read as active must not undo…
        const revoked = "UPDATE editors SET revoked_at = '2026-01-01T00:00:00.000Z' WHERE name = 'Rotated'";
        await expect(rotateEditor(racedBy(store, revoked), 'Rotated')).rejects.toThrow(/changed meanwhile/);
        // …and, with --restore, a revocation other than the one it read (restored and revoked again meanwhile).
        const again = "UPDATE editors SET revoked_at = '2026-02-02T00:00:00.000Z' WHERE name = 'Rerevoked'";
        await expect(rotateEditor(racedBy(store, again), 'Rerevoked', { restore: true })).rejects.toThrow(
          /changed meanwhile/,
        );
        // …and another role given meanwhile, which its entry's `before` would otherwise pass off as the rotation's.
        const promoted = "UPDATE editors SET role = 'desk' WHERE name = 'Promoted'";
        await expect(rotateEditor(racedBy(store, promoted), 'Promoted')).rejects.toThrow(/changed meanwhile/);
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
});
