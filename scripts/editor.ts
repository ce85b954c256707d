/**
 * Editors and their tokens, from the command line:
 *
 *   npm run editor -- add "Name" [--role editor|desk|admin] [--email ADDRESS]
 *                                     create an editor (role `editor` unless given); prints the token alone on the last line
 *   npm run editor -- set "Name" [--role ROLE] [--email ADDRESS|""]
 *                                     change an editor's role or single sign-on e-mail ("" removes it)
 *   npm run editor -- rotate "Name" [--restore]
 *                                     a new token for an editor (the old one stops working); a revoked
 *                                     editor only with --restore, which gives them their access back
 *   npm run editor -- revoke "Name"   the editor's token stops working
 *   npm run editor -- list
 *
 * Against the local D1 by default (the one `npm start` serves; `--persist-to
 * DIR` for another), or the deployed one with `--remote` (through `wrangler
 * d1 execute --remote`, so `wrangler login` first). A token is shown once:
 * only its SHA-256 is stored. Each change is audited under `OPERATOR` (the
 * entity `editor`, as the API's are), save the rotation `npm start` makes of
 * its own local editor's token.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { EDITOR_ROLES, type EditorRole } from '../shared/contract/enums';
import { normalEmail } from '../src/auth/access';
import { newEditor, OPERATOR } from '../src/auth/editors';
import { generateToken, hashToken } from '../src/auth/token';
import { runAsMain } from './run-as-main';
import { wranglerBin, wranglerEnv } from './wrangler-cli';

type Row = Record<string, unknown>;
type Statement = [sql: string, params: unknown[]];
/** Where the editors table is: the same statements run locally or remotely. */
type Store = {
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `statements` together: a change to an account and its audit entry are written both or neither. */
  batch(statements: Statement[]): Promise<void>;
};

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

export class UsageError extends Error {}

type Profile = { role?: EditorRole; email?: string | null };

/** What the history records of an account, as the API's entries do: never its token's hash. */
type Audited = { name: string; role: string; email: string | null; revokedAt: string | null };

/** The CLI's changes are audited under OPERATOR (src/auth/editors.ts), which no command changes. */
function assertNotOperator(name: string): void {
  if (name === OPERATOR.name)
    throw new UsageError(`"${OPERATOR.name}" records the command line's changes; it is not an editor to change.`);
}

async function accountOf(store: Store, name: string): Promise<(Audited & { id: string }) | undefined> {
  assertNotOperator(name);
  const [row] = await store.all('SELECT id, name, role, email, revoked_at FROM editors WHERE name = ?', [name]);
  if (!row) return undefined;
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: String(row.id),
    name: String(row.name),
    role: String(row.role),
    email: text(row.email),
    revokedAt: text(row.revoked_at),
  };
}

/**
 * A change to `name`'s account and the entry recording it, from `before` to
 * the account as the change leaves it (read in SQL after the change, in the
 * same batch, with Audited's keys in its order), written together: a change
 * whose entry failed was made unrecorded. The change names the account as
 * `before` read it; changed meanwhile (another operator's command), it
 * changes no row, the entry then fails on purpose and nothing is written.
 */
async function changeAudited(
  store: Store,
  name: string,
  change: Statement[],
  audit: { action: string; before: Audited | null } | null,
): Promise<void> {
  if (!audit) return store.batch(change);
  try {
    await store.batch([
      [
        `INSERT OR IGNORE INTO editors (id, name, token_hash, role, revoked_at) VALUES (?, ?, ?, 'editor', ${NOW})`,
        [OPERATOR.id, OPERATOR.name, 'none: no token hashes to this'],
      ],
      ...change,
      [
        `INSERT INTO audit_entries (editor_id, at, action, entity_type, entity_id, before, after)
         SELECT ?, ${NOW}, CASE WHEN changes() = 1 THEN ? END, 'editor', id, ?,
           json_object('name', name, 'role', role, 'email', email, 'revokedAt', revoked_at)
         FROM editors WHERE name = ?`,
        [OPERATOR.id, audit.action, audit.before === null ? null : JSON.stringify(audit.before), name],
      ],
    ]);
  } catch (error) {
    if (
      !String(error instanceof Error ? `${error.message} ${error.cause ?? ''}` : error).includes('audit_entries.action')
    )
      throw error;
    throw new UsageError(`"${name}" was changed meanwhile (another command?); nothing was written. Run it again.`);
  }
}

const auditedOf = (account: (Audited & { id: string }) | undefined): Audited | null => {
  if (!account) return null;
  const { id: _, ...audited } = account;
  return audited;
};

