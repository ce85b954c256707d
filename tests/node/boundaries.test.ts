/**
 * Who may import whom (ARCHITECTURE.md), as `npm run check` enforces it:
 * biome.jsonc's `noRestrictedImports` rules, run by the real Biome with the
 * real configuration over files placed where a careless import would sit.
 * Each crossing must be reported, and each allowed import must not be, so
 * a rule that stops matching (a renamed folder, a loosened pattern) fails
 * here rather than letting zod into a reader's bundle unnoticed.
 */

import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'boundaries-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A file of the tree, by path, and the import it makes. */
type Probe = { path: string; source: string };

const crossings: Record<string, Probe> = {
  'the Worker importing a widget module': {
    path: 'src/embed/probe.ts',
    source: "import { defineOnce } from '../../widgets/src/shared/define';\nexport const probe = defineOnce;\n",
  },
  'the Worker importing a widget type': {
    path: 'src/routes/probe.ts',
    source: "import type { Scheme } from '../../widgets/src/shared/theme';\nexport type Probe = Scheme;\n",
  },
  'a widget importing the Worker': {
    path: 'widgets/src/admin/probe.ts',
    source: "import { publicCacheControl } from '../../../src/http/cache';\nexport const probe = publicCacheControl;\n",
  },
  'a widget importing a Worker type': {
    path: 'widgets/src/shared/probe.ts',
    source: "import type { AppEnv } from '../../../src/env';\nexport type Probe = AppEnv;\n",
  },
  'shared/ importing the Worker': {
    path: 'shared/format/probe.ts',
    source: "import { cacheKey } from '../../src/http/cache-keys';\nexport const probe = cacheKey;\n",
  },
  'shared/ importing a widget': {
    path: 'shared/embed/probe.ts',
    source: "import { defineOnce } from '../../widgets/src/shared/define';\nexport const probe = defineOnce;\n",
  },
  'a widget importing a contract schema (zod)': {
    path: 'widgets/src/casualty-claims/probe.ts',
    source: "import { Incident } from '../../../shared/contract/incident';\nexport const probe = Incident;\n",
  },
  'a shared module importing a contract schema (zod)': {
    path: 'shared/format/probe-schema.ts',
    source: "import { Claim } from '../contract/incident';\nexport const probe = Claim;\n",
  },
  'a widget importing zod': {
    path: 'widgets/src/shared/probe-zod.ts',
    source: "import { z } from 'zod';\nexport const probe = z;\n",
  },
  'a shared module importing zod': {
    path: 'shared/domain/probe.ts',
    source: "import { z } from '@hono/zod-openapi';\nexport const probe = z;\n",
  },
};

const allowed: Record<string, Probe> = {
  'the Worker importing shared/': {
    path: 'src/embed/allowed.ts',
    source: "import { Incident } from '../../shared/contract/incident';\nexport const probe = Incident;\n",
  },
  'a widget importing a contract type': {
    path: 'widgets/src/casualty-claims/allowed.ts',
    source:
      "import type { IncidentShape } from '../../../shared/contract/incident';\nexport type Probe = IncidentShape;\n",
  },
  'the editors’ page importing an input type': {
    path: 'widgets/src/admin/allowed.ts',
    source:
      "import type { ClaimCreateInput } from '../../../shared/contract/admin';\nexport type Probe = ClaimCreateInput;\n",
  },
  'a widget importing the vocabularies': {
    path: 'widgets/src/shared/allowed.ts',
    source: "import { METRICS } from '../../../shared/contract/enums';\nexport const probe = METRICS;\n",
  },
  'a widget importing the API’s paths': {
    path: 'widgets/src/admin/allowed-paths.ts',
    source: "import { ADMIN_API } from '../../../shared/contract/paths';\nexport const probe = ADMIN_API;\n",
  },
  'a widget importing its own modules': {
    path: 'widgets/src/admin/allowed-own.ts',
    source: "import { defineOnce } from '../shared/define';\nexport const probe = defineOnce;\n",
  },
  'a shared module importing shared/': {
    path: 'shared/format/allowed.ts',
    source: "import { summariseClaims } from '../domain/claims';\nexport const probe = summariseClaims;\n",
  },
  'the contract building on zod': {
    path: 'shared/contract/allowed.ts',
    source:
      "import { z } from '@hono/zod-openapi';\nimport { Slug } from './common';\nexport const probe = [z, Slug];\n",
  },
  'a shared test using a schema': {
    path: 'shared/domain/allowed.test.ts',
    source: "import { AsOfQuery } from '../contract/common';\nexport const probe = AsOfQuery;\n",
  },
};

/** The files Biome reports under noRestrictedImports, relative to the probe tree. */
let reported: Set<string>;

beforeAll(async () => {
  await copyFile(join(root, 'biome.jsonc'), join(dir, 'biome.jsonc'));
  for (const probe of [...Object.values(crossings), ...Object.values(allowed)]) {
    await mkdir(join(dir, dirname(probe.path)), { recursive: true });
    await writeFile(join(dir, probe.path), probe.source);
  }
  let output: string;
  try {
    output = execFileSync(
      join(root, 'node_modules/.bin/biome'),
      ['lint', '--vcs-enabled=false', '--reporter=github', '--only=style/noRestrictedImports', '.'],
      { cwd: dir, encoding: 'utf8', stdio: 'pipe' },
    );
  } catch (error) {
    // Biome exits 1 when it reports an error, which is what the crossings are for.
    output = (error as { stdout: string }).stdout;
  }
  reported = new Set(
    [...output.matchAll(/^::error title=lint\/style\/noRestrictedImports,file=([^,]+),/gm)].map((m) =>
      relative(dir, m[1] as string),
    ),
  );
}, 60_000);

describe('the import boundaries (biome.jsonc)', () => {
  it('Biome ran over the probes', () => {
    // A run that reports nothing at all would pass every "allowed" case for the wrong reason.
    expect(reported.size).toBeGreaterThan(0);
  });

  it.each(Object.entries(crossings))('reports %s', (_, probe) => {
    expect(reported).toContain(probe.path);
  });

  it.each(Object.entries(allowed))('allows %s', (_, probe) => {
    expect(reported).not.toContain(probe.path);
  });
});
