/**
 * Start-up CPU as `wrangler check startup` measures it: the Worker's
 * bundle is loaded into a local workerd under the inspector and profiled
 * until its module scope has run; "Active" is the sampled time not idle.
 * The profile samples wall-clock ticks, so on a busy machine a run can
 * read several times its true cost: each Worker is built once and profiled
 * `runs` times, interleaved with the others, and the median is reported.
 */

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wranglerBin, wranglerEnv } from '../scripts/wrangler-cli';
import { median } from './stats';

const root = fileURLToPath(new URL('..', import.meta.url));

export type StartupResult = { label: string; activeMs: number[]; medianMs: number };

function run(args: string[]): string {
  return execFileSync(wranglerBin(), args, {
    cwd: root,
    encoding: 'utf8',
    env: wranglerEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** wrangler gives up on a profile after 10 s, which a machine busy enough can take: try again, twice. */
function retried(work: () => string): string {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return work();
    } catch (error) {
      if (attempt === 3 || !/timed out/.test(String((error as { stderr?: unknown }).stderr ?? error))) throw error;
    }
  }
}

/** Active start-up CPU of each Worker (by its wrangler config), `runs` times each, interleaved. */
export function startupCpu(workers: { label: string; config: string }[], runs: number): StartupResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'startup-'));
  try {
    const bundles = workers.map((w, i) => {
      const bundle = join(dir, `${i}.bundle`);
      run(['deploy', '--dry-run', '-c', w.config, `--outfile=${bundle}`]);
      return bundle;
    });
    const active = workers.map((): number[] => []);
    for (let r = 0; r < runs; r += 1) {
      workers.forEach((w, i) => {
        const out = retried(() =>
          run([
            'check',
            'startup',
            '-c',
            w.config,
            '--worker',
            bundles[i] as string,
            '--outfile',
            join(dir, `${i}.cpuprofile`),
          ]),
        );
        const match = /Active:\s*([\d.]+)\s*ms/.exec(out);
        if (!match?.[1]) throw new Error(`no "Active" figure in wrangler check startup's output:\n${out}`);
        active[i]?.push(Number(match[1]));
      });
    }
    return workers.map((w, i) => ({ label: w.label, activeMs: active[i] ?? [], medianMs: median(active[i] ?? []) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