export async function addEditor(store: Store, name: string, profile: Profile = {}): Promise<string> {
  assertNotOperator(name);
  const [existing] = await store.all('SELECT id FROM editors WHERE name = ?', [name]);
  if (existing) throw new UsageError(`An editor named "${name}" exists; use rotate for a new token.`);
  await assertEmailFree(store, profile.email, name);
  const { token, row } = await newEditor({ name, ...profile });
  await changeAudited(
    store,
    name,
    [
      [
        'INSERT INTO editors (id, name, token_hash, email, role) VALUES (?, ?, ?, ?, ?)',
        [row.id, row.name, row.tokenHash, row.email, row.role],
      ],
    ],
    { action: 'create', before: null },
  );
  return token;
}

/** Changes an editor's role or e-mail (an empty e-mail removes it). */
export async function setEditor(store: Store, name: string, profile: Profile): Promise<void> {
  const existing = await accountOf(store, name);
  if (!existing) throw new UsageError(`No editor named "${name}".`);
  const role = profile.role ?? existing.role;
  let email = existing.email;
  if (profile.email !== undefined) {
    await assertEmailFree(store, profile.email, name);
    email = profile.email ? normalEmail(profile.email) : null;
  }
  if (role === existing.role && email === existing.email) return;
  const statement = 'UPDATE editors SET role = ?, email = ? WHERE name = ? AND role = ? AND email IS ?';
  await changeAudited(store, name, [[statement, [role, email, name, existing.role, existing.email]]], {
    action: 'update',
    before: auditedOf(existing),
  });
}

async function assertEmailFree(store: Store, email: string | null | undefined, name: string): Promise<void> {
  if (!email) return;
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError(`"${email}" is not an e-mail address.`);
  const [taken] = await store.all('SELECT name FROM editors WHERE email = ? AND name <> ?', [normalEmail(email), name]);
  if (taken) throw new UsageError(`${email} is already ${taken.name}'s e-mail.`);
}

/** A new token; for a revoked editor only when `restore` says to give their access back (no quiet reinstatement). */
export async function rotateEditor(
  store: Store,
  name: string,
  { restore = false, audited = true } = {},
): Promise<string> {
  const existing = await accountOf(store, name);
  if (!existing) throw new UsageError(`No editor named "${name}".`);
  if (existing.revokedAt && !restore) {
    throw new UsageError(
      `"${name}" is revoked. To give them their access back with a new token: npm run editor -- rotate "${name}" --restore`,
    );
  }
  const token = generateToken();
  // A new token is a new way in as that editor: recorded even where nothing else changed.
  await changeAudited(
    store,
    name,
    [['UPDATE editors SET token_hash = ?, revoked_at = NULL WHERE name = ?', [await hashToken(token), name]]],
    audited ? { action: 'token-rotated', before: auditedOf(existing) } : null,
  );
  return token;
}

export async function revokeEditor(store: Store, name: string): Promise<void> {
  const existing = await accountOf(store, name);
  if (!existing) throw new UsageError(`No editor named "${name}".`);
  if (existing.revokedAt) return;
  await changeAudited(
    store,
    name,
    [[`UPDATE editors SET revoked_at = ${NOW} WHERE name = ? AND revoked_at IS NULL`, [name]]],
    {
      action: 'update',
      before: auditedOf(existing),
    },
  );
}

export async function listEditors(store: Store): Promise<string[]> {
  const rows = await store.all(
    'SELECT name, id, role, email, created_at, revoked_at FROM editors ORDER BY created_at, name',
  );
  if (rows.length === 0) return ['No editors: nobody can use the admin API.'];
  return rows.map(
    (r) =>
      `${r.revoked_at ? 'revoked' : 'active '}  ${r.name}  ${r.role}${r.email ? `  <${r.email}>` : ''}  (${r.id}, added ${r.created_at})`,
  );
}

export const LOCAL_EDITOR = 'Local editor';

/**
 * The token `npm start` prints. Only hashes are stored, so a token cannot be
 * shown again: each start gives the "Local editor" a fresh one (creating the
 * editor the first time), and the previous local token stops working. The
 * local editor is an admin: on your own machine you may do everything.
 */
export function localEditorToken(persistTo?: string): Promise<string> {
  return localStore(
    persistTo,
    async (store) => {
      const [existing] = await store.all('SELECT id FROM editors WHERE name = ?', [LOCAL_EDITOR]);
      if (!existing) return addEditor(store, LOCAL_EDITOR, { role: 'admin' });
      await setEditor(store, LOCAL_EDITOR, { role: 'admin' });
      // Every start rotates it, on this machine only: an entry per start would bury the history it is tried on.
      return rotateEditor(store, LOCAL_EDITOR, { restore: true, audited: false });
    },
    { migrated: true },
  );
}

/**
 * The local D1 through wrangler's platform proxy. Migrations are applied
 * only when the editors table is missing (a fresh checkout): applying them
 * costs a wrangler run on every call otherwise.
 */
