/**
 * Whether the module at `moduleUrl` (its `import.meta.url`) is the script node was asked to run, rather than
 * imported by another. Compared as URLs of the real path: a checkout under a path with a space or a non-ASCII
 * letter has it percent-encoded in `import.meta.url` and raw in `process.argv`, and one reached through a symlink
 * has its real path in `import.meta.url`; such a script did nothing and exited 0.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function runAsMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return moduleUrl === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}
