/**
 * The scripts' test of whether they were run or imported (scripts/run-as-main.ts), from a directory whose path
 * has a space and a non-ASCII letter, and through a symlink: where `npm run editor` and the `--check` steps of
 * `npm run check` did nothing and exited 0.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const RUN_AS_MAIN = pathToFileURL(fileURLToPath(new URL('../../scripts/run-as-main.ts', import.meta.url))).href;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'news desk é-'));
  const probe = `import { runAsMain } from ${JSON.stringify(RUN_AS_MAIN)};\nconsole.log(runAsMain(import.meta.url));\n`;
  await writeFile(join(dir, 'probe.ts'), probe);
  await writeFile(join(dir, 'imports-probe.ts'), "import './probe.ts';\n");
  await symlink(dir, `${dir} link`);
});
afterAll(async () => {
  await rm(`${dir} link`, { force: true });
  await rm(dir, { recursive: true, force: true });
});

const output = async (script: string) => (await run(TSX, [script])).stdout.trim();

describe('runAsMain', () => {
  it('is true for the script run, under a path with a space and an accent, and through a symlink', async () => {
    expect(await output(join(dir, 'probe.ts'))).toBe('true');
    expect(await output(join(`${dir} link`, 'probe.ts'))).toBe('true');
  });

  it('is false for a module the script imports', async () => {
    expect(await output(join(dir, 'imports-probe.ts'))).toBe('false');
  });
});
