/**
 * What the `npm run editor` tests share: the CLI's commands (in this process, or as a reader runs them), against a
 * throwaway persisted local D1 (one per test file, so the files run side by side), what that D1 holds, and the
 * Worker served from it.
 */

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { unstable_startWorker } from 'wrangler';
import { failureMessage, runEditor } from '../../scripts/editor';
import { withLocalDb } from '../../scripts/local-db';
import { wranglerEnv } from '../../scripts/wrangler-cli';
import { OPERATOR } from '../../src/auth/editors';
import { migrateLocalDb } from '../migrate-local-db';

const run = promisify(execFile);
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

let dir = '';

/** The throwaway D1's directory of the file running (each test file has its own). */
export const scratchDir = () => dir;

type Answer = { lines: string[]; code: number; stderr: string };

/**
 * `npm run editor -- …args` on the file's D1, in this process (`runEditor`: the command line's own code, without a
 * process of its own and its imports, about 3 s of each command); its exit code and stderr as the script gives them.
 */
export async function editor(...args: string[]): Promise<Answer> {
  const printed: string[] = [];
  try {
    await runEditor([...args, '--persist-to', dir], (line) => printed.push(line));
    return { lines: printed, code: 0, stderr: '' };
  } catch (error) {
    return { lines: printed, code: 1, stderr: failureMessage(error) };
  }
}

/** The same command as a reader runs it: the script in its own process. */
export async function editorProcess(...args: string[]): Promise<Answer> {
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
export async function editorsTable() {
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
export async function accountHistory(name: string) {
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

export type Worker = Awaited<ReturnType<typeof unstable_startWorker>>;

/** The Worker served from the CLI's D1, as `npm start` serves it. */
export async function startWorker(): Promise<Worker> {
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

/**
 * A throwaway persisted local D1 for the file's tests (scratchDir), removed after them: `migrated`, as a D1 that
 * `npm start` has served, or else as a fresh checkout's, which the first command migrates (through wrangler).
 */
export function useScratchD1({ migrated }: { migrated: boolean }): void {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'editor-cli-'));
    if (migrated) await migrateLocalDb(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
}
