/**
 * The Worker bundle as Cloudflare receives it (`wrangler deploy --dry-run`),
 * and what esbuild's metafile says about it: which packages take how much
 * of it, and which modules an isolate runs before its first request.
 */

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { wranglerBin, wranglerEnv } from '../scripts/wrangler-cli';

/** The parts of esbuild's metafile read here. */
export type Metafile = {
  inputs: Record<string, { bytes: number; imports: { path: string; kind: string; external?: boolean }[] }>;
  outputs: Record<string, { bytes: number; entryPoint?: string; inputs: Record<string, { bytesInOutput: number }> }>;
};

export type Share = { name: string; bytes: number; share: number };
export type WorkerBundle = { raw: number; gzip: number; shares: Share[] };

const root = fileURLToPath(new URL('..', import.meta.url));

/** The npm package an input belongs to, or null for this repository's own code. */
export function packageOf(input: string): string | null {
  return /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? null;
}

/** Inputs reachable from `entry` by static imports: what runs when an isolate starts. */
export function staticImports(meta: Metafile, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !meta.inputs[file]) return;
    seen.add(file);
    for (const i of meta.inputs[file].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  return [...seen];
}

/** Bytes of the bundle per package (this repository's code as one), largest first. */
export function shares(meta: Metafile): Share[] {
  const output = Object.values(meta.outputs).find((o) => o.entryPoint);
  if (!output) throw new Error('no entry point in the metafile');
  const bytes = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = packageOf(input) ?? 'this repository (src/, widgets/src/)';
    bytes.set(name, (bytes.get(name) ?? 0) + bytesInOutput);
  }
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  return [...bytes].map(([name, b]) => ({ name, bytes: b, share: b / total })).sort((a, b) => b.bytes - a.bytes);
}

/** Builds the Worker as `wrangler deploy` would (into dist/) and measures it. */
export function workerBundle(): WorkerBundle {
  const dist = join(root, 'dist');
  execFileSync(wranglerBin(), ['deploy', '--dry-run', '--outdir', dist, '--metafile', join(dist, 'bundle-meta.json')], {
    cwd: root,
    env: wranglerEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const code = readFileSync(join(dist, 'index.js'));
  const meta = JSON.parse(readFileSync(join(dist, 'bundle-meta.json'), 'utf8')) as Metafile;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, shares: shares(meta) };
}
