/**
 * The Worker bundle as `wrangler deploy --dry-run` builds it: its size, what
 * an isolate runs when it starts, and what it ships. The start-up graph is
 * read from esbuild's metafile: the modules reachable from the entry by
 * static imports run before the first request; everything behind an
 * `import()` waits for a request that needs it (src/http/lazy.ts).
 */

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Metafile, packageOf, staticImports } from '../../bench/bundle';
import { wranglerBin, wranglerEnv } from '../../scripts/wrangler-cli';
import { FAULT_INJECTOR_MARK } from '../../soak/fault-injector';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = await mkdtemp(join(tmpdir(), 'worker-bundle-'));
afterAll(() => rm(outdir, { recursive: true, force: true }));

/** SPEC §7: the Worker bundle from `wrangler deploy --dry-run` stays under 250 KB gzip. */
const BUDGET_GZIP_BYTES = 250 * 1024;

let bundle: Buffer;
let meta: Metafile;

beforeAll(async () => {
  execFileSync(wranglerBin(), ['deploy', '--dry-run', '--outdir', outdir, '--metafile', join(outdir, 'meta.json')], {
    cwd: root,
    env: wranglerEnv(),
    stdio: 'pipe',
  });
  bundle = await readFile(join(outdir, 'index.js'));
  meta = JSON.parse(await readFile(join(outdir, 'meta.json'), 'utf8'));
}, 120_000);

/** Every input that made it into the bundle. */
const shipped = () => Object.keys(Object.values(meta.outputs).find((o) => o.entryPoint)?.inputs ?? {});

describe('the Worker bundle', () => {
  it('builds with wrangler deploy --dry-run within its size budget', () => {
    const gzip = gzipSync(bundle, { level: 9 }).length;
    console.log(`Worker bundle: ${(bundle.length / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`);
    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('never holds the soak’s fault injector (tests/node/soak.test.ts shows the soak’s own bundle does)', async () => {
    expect(await readFile(join(outdir, 'index.js'), 'utf8')).not.toContain(FAULT_INJECTOR_MARK);
  });

  it('starts an isolate with Hono and the app’s middleware only: no zod, Drizzle, schemas or routes', () => {
    const startup = staticImports(meta, 'src/index.ts');
    const packages = new Set(startup.map(packageOf).filter((p) => p !== null));
    expect([...packages]).toEqual(['hono']);
    const ours = startup.filter((f) => packageOf(f) === null);
    // The router table is there (its loaders are closures); no router or table is, and no contract schema (they
    // are zod, which is not among the packages above: only the contract's plain lists and paths may be).
    expect(ours).toContain('src/routes/routers.ts');
    expect(ours.filter((f) => /^src\/(routes\/[^/]+\/|db\/(schema|queries|writes|seed\/story))/.test(f))).toEqual([]);
  });

  it('presents records without zod: no presenter reaches it by a static import', () => {
    const presenters = Object.keys(meta.inputs).filter((f) => f.startsWith('src/presenters/'));
    expect(presenters.length).toBeGreaterThanOrEqual(4);
    for (const presenter of presenters) {
      const packages = new Set(staticImports(meta, presenter).map(packageOf));
      expect([presenter, [...packages].filter((p) => p?.includes('zod'))]).toEqual([presenter, []]);
    }
  });

  it('serves the public reads without zod: their routers reach it only behind an import() (the contract)', () => {
    for (const router of ['articles', 'incidents', 'ceasefires', 'oembed', 'embed', 'record']) {
      const index = `src/routes/${router}/${router}.index.ts`;
      const graph = staticImports(meta, index);
      expect(graph, index).toContain(index);
      const packages = new Set(graph.map(packageOf));
      expect([index, [...packages].filter((p) => p?.includes('zod'))]).toEqual([index, []]);
      const contracts = graph.filter((f) => /^src\/contract\/(?!checks|enums)|\.routes\.ts$/.test(f));
      expect([index, contracts]).toEqual([index, []]);
    }
  });

  it('reads a story without Drizzle: the incident, ceasefire, embed, oEmbed and record routers reach neither it nor the schema', () => {
    for (const router of ['incidents', 'ceasefires', 'embed', 'oembed', 'record']) {
      const index = `src/routes/${router}/${router}.index.ts`;
      const graph = staticImports(meta, index);
      expect(graph, index).toContain('src/db/compiled/public-reads.ts');
      const drizzle = graph.filter((f) => packageOf(f)?.startsWith('drizzle-orm') || f === 'src/db/schema.ts');
      expect([index, drizzle]).toEqual([index, []]);
    }
  });

  it('is Latin-1 text, so an isolate holds its source as one byte a character, not two', () => {
    // One character past U+00FF (a literal "’" in a regular expression or a template) makes V8 keep the whole
    // script as a two-byte string: 1.4 MB of every isolate's heap instead of 0.7 (bench/README.md). Write it
    // escaped (\u2019 in code, &rsquo; in markup); esbuild escapes it in plain strings itself.
    const text = bundle.toString('utf8');
    const wide = [...new Set([...text].filter((c) => (c.codePointAt(0) ?? 0) > 0xff))];
    expect(wide).toEqual([]);
  });

  it('still ships every router, behind an import()', () => {
    const lazy = Object.values(meta.inputs)
      .flatMap((input) => input.imports)
      .filter((i) => i.kind === 'dynamic-import')
      .map((i) => i.path);
    for (const router of [
      'health',
      'articles',
      'incidents',
      'ceasefires',
      'oembed',
      'embed',
      'docs',
      'demo',
      'admin',
    ]) {
      expect(lazy, router).toContain(`src/routes/${router}/${router}.index.ts`);
    }
    expect(lazy).toContain('src/routes/openapi/openapi.index.ts');
    // The images' router, which src/app.ts mounts itself (it is made with the app's fetch).
    expect(lazy).toContain('src/routes/embed/image.index.ts');
  });

  it('ships nothing the Worker never runs: no seed story, scripts, tests, or zod locale but English', () => {
    const files = shipped();
    expect(files.filter((f) => /^(scripts|tests|bench)\/|^src\/db\/seed\/(story|article-body)/.test(f))).toEqual([]);
    expect(files.filter((f) => f.includes('zod/v4/locales/'))).toEqual(['node_modules/zod/v4/locales/en.js']);
  });
});