export async function localStore<T>(
  persistTo: string | undefined,
  work: (store: Store) => Promise<T>,
  options: { migrated?: boolean } = {},
): Promise<T> {
  const { applyMigrations, withLocalDb } = await import('./local-db');
  const open = () =>
    withLocalDb(async (d1) => {
      const table = await d1.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'editors'").first();
      if (!table) return { missing: true as const };
      return {
        missing: false as const,
        value: await work({
          all: async (sql, params = []) =>
            (
              await d1
                .prepare(sql)
                .bind(...params)
                .all<Row>()
            ).results,
          batch: async (statements) => {
            await d1.batch(statements.map(([sql, params]) => d1.prepare(sql).bind(...params)));
          },
        }),
      };
    }, persistTo);
  if (!options.migrated) {
    const first = await open();
    if (!first.missing) return first.value;
    applyMigrations(persistTo);
  }
  const result = await open();
  if (result.missing) throw new Error('The local D1 has no editors table even after migrating.');
  return result.value;
}

/** SQL literals for `wrangler d1 execute --command`, which takes no bound parameters. */
function inline(sql: string, params: unknown[]): string {
  let i = 0;
  return sql.replace(/\?/g, () => {
    const value = params[i++];
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number') return String(value);
    return `'${String(value).replaceAll("'", "''")}'`;
  });
}

/**
 * A D1 reached through `wrangler d1 execute DB <target>`: `--remote` for the
 * deployed one. The tests run the same path with `--local`, whose output is
 * the same JSON.
 */
export function wranglerStore(target: string[]): Store {
  const execute = (command: string) => {
    const out = execFileSync(wranglerBin(), ['d1', 'execute', 'DB', ...target, '--json', '--command', command], {
      encoding: 'utf8',
      env: wranglerEnv({ prompts: true }),
    });
    const results = JSON.parse(out) as { results: Row[] }[];
    return results.flatMap((r) => r.results);
  };
  return {
    all: async (sql, params = []) => execute(inline(sql, params)),
    // One command, one request: the local D1 runs it as one unit, rolled back whole when a statement fails
    // (tests/node/editor-cli.test.ts); that the deployed D1 does the same with --remote is not tested here.
    batch: async (statements) => {
      execute(statements.map(([sql, params]) => inline(sql, params)).join(';\n'));
    },
  };
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      remote: { type: 'boolean', default: false },
      'persist-to': { type: 'string' },
      role: { type: 'string' },
      email: { type: 'string' },
      restore: { type: 'boolean', default: false },
    },
  });
  const role = values.role;
  if (role !== undefined && !(EDITOR_ROLES as readonly string[]).includes(role)) {
    throw new UsageError(`--role is one of ${EDITOR_ROLES.join(', ')}.`);
  }
  const profile: Profile = {
    ...(role === undefined ? {} : { role: role as EditorRole }),
    ...(values.email === undefined ? {} : { email: values.email.trim() || null }),
  };
  const [command, name] = positionals;
  const withStore = <T>(work: (store: Store) => Promise<T>) =>
    values.remote ? work(wranglerStore(['--remote'])) : localStore(values['persist-to'], work);
  const needName = () => {
    if (!name?.trim()) throw new UsageError(`Usage: npm run editor -- ${command} "Name"`);
    return name.trim();
  };
  switch (command) {
    case 'add':
    case 'rotate': {
      const editor = needName();
      const token = await withStore((store) =>
        command === 'add'
          ? addEditor(store, editor, profile)
          : rotateEditor(store, editor, { restore: values.restore }),
      );
      const done =
        command === 'add' ? 'added' : values.restore ? 'has a new token (and access, if revoked)' : 'has a new token';
      console.log(`Editor "${editor}" ${done}. Shown once, store it now:`);
      console.log(token);
      return;
    }
    case 'set': {
      const editor = needName();
      if (profile.role === undefined && profile.email === undefined) {
        throw new UsageError('Usage: npm run editor -- set "Name" --role ROLE and/or --email ADDRESS');
      }
      await withStore((store) => setEditor(store, editor, profile));
      console.log(`Editor "${editor}" updated.`);
      return;
    }
    case 'revoke': {
      const editor = needName();
      await withStore((store) => revokeEditor(store, editor));
      console.log(`Editor "${editor}" revoked: the token no longer works.`);
      return;
    }
    case 'list':
      for (const line of await withStore(listEditors)) console.log(line);
      return;
    default:
      throw new UsageError(
        'Usage: npm run editor -- add "Name" [--role editor|desk|admin] [--email ADDRESS] | set "Name" [--role ROLE] [--email ADDRESS] | rotate "Name" [--restore] | revoke "Name" | list  [--remote | --persist-to DIR]',
      );
  }
}

if (runAsMain(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof UsageError ? error.message : error);
    process.exit(1);
  });
}
