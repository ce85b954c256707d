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
 *   npm run editor -- revoke "Name"   the editor's token stops working, for good (a new one only from
 *                                     rotate), and the changes they have held for review are rejected
 *   npm run editor -- list
 *
 * A name with spaces goes in quotes: a word too many, or an option the
 * command does not take, is refused, never ignored.
 *
 * Against the local D1 by default (the one `npm start` serves; `--persist-to
 * DIR` for another), or the deployed one with `--remote` (through `wrangler
 * d1 execute --remote`, so `wrangler login` first). A token is shown once:
 * only its SHA-256 is stored. Each change is audited under `OPERATOR` (the
 * entity `editor`, as the API's are), save the rotation `npm start` makes of
 * its own local editor's token.
 */
import { execFileSync } from 'node:child_process';
import { inspect, parseArgs } from 'node:util';
import type { D1Database } from '@cloudflare/workers-types';
import { eq, sql } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import { EDITOR_ROLES, type EditorRole } from '../shared/contract/enums';
import { normalEmail } from '../src/auth/access';
import { ACCOUNT_REVOKED, newEditor, OPERATOR } from '../src/auth/editors';
import { generateToken, hashToken, unusableTokenHash } from '../src/auth/token';
import { database } from '../src/db/client';
import { editors, pendingChanges } from '../src/db/schema';
import { rejections } from '../src/db/writes/review';
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
/** The operator's `token_hash`: not a hash at all, so no token can match it. */
const OPERATOR_HASH = 'none: no token hashes to this';

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
        [OPERATOR.id, OPERATOR.name, OPERATOR_HASH],
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
  // A new token is a new way in as that editor: recorded even where nothing else changed. Made on the account as
  // read (its role, e-mail, and active or revoked at the instant read, for --restore): changed, revoked or restored
  // meanwhile, it changes no row and the entry fails (changeAudited), where it would undo an admin's revocation and
  // record a `before` no longer so.
  // Restoring rejects what the account still has held, as revoking does (rejectionsOf).
  await changeAudited(
    store,
    name,
    [
      ...(existing.revokedAt ? rejectionsOf(name) : []),
      [
        'UPDATE editors SET token_hash = ?, revoked_at = NULL WHERE name = ? AND role = ? AND email IS ? AND revoked_at IS ?',
        [await hashToken(token), name, existing.role, existing.email, existing.revokedAt],
      ],
    ],
    audited ? { action: 'token-rotated', before: auditedOf(existing) } : null,
  );
  return token;
}

/**
 * Revoking also replaces the token's hash with one no token has (unusableTokenHash), so a later `rotate --restore`
 * or an admin's restore through the API never brings the old, perhaps leaked, token back; and it rejects the changes
 * the account has held for review, in the same batch, as the API's revocation does.
 */
export async function revokeEditor(store: Store, name: string): Promise<void> {
  const existing = await accountOf(store, name);
  if (!existing) throw new UsageError(`No editor named "${name}".`);
  if (existing.revokedAt) return;
  await changeAudited(
    store,
    name,
    [
      ...rejectionsOf(name),
      [
        `UPDATE editors SET revoked_at = ${NOW}, token_hash = ? WHERE name = ? AND revoked_at IS NULL`,
        [await unusableTokenHash(), name],
      ],
    ],
    {
      action: 'update',
      before: auditedOf(existing),
    },
  );
}

/**
 * Rejects every change `name`'s account has held for review, under OPERATOR, as the API rejects one
 * (src/db/writes/review.ts, `rejections`, whose statements these are). All of them at once, in the account's batch:
 * none held before the batch is left pending, and a revoked account holds no new one (review.ts). The account's own
 * update must follow, last, for changeAudited's guard.
 */
function rejectionsOf(name: string): Statement[] {
  // Only writing SQL: the binding is never called.
  const db = database({} as D1Database);
  const proposer = db.select({ id: editors.id }).from(editors).where(eq(editors.name, name));
  const dialect = new SQLiteAsyncDialect();
  return [
    [
      `INSERT OR IGNORE INTO editors (id, name, token_hash, role, revoked_at) VALUES (?, ?, ?, 'editor', ${NOW})`,
      [OPERATOR.id, OPERATOR.name, OPERATOR_HASH],
    ],
    ...rejections(db, eq(pendingChanges.proposedBy, proposer), OPERATOR, ACCOUNT_REVOKED, sql.raw(NOW)).map(
      (statement): Statement => {
        const { sql: text, params } = dialect.sqlToQuery(statement.getSQL());
        return [text, params];
      },
    ),
  ];
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
 * The local D1, opened as `wrangler d1 execute --local` opens it (local-db.ts). Migrations are applied
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

/** Each command's arguments: a name or none, and the options that apply to it (--remote or --persist-to to all). */
const COMMANDS = {
  add: { name: true, options: ['role', 'email'], usage: 'add "Name" [--role editor|desk|admin] [--email ADDRESS]' },
  set: { name: true, options: ['role', 'email'], usage: 'set "Name" [--role ROLE] [--email ADDRESS]' },
  rotate: { name: true, options: ['restore'], usage: 'rotate "Name" [--restore]' },
  revoke: { name: true, options: [], usage: 'revoke "Name"' },
  list: { name: false, options: [], usage: 'list' },
} as const satisfies Record<string, { name: boolean; options: readonly string[]; usage: string }>;
type Command = keyof typeof COMMANDS;

const USAGE = `Usage: npm run editor -- ${Object.values(COMMANDS)
  .map((c) => c.usage)
  .join(' | ')}  [--remote | --persist-to DIR]`;

/**
 * The command line as asked, or a UsageError. Nothing is dropped: a word too many is refused rather than ignored
 * (`revoke Jane Editor` would otherwise revoke "Jane"), and so is an option the command does not take (`revoke
 * --role admin` changes no role), and a store named twice (`--remote` with `--persist-to`).
 */
function parseCommand(argv: string[]) {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    // node:util's own words (an unknown option, a missing value), with the usage.
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { positionals, values } = parsed;
  const [given, ...names] = positionals;
  if (given === undefined || !Object.hasOwn(COMMANDS, given)) throw new UsageError(USAGE);
  const command = given as Command;
  const spec = COMMANDS[command];
  const usage = `Usage: npm run editor -- ${spec.usage}`;
  if (spec.name && !names[0]?.trim()) throw new UsageError(usage);
  if (names.length > (spec.name ? 1 : 0)) {
    const quoted = names.map((n) => `"${n}"`).join(', ');
    throw new UsageError(
      spec.name
        ? `${command} takes one name, and was given ${names.length}: ${quoted}. A name with spaces goes in quotes: npm run editor -- ${command} "${names.join(' ')}"`
        : `${command} takes no name, and was given ${quoted}. ${usage}`,
    );
  }
  // Every option a command may be given, but where the database is (which every command takes).
  const options: readonly string[] = spec.options;
  for (const [option, value] of Object.entries(values)) {
    if (option === 'remote' || option === 'persist-to' || value === undefined) continue;
    if (!options.includes(option)) throw new UsageError(`--${option} does not apply to ${command}. ${usage}`);
  }
  if (values.remote && values['persist-to'] !== undefined) {
    throw new UsageError(
      '--remote (the deployed D1) and --persist-to (a local one) name two different databases: give one.',
    );
  }
  const role = values.role;
  if (role !== undefined && !(EDITOR_ROLES as readonly string[]).includes(role)) {
    throw new UsageError(`--role is one of ${EDITOR_ROLES.join(', ')}.`);
  }
  const profile: Profile = {
    ...(role === undefined ? {} : { role: role as EditorRole }),
    ...(values.email === undefined ? {} : { email: values.email.trim() || null }),
  };
  return {
    command,
    name: names[0]?.trim() ?? '',
    profile,
    restore: values.restore === true,
    remote: values.remote === true,
    persistTo: values['persist-to'],
  };
}

/** No defaults: an option is known to be given only if it is in `values`. */
function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      remote: { type: 'boolean' },
      'persist-to': { type: 'string' },
      role: { type: 'string' },
      email: { type: 'string' },
      restore: { type: 'boolean' },
    },
  });
}

/**
 * One command, as `npm run editor -- …argv` runs it: each line it prints goes to `print`; a refusal or a failure is
 * thrown (`failureMessage` says it as the command line does). The tests run most commands through this, in their own
 * process (about 1 s a command), and a few as a reader does, through the script (about 4 s: a process, its imports and
 * Miniflare's).
 */
export async function runEditor(argv: string[], print: (line: string) => void): Promise<void> {
  const { command, name: editor, profile, restore, remote, persistTo } = parseCommand(argv);
  const withStore = <T>(work: (store: Store) => Promise<T>) =>
    remote ? work(wranglerStore(['--remote'])) : localStore(persistTo, work);
  switch (command) {
    case 'add':
    case 'rotate': {
      const token = await withStore((store) =>
        command === 'add' ? addEditor(store, editor, profile) : rotateEditor(store, editor, { restore }),
      );
      const done =
        command === 'add' ? 'added' : restore ? 'has a new token (and access, if revoked)' : 'has a new token';
      print(`Editor "${editor}" ${done}. Shown once, store it now:`);
      print(token);
      return;
    }
    case 'set': {
      if (profile.role === undefined && profile.email === undefined) {
        throw new UsageError('Usage: npm run editor -- set "Name" --role ROLE and/or --email ADDRESS');
      }
      await withStore((store) => setEditor(store, editor, profile));
      print(`Editor "${editor}" updated.`);
      return;
    }
    case 'revoke': {
      await withStore((store) => revokeEditor(store, editor));
      print(
        `Editor "${editor}" revoked: the token no longer works, and the changes they had held for review are rejected.`,
      );
      return;
    }
    case 'list':
      for (const line of await withStore(listEditors)) print(line);
      return;
  }
}

/** What the command line says of a command that threw: a refusal in its own words, anything else as node shows it. */
export function failureMessage(error: unknown): string {
  return error instanceof UsageError ? error.message : inspect(error);
}

if (runAsMain(import.meta.url)) {
  runEditor(process.argv.slice(2), (line) => console.log(line)).catch((error) => {
    console.error(failureMessage(error));
    process.exit(1);
  });
}
